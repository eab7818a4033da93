import type { QueryRunner } from 'typeorm';
import { labelServiceCte } from '../service-labels.repository';

const STAGING_COLUMNS = [
  'source_file_id',
  'source_row',
  'service_label',
  'period_start',
  'period_end',
  'count_visits',
  'note',
];

/** SQL that moves one staged footfall-count file into dw.fact_visit_aggregate. */
export class VisitsAggregateRepository {
  readonly copyIntoStagingSql = `COPY staging.stg_visit_aggregate (${STAGING_COLUMNS.join(', ')}) FROM STDIN`;

  /** A label and period the warehouse already has for the municipality is skipped as a duplicate. */
  async promote(
    tx: QueryRunner,
    sourceFileId: number,
    municipalityCode: string,
    sourceSystem: string,
  ): Promise<number> {
    const result = await tx.query(
      `WITH ${labelServiceCte('staging.stg_visit_aggregate')}
       INSERT INTO dw.fact_visit_aggregate (municipality_code, source_file_id, source_row, service_id, service_label,
                                            period_start, period_end, count_visits, note)
       SELECT $2, s.source_file_id, s.source_row, ls.service_id, s.service_label, s.period_start, s.period_end,
              s.count_visits, s.note
       FROM staging.stg_visit_aggregate s
       JOIN label_service ls USING (service_label)
       WHERE s.source_file_id = $1
       ORDER BY s.source_row
       ON CONFLICT (municipality_code, (lower(btrim(service_label))), period_start, period_end) DO NOTHING`,
      [sourceFileId, municipalityCode, sourceSystem],
      true,
    );
    return result.affected ?? 0;
  }
}
