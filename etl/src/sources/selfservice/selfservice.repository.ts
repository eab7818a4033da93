import type { QueryRunner } from 'typeorm';
import { labelServiceCte } from '../service-labels.repository';

const STAGING_COLUMNS = [
  'source_file_id',
  'source_row',
  'solution_label',
  'service_label',
  'usage_kind',
  'period_start',
  'period_end',
  'count_uses',
];

/** SQL that moves one staged self-service statistics file into dw.fact_self_service_usage. */
export class SelfserviceRepository {
  readonly copyIntoStagingSql = `COPY staging.stg_self_service_usage (${STAGING_COLUMNS.join(', ')}) FROM STDIN`;

  /**
   * A solution, usage kind and period the warehouse already has for the municipality is skipped as
   * a duplicate, so an overlapping re-export keeps the first count.
   */
  async promote(
    tx: QueryRunner,
    sourceFileId: number,
    municipalityCode: string,
    sourceSystem: string,
  ): Promise<number> {
    const result = await tx.query(
      `WITH ${labelServiceCte('staging.stg_self_service_usage')}
       INSERT INTO dw.fact_self_service_usage (municipality_code, source_file_id, source_row, solution_label, service_id,
                                               usage_kind, period_start, period_end, count_uses)
       SELECT $2, s.source_file_id, s.source_row, s.solution_label, ls.service_id, s.usage_kind, s.period_start,
              s.period_end, s.count_uses
       FROM staging.stg_self_service_usage s
       JOIN label_service ls USING (service_label)
       WHERE s.source_file_id = $1
       ORDER BY s.source_row
       ON CONFLICT (municipality_code, (lower(btrim(solution_label))), usage_kind, period_start, period_end) DO NOTHING`,
      [sourceFileId, municipalityCode, sourceSystem],
      true,
    );
    return result.affected ?? 0;
  }
}
