import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

export interface TargetRow {
  target_id: number;
  municipality_code: string;
  kpi_id: string;
  comparator: string;
  value: number;
  unit: string;
  valid_from: string;
  label_da: string;
  label_en: string;
}

export interface TargetValues {
  municipalityCode: string;
  kpiId: string;
  comparator: string;
  value: number;
  unit: string;
  validFrom: string;
  labelDa: string;
  labelEn: string;
}

const COLUMNS = `target_id, municipality_code, kpi_id, comparator, value::float8 AS value, unit,
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

  /** Inserts the version, or replaces the one with the same KPI, comparator and first day. */
  async save(target: TargetValues): Promise<TargetRow> {
    const [row] = await this.warehouse.query<TargetRow>(
      `INSERT INTO dw.target (municipality_code, kpi_id, comparator, value, unit, valid_from, label_da, label_en)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (municipality_code, kpi_id, comparator, valid_from) DO UPDATE SET
         value = excluded.value, unit = excluded.unit,
         label_da = excluded.label_da, label_en = excluded.label_en
       RETURNING ${COLUMNS}`,
      [
        target.municipalityCode,
        target.kpiId,
        target.comparator,
        target.value,
        target.unit,
        target.validFrom,
        target.labelDa,
        target.labelEn,
      ],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row;
  }

  /** True when the municipality had a target with that id. */
  async delete(municipalityCode: string, targetId: number): Promise<boolean> {
    const rows = await this.warehouse.query(
      `WITH deleted AS (
         DELETE FROM dw.target WHERE municipality_code = $1 AND target_id = $2 RETURNING 1
       )
       SELECT 1 FROM deleted`,
      [municipalityCode, targetId],
    );
    return rows.length > 0;
  }
}
