import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

export interface AnnotationRow {
  annotation_code: string;
  municipality_code: string | null;
  date_from: string;
  date_to: string | null;
  kind: string;
  label_da: string;
  label_en: string;
}

export interface AnnotationValues {
  municipalityCode: string;
  code: string;
  dateFrom: string;
  dateTo: string | null;
  kind: string;
  labelDa: string;
  labelEn: string;
}

const COLUMNS = `annotation_code, municipality_code, to_char(date_from, 'YYYY-MM-DD') AS date_from,
                 to_char(date_to, 'YYYY-MM-DD') AS date_to, kind, label_da, label_en`;

@Injectable()
export class AnnotationsRepository {
  constructor(private readonly warehouse: Warehouse) {}

  /** Events of the municipalities and of all municipalities that overlap the period. */
  overlapping(
    municipalityCodes: readonly string[],
    from: string,
    to: string,
  ): Promise<AnnotationRow[]> {
    return this.warehouse.query(
      `SELECT ${COLUMNS}
       FROM dw.annotation
       WHERE (municipality_code = ANY($1::bpchar[]) OR municipality_code IS NULL)
         AND date_from <= $3::date AND coalesce(date_to, date_from) >= $2::date
       ORDER BY date_from, annotation_code`,
      [municipalityCodes, from, to],
    );
  }

  /** Inserts the municipality's event, or replaces the one with the same code. */
  async save(annotation: AnnotationValues): Promise<AnnotationRow> {
    const [row] = await this.warehouse.query<AnnotationRow>(
      `INSERT INTO dw.annotation (municipality_code, annotation_code, date_from, date_to, kind, label_da, label_en)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (coalesce(municipality_code, '*'), annotation_code) DO UPDATE SET
         date_from = excluded.date_from, date_to = excluded.date_to, kind = excluded.kind,
         label_da = excluded.label_da, label_en = excluded.label_en
       RETURNING ${COLUMNS}`,
      [
        annotation.municipalityCode,
        annotation.code,
        annotation.dateFrom,
        annotation.dateTo,
        annotation.kind,
        annotation.labelDa,
        annotation.labelEn,
      ],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row;
  }

  /** True when the municipality had an event with that code; events of every municipality are not its to delete. */
  async delete(municipalityCode: string, code: string): Promise<boolean> {
    const rows = await this.warehouse.query(
      `WITH deleted AS (
         DELETE FROM dw.annotation
         WHERE municipality_code = $1 AND annotation_code = $2
         RETURNING 1
       )
       SELECT 1 FROM deleted`,
      [municipalityCode, code],
    );
    return rows.length > 0;
  }
}
