import type { QueryRunner } from 'typeorm';
import { UNMAPPED_SERVICE_CODE } from '@kanalindsigt/warehouse/reference/service-catalogue';

/**
 * SQL shared by every kind whose staging table has a `service_label`: the label → service lookup
 * (a municipality's own mapping wins over the general one; an unmapped label gets "Ikke kortlagt")
 * and the record of unmapped labels. Parameters: $1 file, $2 municipality, $3 source system.
 */
export function labelServiceCte(stagingTable: string): string {
  return `labels AS (
      SELECT DISTINCT service_label FROM ${stagingTable} WHERE source_file_id = $1
    ), label_service AS (
      SELECT l.service_label,
             coalesce((SELECT m.service_id FROM dw.service_label_map m
                       WHERE m.source_system = $3 AND lower(btrim(m.source_label)) = lower(btrim(l.service_label))
                         AND (m.municipality_code = $2 OR m.municipality_code IS NULL)
                       ORDER BY m.municipality_code NULLS LAST LIMIT 1),
                      (SELECT service_id FROM dw.dim_service WHERE service_code = '${UNMAPPED_SERVICE_CODE}')) AS service_id,
             EXISTS (SELECT 1 FROM dw.service_label_map m
                     WHERE m.source_system = $3 AND lower(btrim(m.source_label)) = lower(btrim(l.service_label))
                       AND (m.municipality_code = $2 OR m.municipality_code IS NULL)) AS is_mapped
      FROM labels l
    )`;
}

/** Records the file's unmapped service labels in etl.unmapped_label and returns them with row counts. */
export async function recordUnmappedServiceLabels(
  tx: QueryRunner,
  stagingTable: string,
  sourceKind: string,
  sourceFileId: number,
  municipalityCode: string,
  sourceSystem: string,
): Promise<{ label: string; rows: number }[]> {
  const rows: { label: string; rows: string }[] = await tx.query(
    `WITH ${labelServiceCte(stagingTable)}, unmapped AS (
       SELECT s.service_label AS label, count(*) AS rows
       FROM ${stagingTable} s JOIN label_service ls USING (service_label)
       WHERE s.source_file_id = $1 AND NOT ls.is_mapped
       GROUP BY s.service_label
     ), recorded AS (
       INSERT INTO etl.unmapped_label AS u (source_kind, municipality_code, label_kind, label, count_rows)
       SELECT $4, $2, 'service', label, rows FROM unmapped
       ON CONFLICT (source_kind, municipality_code, label_kind, label)
       DO UPDATE SET count_rows = u.count_rows + excluded.count_rows, last_seen_at = now()
     )
     SELECT label, rows FROM unmapped ORDER BY rows DESC, label`,
    [sourceFileId, municipalityCode, sourceSystem, sourceKind],
  );
  return rows.map((r) => ({ label: r.label, rows: Number(r.rows) }));
}
