import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which process runs an ETL command, so a later command can tell a run that is still going from
 * one whose process was killed (and mark it interrupted; its file transactions rolled back).
 */
export class RecordRunProcess1795392000006 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE etl.run ADD COLUMN host text, ADD COLUMN pid integer;
      CREATE INDEX run_running ON etl.run (host) WHERE status = 'running';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX etl.run_running;
      ALTER TABLE etl.run DROP COLUMN host, DROP COLUMN pid;
    `);
  }
}
