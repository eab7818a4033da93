import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

export interface MunicipalityRow {
  municipality_code: string;
  name_da: string;
  region: string;
  visits_from: string;
  visits_to: string;
}

export interface SiteRow {
  municipality_code: string;
  site_code: string;
  name_da: string;
}

@Injectable()
export class MunicipalitiesRepository {
  constructor(private readonly warehouse: Warehouse) {}

  /**
   * Each municipality's first and last day of visits: two probes of the rollup's (municipality,
   * day) index per municipality, instead of grouping every row of mart.visit_daily.
   */
  withVisitData(): Promise<MunicipalityRow[]> {
    return this.warehouse.query(
      `SELECT m.municipality_code, m.name_da, m.region,
              to_char(to_date(v.first_key::text, 'YYYYMMDD'), 'YYYY-MM-DD') AS visits_from,
              to_char(to_date(v.last_key::text, 'YYYYMMDD'), 'YYYY-MM-DD') AS visits_to
       FROM dw.dim_municipality m
       CROSS JOIN LATERAL (
         SELECT (SELECT min(date_key) FROM mart.visit_daily WHERE municipality_code = m.municipality_code) AS first_key,
                (SELECT max(date_key) FROM mart.visit_daily WHERE municipality_code = m.municipality_code) AS last_key
       ) v
       WHERE v.first_key IS NOT NULL
       ORDER BY m.name_da`,
    );
  }

  /**
   * Every site with visits, by municipality and name. The monthly rollup (not the daily one) is
   * probed per site: a site without visits would otherwise cost a scan of all its municipality's
   * days.
   */
  sitesWithVisitData(): Promise<SiteRow[]> {
    return this.warehouse.query(
      `SELECT s.municipality_code, s.site_code, s.name_da
       FROM dw.dim_site s
       WHERE EXISTS (
         SELECT FROM mart.visit_monthly v
         WHERE v.municipality_code = s.municipality_code AND v.site_id = s.site_id
       )
       ORDER BY s.municipality_code, s.name_da`,
    );
  }
}
