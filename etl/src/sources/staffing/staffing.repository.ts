import type { QueryRunner } from 'typeorm';

const STAGING_COLUMNS = [
  'source_file_id',
  'source_row',
  'date_key',
  'unit',
  'activity',
  'staff_hours',
];

/** SQL that moves one staged rota file into dw.fact_staffing. */
export class StaffingRepository {
  readonly copyIntoStagingSql = `COPY staging.stg_staffing (${STAGING_COLUMNS.join(', ')}) FROM STDIN`;

  /**
   * A day, unit and activity the warehouse already has for the municipality — from an earlier
   * file or an earlier row of this one — is skipped as a duplicate and keeps the first hours.
   */
  async promote(tx: QueryRunner, sourceFileId: number, municipalityCode: string): Promise<number> {
    const result = await tx.query(
      `INSERT INTO dw.fact_staffing (municipality_code, source_file_id, source_row, date_key, unit, activity, staff_hours)
       SELECT $2, s.source_file_id, s.source_row, s.date_key, s.unit, s.activity, s.staff_hours
       FROM staging.stg_staffing s
       WHERE s.source_file_id = $1
       ORDER BY s.source_row
       ON CONFLICT (municipality_code, date_key, unit, activity) DO NOTHING`,
      [sourceFileId, municipalityCode],
      true,
    );
    return result.affected ?? 0;
  }
}
