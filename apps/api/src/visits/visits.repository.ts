import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

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
}
