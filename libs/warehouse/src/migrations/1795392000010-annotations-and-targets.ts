import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events that explain a series (a closure, a new channel) and the targets a KPI is held to, so
 * charts can mark them. Both are editable business data: the sample rows come from
 * `syncReferenceData` (once), and later admins; each row has a code so the seed can upsert it.
 */
export class AnnotationsAndTargets1795392000010 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Grain: one row per event; municipality_code null = an event for every municipality,
      -- date_to null = a single day (an event with an end, such as a closure, has both days).
      CREATE TABLE dw.annotation (
        annotation_id     integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        annotation_code   text    NOT NULL,
        municipality_code char(4) REFERENCES dw.dim_municipality (municipality_code),
        date_from         date    NOT NULL,
        date_to           date,
        kind              text    NOT NULL CHECK (kind IN ('intervention', 'closure', 'other')),
        label_da          text    NOT NULL,
        label_en          text    NOT NULL,
        CHECK (date_to IS NULL OR date_to >= date_from)
      );
      CREATE UNIQUE INDEX annotation_unique ON dw.annotation (coalesce(municipality_code, '*'), annotation_code);

      -- Grain: one row per municipality, KPI, comparator and first day of validity; a target holds
      -- until the next row of the same municipality, KPI and comparator. value is in the KPI's
      -- unit (unit repeats it, e.g. SECONDS or PERCENT, so a reader need not know the catalogue).
      CREATE TABLE dw.target (
        target_id         integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_code char(4) NOT NULL REFERENCES dw.dim_municipality (municipality_code),
        kpi_id            text    NOT NULL,
        comparator        text    NOT NULL CHECK (comparator IN ('max', 'min')),
        value             numeric NOT NULL,
        unit              text    NOT NULL,
        valid_from        date    NOT NULL,
        label_da          text    NOT NULL,
        label_en          text    NOT NULL,
        UNIQUE (municipality_code, kpi_id, comparator, valid_from)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE dw.target, dw.annotation`);
  }
}
