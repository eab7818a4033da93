import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A file refused whole has no etl.source_file row, so its quarantine entry named no municipality
 * and a municipality's data-quality view could not tell its own refused files from others'. The
 * load always knows the municipality, so the entry now carries it.
 */
export class QuarantineMunicipality1795392000011 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE etl.quarantine ADD COLUMN municipality_code char(4);
      UPDATE etl.quarantine q SET municipality_code = f.municipality_code
      FROM etl.source_file f WHERE f.source_file_id = q.source_file_id;
      CREATE INDEX quarantine_by_municipality ON etl.quarantine (municipality_code, source_kind);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX etl.quarantine_by_municipality;
      ALTER TABLE etl.quarantine DROP COLUMN municipality_code;
    `);
  }
}
