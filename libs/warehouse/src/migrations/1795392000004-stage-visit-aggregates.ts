import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staging for footfall counts per service and period, and the key that makes a count load once. */
export class StageVisitAggregates1795392000004 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Grain: one row per service and period row of the file being loaded.
      CREATE UNLOGGED TABLE staging.stg_visit_aggregate (
        source_file_id bigint  NOT NULL,
        source_row     integer NOT NULL,
        service_label  text    NOT NULL,
        period_start   date    NOT NULL,
        period_end     date    NOT NULL,
        count_visits   integer NOT NULL,
        note           text
      );
      CREATE INDEX stg_visit_aggregate_by_file ON staging.stg_visit_aggregate (source_file_id);

      -- The same label and period from another file is a duplicate, not a second count.
      CREATE UNIQUE INDEX fact_visit_aggregate_once
        ON dw.fact_visit_aggregate (municipality_code, (lower(btrim(service_label))), period_start, period_end);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX dw.fact_visit_aggregate_once;
      DROP TABLE staging.stg_visit_aggregate;
    `);
  }
}
