import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

export interface ServiceMonthRow {
  month: string;
  service_code: string;
  name_da: string;
  name_en: string;
  visits: number;
}

export interface HeatmapRow {
  weekday: number;
  hour: number;
  mean_arrivals: number;
  opening_days: number;
}

/** Visit queries, answered from the mart rollups. */
@Injectable()
export class VisitsRepository {
  constructor(private readonly warehouse: Warehouse) {}

  serviceMonths(
    municipalityCode: string,
    fromKey: number,
    toKey: number,
  ): Promise<ServiceMonthRow[]> {
    return this.warehouse.query(
      `SELECT to_char(d.date, 'YYYY-MM') AS month, s.service_code, s.name_da, s.name_en,
              sum(v.count_served)::int AS visits
       FROM mart.visit_daily v
       JOIN dw.dim_date d USING (date_key)
       JOIN dw.dim_service s USING (service_id)
       WHERE v.municipality_code = $1 AND v.date_key BETWEEN $2 AND $3
       GROUP BY 1, 2, 3, 4
       HAVING sum(v.count_served) > 0
       ORDER BY 1, 2`,
      [municipalityCode, fromKey, toKey],
    );
  }

  /**
   * Opening days are the calendar's opening days on which the site drew at least one ticket, so
   * closures that are not in the calendar (the spring 2020 lockdown) do not dilute the means.
   */
  arrivalsHeatmap(municipalityCode: string, fromKey: number, toKey: number): Promise<HeatmapRow[]> {
    return this.warehouse.query(
      `WITH open_days AS (
         SELECT DISTINCT a.date_key, d.weekday
         FROM mart.visit_arrivals a JOIN dw.dim_date d USING (date_key)
         WHERE a.municipality_code = $1 AND a.date_key BETWEEN $2 AND $3 AND d.is_opening_day
       ), days_per_weekday AS (
         SELECT weekday, count(*)::int AS opening_days FROM open_days GROUP BY weekday
       ), arrivals AS (
         SELECT d.weekday, t.hour, sum(a.count_arrivals) AS arrivals
         FROM mart.visit_arrivals a
         JOIN dw.dim_date d USING (date_key)
         JOIN dw.dim_time_of_day t USING (time_key)
         WHERE a.municipality_code = $1 AND a.date_key BETWEEN $2 AND $3 AND d.is_opening_day
         GROUP BY d.weekday, t.hour
       )
       SELECT a.weekday::int, a.hour::int, (a.arrivals::float8 / w.opening_days) AS mean_arrivals, w.opening_days
       FROM arrivals a JOIN days_per_weekday w USING (weekday)
       ORDER BY 1, 2`,
      [municipalityCode, fromKey, toKey],
    );
  }

  async countOpeningDays(
    municipalityCode: string,
    fromKey: number,
    toKey: number,
  ): Promise<number> {
    const [row] = await this.warehouse.query<{ days: number }>(
      `SELECT count(DISTINCT a.date_key)::int AS days
       FROM mart.visit_arrivals a JOIN dw.dim_date d USING (date_key)
       WHERE a.municipality_code = $1 AND a.date_key BETWEEN $2 AND $3 AND d.is_opening_day`,
      [municipalityCode, fromKey, toKey],
    );
    return row?.days ?? 0;
  }
}
