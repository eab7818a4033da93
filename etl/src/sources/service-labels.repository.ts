import type { QueryRunner } from 'typeorm';
import { UNMAPPED_SERVICE_CODE } from '@kanalindsigt/warehouse/reference/service-catalogue';

export interface UnmappedLabel {
  label: string;
  rows: number;
}

/**
 * The one rule for a source label's service: labels compare trimmed and case-insensitively, and a
 * municipality's own mapping wins over the general one. `municipality` and `sourceSystem` are the
 * SQL parameters that hold them.
 */
function labelMapSql(municipality: string, sourceSystem: string): string {
  return `SELECT DISTINCT ON (lower(btrim(m.source_label))) lower(btrim(m.source_label)) AS label_key, m.service_id
          FROM dw.service_label_map m
          WHERE m.source_system = ${sourceSystem} AND (m.municipality_code = ${municipality} OR m.municipality_code IS NULL)
          ORDER BY lower(btrim(m.source_label)), m.municipality_code NULLS LAST`;
}

const UNMAPPED_SERVICE_SQL = `SELECT service_id FROM dw.dim_service WHERE service_code = '${UNMAPPED_SERVICE_CODE}'`;

/**
 * SQL for the kinds whose staging table has a `service_label`: the label → service lookup, an
 * unmapped label getting "Ikke kortlagt". Parameters: $1 file, $2 municipality, $3 source system.
 */
export function labelServiceCte(stagingTable: string): string {
  return `label_map AS (${labelMapSql('$2', '$3')}),
    label_service AS (
      SELECT l.service_label, coalesce(lm.service_id, (${UNMAPPED_SERVICE_SQL})) AS service_id,
             lm.service_id IS NOT NULL AS is_mapped
      FROM (SELECT DISTINCT service_label FROM ${stagingTable} WHERE source_file_id = $1) l
      LEFT JOIN label_map lm ON lm.label_key = lower(btrim(l.service_label))
    )`;
}

/** The staged file's labels that no mapping knows, with their row counts. */
export async function unmappedStagedLabels(
  tx: QueryRunner,
  stagingTable: string,
  sourceFileId: number,
  municipalityCode: string,
  sourceSystem: string,
): Promise<UnmappedLabel[]> {
  const rows: { label: string; rows: string }[] = await tx.query(
    `WITH ${labelServiceCte(stagingTable)}
     SELECT s.service_label AS label, count(*) AS rows
     FROM ${stagingTable} s JOIN label_service ls USING (service_label)
     WHERE s.source_file_id = $1 AND NOT ls.is_mapped
     GROUP BY s.service_label`,
    [sourceFileId, municipalityCode, sourceSystem],
  );
  return rows.map((r) => ({ label: r.label, rows: Number(r.rows) }));
}

/**
 * Resolves labels to services in memory for the kinds loaded straight into their facts, with the
 * same rule as the SQL above, and counts the labels it could not map.
 */
export class ServiceLabelResolver {
  /** By the label exactly as the export spells it: an export repeats a few labels millions of times. */
  private readonly resolved = new Map<string, number>();
  private readonly unmapped = new Map<string, number>();

  constructor(
    /** Service by label trimmed and lower-cased. */
    private readonly byKey: ReadonlyMap<string, number>,
    private readonly unmappedServiceId: number,
  ) {}

  static async load(
    tx: QueryRunner,
    municipalityCode: string,
    sourceSystem: string,
  ): Promise<ServiceLabelResolver> {
    const rows: { label_key: string; service_id: number }[] = await tx.query(
      labelMapSql('$1', '$2'),
      [municipalityCode, sourceSystem],
    );
    const [unmapped]: { service_id: number }[] = await tx.query(UNMAPPED_SERVICE_SQL);
    return new ServiceLabelResolver(
      new Map(rows.map((r) => [r.label_key, r.service_id])),
      unmapped!.service_id,
    );
  }

  serviceId(label: string): number {
    const known = this.resolved.get(label);
    if (known !== undefined) {
      if (known === this.unmappedServiceId) this.unmapped.set(label, this.unmapped.get(label)! + 1);
      return known;
    }
    // lower(btrim()) in SQL: btrim removes spaces only.
    const id = this.byKey.get(label.replace(/^ +| +$/g, '').toLowerCase());
    this.resolved.set(label, id ?? this.unmappedServiceId);
    if (id !== undefined) return id;
    this.unmapped.set(label, 1);
    return this.unmappedServiceId;
  }

  /** The unmapped labels of the rows resolved, counting every row staged. */
  unmappedLabels(): UnmappedLabel[] {
    return [...this.unmapped].map(([label, rows]) => ({ label, rows }));
  }

  /**
   * The unmapped labels of a file's rows that stayed in the fact table (duplicates removed), so
   * the counts are of loaded rows; `labelSql` is the fact's expression for the label.
   */
  async unmappedFactLabels(
    tx: QueryRunner,
    fact: { table: string; labelSql: string },
    sourceFileId: number,
  ): Promise<UnmappedLabel[]> {
    const rows: { label: string; rows: number }[] = await tx.query(
      `SELECT ${fact.labelSql} AS label, count(*)::int AS rows FROM ${fact.table}
       WHERE source_file_id = $1 AND service_id = $2 GROUP BY 1`,
      [sourceFileId, this.unmappedServiceId],
    );
    return rows;
  }
}

/** Adds a file's unmapped labels to etl.unmapped_label; returns them most frequent first. */
export async function recordUnmappedLabels(
  tx: QueryRunner,
  sourceKind: string,
  municipalityCode: string,
  labels: readonly UnmappedLabel[],
): Promise<UnmappedLabel[]> {
  if (labels.length > 0) {
    await tx.query(
      `INSERT INTO etl.unmapped_label AS u (source_kind, municipality_code, label_kind, label, count_rows)
       SELECT $1, $2, 'service', l.label, l.rows
       FROM unnest($3::text[], $4::int[]) AS l (label, rows)
       ON CONFLICT (source_kind, municipality_code, label_kind, label)
       DO UPDATE SET count_rows = u.count_rows + excluded.count_rows, last_seen_at = now()`,
      [sourceKind, municipalityCode, labels.map((l) => l.label), labels.map((l) => l.rows)],
    );
  }
  return [...labels].sort((a, b) => b.rows - a.rows || a.label.localeCompare(b.label));
}
