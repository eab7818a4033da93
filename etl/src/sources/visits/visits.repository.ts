import type { QueryRunner } from 'typeorm';
import { UNMAPPED_SERVICE_CODE } from '@kanalindsigt/warehouse/reference/service-catalogue';

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

  async siteExists(tx: QueryRunner, municipalityCode: string, siteCode: string): Promise<boolean> {
    const rows = await tx.query(
      `SELECT 1 FROM dw.dim_site WHERE municipality_code = $1 AND site_code = $2`,
      [municipalityCode, siteCode],
    );
    return rows.length > 0;
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
      `WITH labels AS (
         SELECT DISTINCT service_label FROM staging.stg_visit WHERE source_file_id = $1
       ), label_service AS (
         -- Each distinct label is resolved once; a municipality's own mapping wins over the general one.
         SELECT l.service_label,
                coalesce((SELECT m.service_id FROM dw.service_label_map m
                          WHERE m.source_system = $3 AND lower(btrim(m.source_label)) = lower(btrim(l.service_label))
                            AND (m.municipality_code = $2 OR m.municipality_code IS NULL)
                          ORDER BY m.municipality_code NULLS LAST LIMIT 1),
                         (SELECT service_id FROM dw.dim_service WHERE service_code = $4)) AS service_id
         FROM labels l
       )
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
      [sourceFileId, municipalityCode, sourceSystem, UNMAPPED_SERVICE_CODE],
      true,
    );
    return result.affected ?? 0;
  }

  /** Records service labels without a mapping (their rows are loaded as "Ikke kortlagt"). */
  async recordUnmappedLabels(
    tx: QueryRunner,
    sourceFileId: number,
    municipalityCode: string,
    sourceSystem: string,
  ): Promise<{ label: string; rows: number }[]> {
    const rows: { label: string; rows: string }[] = await tx.query(
      `WITH unmapped AS (
         SELECT s.service_label AS label, count(*) AS rows
         FROM staging.stg_visit s
         WHERE s.source_file_id = $1
           AND NOT EXISTS (
             SELECT 1 FROM dw.service_label_map m
             WHERE m.source_system = $3 AND lower(btrim(m.source_label)) = lower(btrim(s.service_label))
               AND (m.municipality_code = $2 OR m.municipality_code IS NULL))
         GROUP BY s.service_label
       ), recorded AS (
         INSERT INTO etl.unmapped_label AS u (source_kind, municipality_code, label_kind, label, count_rows)
         SELECT 'visits', $2, 'service', label, rows FROM unmapped
         ON CONFLICT (source_kind, municipality_code, label_kind, label)
         DO UPDATE SET count_rows = u.count_rows + excluded.count_rows, last_seen_at = now()
       )
       SELECT label, rows FROM unmapped ORDER BY rows DESC, label`,
      [sourceFileId, municipalityCode, sourceSystem],
    );
    return rows.map((r) => ({ label: r.label, rows: Number(r.rows) }));
  }

  async clearStaging(tx: QueryRunner, sourceFileId: number): Promise<void> {
    await tx.query(`DELETE FROM staging.stg_visit WHERE source_file_id = $1`, [sourceFileId]);
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
