import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mappings saved in the dashboard's mapping assistant (issue 13): one per municipality, source
 * kind and source system, the JSON file the CLI takes (`--mapping`), kept so the next export of
 * the same system loads without the assistant and can be downloaded.
 */
export class SavedMappings1795392000022 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Grain: one row per municipality, source kind and source system, the latest save.
      CREATE TABLE etl.mapping (
        mapping_id        integer     GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_code char(4)     NOT NULL REFERENCES dw.dim_municipality (municipality_code),
        source_kind       text        NOT NULL,
        source_system     text        NOT NULL CHECK (source_system ~ '^[a-z0-9][a-z0-9-]*$'),
        name              text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        -- A mapping file as etl/mappings/mapping.schema.json describes it.
        mapping           jsonb       NOT NULL CHECK (jsonb_typeof(mapping) = 'object'
                                                      AND mapping->>'kind' = source_kind
                                                      AND mapping->>'sourceSystem' = source_system),
        saved_by          text        NOT NULL,
        saved_at          timestamptz NOT NULL DEFAULT now(),
        UNIQUE (municipality_code, source_kind, source_system)
      );

      SELECT auth.enable_municipality_rls('etl.mapping'),
             auth.enable_municipality_writes('etl.mapping');
      GRANT USAGE ON SEQUENCE etl.mapping_mapping_id_seq TO kanalindsigt_reader;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      REVOKE USAGE ON SEQUENCE etl.mapping_mapping_id_seq FROM kanalindsigt_reader;
      DROP TABLE etl.mapping;
    `);
  }
}
