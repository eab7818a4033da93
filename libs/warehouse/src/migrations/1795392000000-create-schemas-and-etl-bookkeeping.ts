import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Schemas for each layer, and the ETL's own bookkeeping: run log, loaded files, quarantine. */
export class CreateSchemasAndEtlBookkeeping1795392000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE SCHEMA staging;
      COMMENT ON SCHEMA staging IS 'Typed rows of one source file at a time (rename and cast only), with file id and row number';
      CREATE SCHEMA dw;
      COMMENT ON SCHEMA dw IS 'The star schema: conformed dimensions and facts';
      CREATE SCHEMA mart;
      COMMENT ON SCHEMA mart IS 'Rollups derived from the facts, refreshed after each load';
      CREATE SCHEMA etl;
      COMMENT ON SCHEMA etl IS 'ETL bookkeeping: runs, loaded files, quarantined rows, unmapped labels';

      -- Grain: one row per ETL command invocation.
      CREATE TABLE etl.run (
        run_id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        command                text        NOT NULL,
        source_kind            text,
        actor                  text        NOT NULL,
        started_at             timestamptz NOT NULL DEFAULT now(),
        finished_at            timestamptz,
        status                 text        NOT NULL DEFAULT 'running'
                                 CHECK (status IN ('running', 'succeeded', 'failed')),
        count_files            integer     NOT NULL DEFAULT 0,
        count_rows_in          bigint      NOT NULL DEFAULT 0,
        count_rows_loaded      bigint      NOT NULL DEFAULT 0,
        count_rows_quarantined bigint      NOT NULL DEFAULT 0,
        count_rows_duplicate   bigint      NOT NULL DEFAULT 0,
        error_message          text,
        CONSTRAINT run_reconciles CHECK (
          status <> 'succeeded'
          OR count_rows_in = count_rows_loaded + count_rows_quarantined + count_rows_duplicate)
      );

      -- Grain: one row per source file loaded (a file's content loads once per kind and municipality).
      CREATE TABLE etl.source_file (
        source_file_id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        run_id                 bigint      NOT NULL REFERENCES etl.run,
        source_kind            text        NOT NULL,
        municipality_code      char(4)     NOT NULL,
        file_name              text        NOT NULL,
        content_sha256         char(64)    NOT NULL,
        count_bytes            bigint      NOT NULL,
        period_start           date,
        period_end             date,
        count_rows_in          bigint      NOT NULL,
        count_rows_loaded      bigint      NOT NULL,
        count_rows_quarantined bigint      NOT NULL,
        count_rows_duplicate   bigint      NOT NULL,
        loaded_at              timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT source_file_once UNIQUE (source_kind, municipality_code, content_sha256),
        CONSTRAINT source_file_reconciles CHECK (
          count_rows_in = count_rows_loaded + count_rows_quarantined + count_rows_duplicate)
      );

      -- Grain: one row per rejected row and column, or per rejected file (source_row IS NULL).
      CREATE TABLE etl.quarantine (
        quarantine_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        run_id          bigint      NOT NULL REFERENCES etl.run ON DELETE CASCADE,
        source_file_id  bigint      REFERENCES etl.source_file ON DELETE CASCADE,
        source_kind     text        NOT NULL,
        file_name       text        NOT NULL,
        source_row      integer,
        column_name     text,
        reason          text        NOT NULL,
        raw_value       text,
        created_at      timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX quarantine_by_file ON etl.quarantine (source_file_id);

      -- Grain: one row per source label without a mapping, per kind and municipality.
      CREATE TABLE etl.unmapped_label (
        source_kind        text        NOT NULL,
        municipality_code  char(4)     NOT NULL,
        label_kind         text        NOT NULL,
        label              text        NOT NULL,
        count_rows         bigint      NOT NULL,
        first_seen_at      timestamptz NOT NULL DEFAULT now(),
        last_seen_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (source_kind, municipality_code, label_kind, label)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP SCHEMA etl CASCADE;
      DROP SCHEMA mart CASCADE;
      DROP SCHEMA dw CASCADE;
      DROP SCHEMA staging CASCADE;
    `);
  }
}
