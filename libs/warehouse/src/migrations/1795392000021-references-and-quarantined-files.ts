import type { MigrationInterface, QueryRunner } from 'typeorm';

const EVENT_FACTS = [
  { table: 'dw.fact_visit', index: 'fact_visit_by_ref', ref: 'ticket_ref' },
  { table: 'dw.fact_call', index: 'fact_call_by_ref', ref: 'call_ref' },
  { table: 'dw.fact_booking', index: 'fact_booking_by_ref', ref: 'booking_ref' },
] as const;

/**
 * Two rules of the load made checkable by the warehouse:
 *
 * - A reference (ticket, call, booking id) is unique per municipality whatever the period, so a
 *   load looks every new reference up among all the municipality's facts. A plain (not unique)
 *   index by municipality and reference keeps that one index probe per row: the duplicate check
 *   costs in proportion to the file, not to the warehouse or the overlap. It is not unique on
 *   purpose: the rows are COPYed first and a file's duplicates removed after, in its transaction.
 * - A file whose every row is quarantined is not "loaded": `status` says `quarantined`. Its rows
 *   in quarantine stay for the analyst; the same content may be loaded again (after the mapping is
 *   fixed), so only loaded files hold their content hash once.
 */
export class ReferencesAndQuarantinedFiles1795392000021 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    for (const fact of EVENT_FACTS)
      await queryRunner.query(
        `CREATE INDEX ${fact.index} ON ${fact.table} (municipality_code, ${fact.ref})`,
      );
    await queryRunner.query(`
      ALTER TABLE etl.source_file
        ADD COLUMN status text NOT NULL DEFAULT 'loaded' CHECK (status IN ('loaded', 'quarantined')),
        DROP CONSTRAINT source_file_once;
      CREATE UNIQUE INDEX source_file_once ON etl.source_file (source_kind, municipality_code, content_sha256)
        WHERE status = 'loaded';
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Quarantined files may repeat a loaded file's content; the old constraint cannot hold them.
    await queryRunner.query(`
      DELETE FROM etl.source_file WHERE status = 'quarantined';
      DROP INDEX etl.source_file_once;
      ALTER TABLE etl.source_file
        DROP COLUMN status,
        ADD CONSTRAINT source_file_once UNIQUE (source_kind, municipality_code, content_sha256);
    `);
    for (const fact of EVENT_FACTS) await queryRunner.query(`DROP INDEX dw.${fact.index}`);
  }
}
