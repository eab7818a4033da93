import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rollup the advisory councils' digital-exclusion view reads: visits by the citizen's age
 * band, booked or not, how a walk-in was helped and whether staff helped through a self-service
 * solution. Site and service are left out of the grain because that view never splits by them,
 * which keeps a municipality's year to a few thousand rows however many tickets it had.
 * Filled from the facts already loaded; from now on rebuilt with the other visit rollups.
 */
export class VisitAgeRollup1795392000014 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Grain: one row per municipality, day, age band ('' when unknown), booked or walk-in, how a
      -- walk-in was helped ('' when not recorded) and assisted self-service: tickets drawn.
      CREATE TABLE mart.visit_age_daily (
        municipality_code        char(4) NOT NULL,
        date_key                 integer NOT NULL REFERENCES dw.dim_date,
        age_band_code            text    NOT NULL,
        is_booked                boolean NOT NULL,
        walk_in_resolution       text    NOT NULL,
        is_assisted_self_service boolean NOT NULL,
        count_visits             integer NOT NULL,
        PRIMARY KEY (municipality_code, date_key, age_band_code, is_booked, walk_in_resolution,
                     is_assisted_self_service)
      );

      INSERT INTO mart.visit_age_daily (municipality_code, date_key, age_band_code, is_booked,
                                        walk_in_resolution, is_assisted_self_service, count_visits)
      SELECT municipality_code, date_key, coalesce(age_band_code, ''), is_booked,
             coalesce(walk_in_resolution, ''), is_assisted_self_service, count(*)
      FROM dw.fact_visit
      GROUP BY 1, 2, 3, 4, 5, 6;

      -- Each municipality's rows only, for the API's requests (docs/security.md). A warehouse that
      -- ran this migration before 1795392000012 gets the policy from that one instead.
      SELECT auth.enable_municipality_rls('mart.visit_age_daily');
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mart.visit_age_daily`);
  }
}
