import type { QueryRunner } from 'typeorm';
import { labelServiceCte } from '../service-labels.repository';

export const STAGING_VISIT_COLUMNS = [
  'source_file_id',
  'source_row',
  'ticket_ref',
  'site_code',
  'service_label',
  'counter_name',
  'ticket_created_at',
  'called_at',
  'service_ended_at',
  'is_booked',
  'outcome',
  'wait_seconds',
  'handling_seconds',
  'date_key',
  'arrival_time_key',
] as const;

/** SQL that moves one staged ticket file into dw.fact_visit and refreshes the visit rollups. */
export class VisitsRepository {
  copyIntoStagingSql(): string {
    return `COPY staging.stg_visit (${STAGING_VISIT_COLUMNS.join(', ')}) FROM STDIN`;
  }

  /**
   * Promotes the staged rows; a ticket the warehouse already has (same municipality and ticket id,
   * e.g. from an overlapping export) is skipped. Returns the number of rows inserted.
   */
  async promote(
    tx: QueryRunner,
    sourceFileId: number,
    municipalityCode: string,
    sourceSystem: string,
  ): Promise<number> {
    const result = await tx.query(
      `WITH ${labelServiceCte('staging.stg_visit')}
       INSERT INTO dw.fact_visit (municipality_code, source_file_id, source_row, ticket_ref, site_id, service_id,
                                  service_label, date_key, arrival_time_key, ticket_created_at, called_at,
                                  service_ended_at, counter_name, is_booked, outcome, wait_seconds, handling_seconds)
       SELECT $2, s.source_file_id, s.source_row, s.ticket_ref, site.site_id, ls.service_id, s.service_label,
              s.date_key, s.arrival_time_key, s.ticket_created_at, s.called_at, s.service_ended_at, s.counter_name,
              s.is_booked, s.outcome, s.wait_seconds, s.handling_seconds
       FROM staging.stg_visit s
       JOIN label_service ls USING (service_label)
       JOIN dw.dim_site site ON site.municipality_code = $2 AND site.site_code = s.site_code
       WHERE s.source_file_id = $1
       ORDER BY s.source_row
       ON CONFLICT (municipality_code, ticket_ref) DO NOTHING`,
      [sourceFileId, municipalityCode, sourceSystem],
      true,
    );
    return result.affected ?? 0;
  }
  /** Rebuilds the visit rollups of one municipality for a range of days from the facts. */
  async refreshRollups(
    tx: QueryRunner,
    municipalityCode: string,
    fromDateKey: number,
    toDateKey: number,
  ): Promise<void> {
    const range = [municipalityCode, fromDateKey, toDateKey];
    await tx.query(
      `DELETE FROM mart.visit_daily WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3`,
      range,
    );
    await tx.query(
      `INSERT INTO mart.visit_daily (municipality_code, date_key, site_id, service_id, is_booked, count_tickets,
                                     count_served, count_no_show, sum_wait_seconds, count_waits,
                                     sum_handling_seconds, count_handled)
       SELECT municipality_code, date_key, site_id, service_id, is_booked,
              count(*),
              count(*) FILTER (WHERE outcome = 'served'),
              count(*) FILTER (WHERE outcome = 'no_show'),
              coalesce(sum(wait_seconds) FILTER (WHERE outcome = 'served'), 0),
              count(wait_seconds) FILTER (WHERE outcome = 'served'),
              coalesce(sum(handling_seconds), 0),
              count(handling_seconds)
       FROM dw.fact_visit
       WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
       GROUP BY municipality_code, date_key, site_id, service_id, is_booked`,
      range,
    );
    await tx.query(
      `DELETE FROM mart.visit_arrivals WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3`,
      range,
    );
    await tx.query(
      `INSERT INTO mart.visit_arrivals (municipality_code, date_key, time_key, site_id, count_arrivals)
       SELECT municipality_code, date_key, arrival_time_key, site_id, count(*)
       FROM dw.fact_visit
       WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
       GROUP BY municipality_code, date_key, arrival_time_key, site_id`,
      range,
    );
  }
}
