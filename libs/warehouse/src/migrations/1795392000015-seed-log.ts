import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Business data that ships as a seed (the sample's annotations and targets) is inserted once; an
 * admin who later deletes a seeded row must not see it come back at the next start.
 */
export class SeedLog1795392000015 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Grain: one row per seed that has been applied to this warehouse.
      CREATE TABLE dw.seed_log (
        seed_name  text        PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE dw.seed_log`);
  }
}
