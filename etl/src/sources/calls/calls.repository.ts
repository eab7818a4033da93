import type { QueryRunner } from 'typeorm';
import { labelServiceCte } from '../service-labels.repository';

export const STAGING_CALL_COLUMNS = [
  'source_file_id',
  'source_row',
  'call_ref',
  'queue_label',
  'ivr_choice',
  'service_label',
  'arrived_at',
  'answered_at',
  'ended_at',
  'outcome',
  'handled_by',
  'queue_seconds',
  'talk_seconds',
  'hold_seconds',
  'wrap_up_seconds',
  'is_first_contact_resolved',
  'date_key',
  'arrival_time_key',
] as const;

/** SQL that moves one staged call file into dw.fact_call. */
export class CallsRepository {
  readonly copyIntoStagingSql = `COPY staging.stg_call (${STAGING_CALL_COLUMNS.join(', ')}) FROM STDIN`;

  /**
   * Promotes the staged rows; a call the warehouse already has (same municipality and call id,
   * from an overlapping export or twice in the same file) is skipped, so the first row wins.
   */
  async promote(
    tx: QueryRunner,
    sourceFileId: number,
    municipalityCode: string,
    sourceSystem: string,
  ): Promise<number> {
    const result = await tx.query(
      `WITH ${labelServiceCte('staging.stg_call')}
       INSERT INTO dw.fact_call (municipality_code, source_file_id, source_row, call_ref, queue_label, ivr_choice,
                                 service_id, date_key, arrival_time_key, arrived_at, answered_at, ended_at, outcome,
                                 handled_by, queue_seconds, talk_seconds, hold_seconds, wrap_up_seconds,
                                 is_first_contact_resolved)
       SELECT $2, s.source_file_id, s.source_row, s.call_ref, s.queue_label, s.ivr_choice, ls.service_id, s.date_key,
              s.arrival_time_key, s.arrived_at, s.answered_at, s.ended_at, s.outcome, s.handled_by, s.queue_seconds,
              s.talk_seconds, s.hold_seconds, s.wrap_up_seconds, s.is_first_contact_resolved
       FROM staging.stg_call s
       JOIN label_service ls USING (service_label)
       WHERE s.source_file_id = $1
       ORDER BY s.source_row
       ON CONFLICT (municipality_code, call_ref) DO NOTHING`,
      [sourceFileId, municipalityCode, sourceSystem],
      true,
    );
    return result.affected ?? 0;
  }
}
