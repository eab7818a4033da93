import type { QueryRunner } from 'typeorm';

const STAGING_COLUMNS = [
  'source_file_id',
  'source_row',
  'reporting_line',
  'period_start',
  'period_end',
  'count_offered',
  'count_answered',
  'count_first_contact_resolved',
  'mean_wait_seconds',
];

/** SQL that moves one staged call-count file (e.g. the hotline's monthly report) into dw.fact_call_aggregate. */
export class CallsAggregateRepository {
  readonly copyIntoStagingSql = `COPY staging.stg_call_aggregate (${STAGING_COLUMNS.join(', ')}) FROM STDIN`;

  /** A reporting line and period the warehouse already has for the municipality is skipped as a duplicate. */
  async promote(tx: QueryRunner, sourceFileId: number, municipalityCode: string): Promise<number> {
    const result = await tx.query(
      `INSERT INTO dw.fact_call_aggregate (municipality_code, source_file_id, source_row, reporting_line,
                                           period_start, period_end, count_offered, count_answered,
                                           count_first_contact_resolved, mean_wait_seconds)
       SELECT $2, s.source_file_id, s.source_row, s.reporting_line, s.period_start, s.period_end, s.count_offered,
              s.count_answered, s.count_first_contact_resolved, s.mean_wait_seconds
       FROM staging.stg_call_aggregate s
       WHERE s.source_file_id = $1
       ORDER BY s.source_row
       ON CONFLICT (municipality_code, reporting_line, period_start, period_end) DO NOTHING`,
      [sourceFileId, municipalityCode],
      true,
    );
    return result.affected ?? 0;
  }
}
