import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A corrected re-export replaces the file it corrects: the old file's facts are removed and the
 * file is kept, marked superseded, so the history of what was loaded stays traceable.
 */
export class SupersedeCorrectedFiles1795392000007 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE etl.source_file
        ADD COLUMN source_system text,
        ADD COLUMN superseded_by_file_id bigint REFERENCES etl.source_file,
        ADD COLUMN superseded_at timestamptz;
      CREATE INDEX source_file_current_by_period
        ON etl.source_file (source_kind, municipality_code, source_system, period_start, period_end)
        WHERE superseded_by_file_id IS NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX etl.source_file_current_by_period;
      ALTER TABLE etl.source_file DROP COLUMN superseded_at, DROP COLUMN superseded_by_file_id, DROP COLUMN source_system;
    `);
  }
}
