import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

export interface TargetRow {
  municipality_code: string;
  kpi_id: string;
  comparator: string;
  value: number;
  unit: string;
  valid_from: string;
  label_da: string;
  label_en: string;
}

const COLUMNS = `municipality_code, kpi_id, comparator, value::float8 AS value, unit,
              to_char(valid_from, 'YYYY-MM-DD') AS valid_from, label_da, label_en`;

@Injectable()
export class TargetsRepository {
  constructor(private readonly warehouse: Warehouse) {}

  forMunicipality(municipalityCode: string): Promise<TargetRow[]> {
    return this.warehouse.query(
      `SELECT ${COLUMNS}
       FROM dw.target
       WHERE municipality_code = $1
       ORDER BY kpi_id, comparator, valid_from`,
      [municipalityCode],
    );
  }

  /** Every version of the targets of some KPIs in some municipalities. */
  forKpis(municipalityCodes: readonly string[], kpiIds: readonly string[]): Promise<TargetRow[]> {
    return this.warehouse.query(
      `SELECT ${COLUMNS}
       FROM dw.target
       WHERE municipality_code = ANY($1::bpchar[]) AND kpi_id = ANY($2::text[])
       ORDER BY municipality_code, kpi_id, comparator, valid_from`,
      [municipalityCodes, kpiIds],
    );
  }
}
