import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

export interface MunicipalityRow {
  municipality_code: string;
  name_da: string;
  region: string;
  visits_from: string;
  visits_to: string;
}

@Injectable()
export class MunicipalitiesRepository {
  constructor(private readonly warehouse: Warehouse) {}

  withVisitData(): Promise<MunicipalityRow[]> {
    return this.warehouse.query(
      `SELECT m.municipality_code, m.name_da, m.region,
              to_char(min(d.date), 'YYYY-MM-DD') AS visits_from, to_char(max(d.date), 'YYYY-MM-DD') AS visits_to
       FROM mart.visit_daily v
       JOIN dw.dim_municipality m USING (municipality_code)
       JOIN dw.dim_date d USING (date_key)
       GROUP BY m.municipality_code, m.name_da, m.region
       ORDER BY m.name_da`,
    );
  }
}
