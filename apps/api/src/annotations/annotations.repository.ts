import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

export interface AnnotationRow {
  municipality_code: string | null;
  date_from: string;
  date_to: string | null;
  kind: string;
  label_da: string;
  label_en: string;
}

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
      `SELECT municipality_code, to_char(date_from, 'YYYY-MM-DD') AS date_from,
              to_char(date_to, 'YYYY-MM-DD') AS date_to, kind, label_da, label_en
       FROM dw.annotation
       WHERE (municipality_code = ANY($1::bpchar[]) OR municipality_code IS NULL)
         AND date_from <= $3::date AND coalesce(date_to, date_from) >= $2::date
       ORDER BY date_from, annotation_code`,
      [municipalityCodes, from, to],
    );
  }
}
