import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

export interface SavedMappingRow {
  mapping_id: number;
  source_kind: string;
  source_system: string;
  name: string;
  mapping: Record<string, unknown>;
  saved_by: string;
  saved_at: Date;
}

const COLUMNS = 'mapping_id, source_kind, source_system, name, mapping, saved_by, saved_at';

/** etl.mapping, under row-level security like every municipality's data. */
@Injectable()
export class MappingAssistantRepository {
  constructor(private readonly warehouse: Warehouse) {}

  savedMappings(municipalityCode: string): Promise<SavedMappingRow[]> {
    return this.warehouse.query(
      `SELECT ${COLUMNS} FROM etl.mapping WHERE municipality_code = $1
       ORDER BY source_kind, source_system`,
      [municipalityCode],
    );
  }

  /** The catalogue is shared by every municipality. */
  serviceCatalogue(): Promise<{ code: string; nameDa: string; nameEn: string }[]> {
    return this.warehouse.query(
      `SELECT service_code AS "code", name_da AS "nameDa", name_en AS "nameEn"
       FROM dw.dim_service ORDER BY name_da`,
    );
  }

  /** One mapping per municipality, kind and source system: a save replaces the earlier one. */
  async save(
    municipalityCode: string,
    name: string,
    mapping: { kind: string; sourceSystem: string },
    savedBy: string,
  ): Promise<SavedMappingRow> {
    const [row] = await this.warehouse.query<SavedMappingRow>(
      `INSERT INTO etl.mapping (municipality_code, source_kind, source_system, name, mapping, saved_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (municipality_code, source_kind, source_system) DO UPDATE SET
         name = excluded.name, mapping = excluded.mapping, saved_by = excluded.saved_by, saved_at = now()
       RETURNING ${COLUMNS}`,
      [
        municipalityCode,
        mapping.kind,
        mapping.sourceSystem,
        name,
        JSON.stringify(mapping),
        savedBy,
      ],
    );
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row;
  }
}
