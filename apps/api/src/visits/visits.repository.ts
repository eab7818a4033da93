import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';
import { splitByMonths } from '../metrics/query-plan';

export interface ServiceMonthRow {
  month: string;
  service_code: string;
  name_da: string;
  name_en: string;
  visits: number;
}

/** Visit queries, answered from the mart rollups. */
@Injectable()
export class VisitsRepository {
  constructor(private readonly warehouse: Warehouse) {}

  /**
   * Served visits per month and service. The whole months of the range are read from the monthly
   * rollup (about a thirtieth of the daily rows) and only the days around them (a range that
   * starts or ends inside a month) from the daily one; months are summed by an integer key before
   * the services are joined and the months formatted. A site code narrows both to that site of
   * the municipality (none when it has no such site); null reads every site.
   */
  serviceMonths(
    municipalityCode: string,
    range: { fromKey: number; toKey: number },
    siteCode: string | null,
  ): Promise<ServiceMonthRow[]> {
    const { months, days } = splitByMonths({ name: 'period', ...range });
    // An empty range (1 to 0) where there is no whole month or no day around them.
    const [before, after] = [days[0], days[1]];
    return this.warehouse.query(
      `WITH site AS (SELECT site_id FROM dw.dim_site WHERE municipality_code = $1 AND site_code = $8)
       SELECT to_char(to_date(v.month::text, 'YYYYMM'), 'YYYY-MM') AS month, s.service_code, s.name_da,
              s.name_en, v.visits
       FROM (
         SELECT month, service_id, sum(count_served)::int AS visits
         FROM (
           SELECT month_start_key / 100 AS month, service_id, count_served FROM mart.visit_monthly
           WHERE municipality_code = $1 AND month_start_key BETWEEN $2 AND $3
             AND ($8::text IS NULL OR site_id = (SELECT site_id FROM site))
           UNION ALL
           SELECT date_key / 100, service_id, count_served FROM mart.visit_daily
           WHERE municipality_code = $1 AND (date_key BETWEEN $4 AND $5 OR date_key BETWEEN $6 AND $7)
             AND ($8::text IS NULL OR site_id = (SELECT site_id FROM site))
         ) r
         GROUP BY month, service_id
         HAVING sum(count_served) > 0
       ) v
       JOIN dw.dim_service s USING (service_id)
       ORDER BY 1, 2`,
      [
        municipalityCode,
        months?.fromKey ?? 1,
        months?.toKey ?? 0,
        before?.fromKey ?? 1,
        before?.toKey ?? 0,
        after?.fromKey ?? 1,
        after?.toKey ?? 0,
        siteCode,
      ],
    );
  }
}
