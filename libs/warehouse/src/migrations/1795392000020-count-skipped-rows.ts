import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rows a mapping skips on purpose (a code it lists as not to be loaded, such as a phantom call) are
 * counted on their own, so a file still reconciles: rows in = loaded + quarantined + duplicates +
 * skipped, for every file and every succeeded run.
 */
export class CountSkippedRows1795392000020 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE etl.source_file
        ADD COLUMN count_rows_skipped bigint NOT NULL DEFAULT 0,
        DROP CONSTRAINT source_file_reconciles,
        ADD CONSTRAINT source_file_reconciles CHECK (
          count_rows_in = count_rows_loaded + count_rows_quarantined + count_rows_duplicate + count_rows_skipped);
      ALTER TABLE etl.run
        ADD COLUMN count_rows_skipped bigint NOT NULL DEFAULT 0,
        DROP CONSTRAINT run_reconciles,
        ADD CONSTRAINT run_reconciles CHECK (
          status <> 'succeeded'
          OR count_rows_in = count_rows_loaded + count_rows_quarantined + count_rows_duplicate + count_rows_skipped);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Skipped rows count as quarantined afterwards, so the older reconciliation still holds.
    await queryRunner.query(`
      UPDATE etl.source_file SET count_rows_quarantined = count_rows_quarantined + count_rows_skipped
       WHERE count_rows_skipped > 0;
      UPDATE etl.run SET count_rows_quarantined = count_rows_quarantined + count_rows_skipped
       WHERE count_rows_skipped > 0;
      ALTER TABLE etl.source_file
        DROP CONSTRAINT source_file_reconciles,
        DROP COLUMN count_rows_skipped,
        ADD CONSTRAINT source_file_reconciles CHECK (
          count_rows_in = count_rows_loaded + count_rows_quarantined + count_rows_duplicate);
      ALTER TABLE etl.run
        DROP CONSTRAINT run_reconciles,
        DROP COLUMN count_rows_skipped,
        ADD CONSTRAINT run_reconciles CHECK (
          status <> 'succeeded'
          OR count_rows_in = count_rows_loaded + count_rows_quarantined + count_rows_duplicate);
    `);
  }
}
