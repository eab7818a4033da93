import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

export interface TargetRow {
  kpi_id: string;
  comparator: string;
  value: number;
  unit: string;
  valid_from: string;
  label_da: string;
  label_en: string;
}

@Injectable()
export class TargetsRepository {
  constructor(private readonly warehouse: Warehouse) {}

  forMunicipality(municipalityCode: string): Promise<TargetRow[]> {
    return this.warehouse.query(
      `SELECT kpi_id, comparator, value::float8 AS value, unit,
              to_char(valid_from, 'YYYY-MM-DD') AS valid_from, label_da, label_en
       FROM dw.target
       WHERE municipality_code = $1
       ORDER BY kpi_id, comparator, valid_from`,
      [municipalityCode],
    );
  }
}
