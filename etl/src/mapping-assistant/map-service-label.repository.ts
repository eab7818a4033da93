import type { DataSource } from 'typeorm';
import { sourceKind } from '../sources/source-kinds';

/** The column in which each event kind's facts keep the export's own label. */
export interface LabelMapping {
  municipalityCode: string;
  kind: string;
  sourceSystem: string;
  label: string;
  serviceCode: string;
}

/**
 * Maps a source label to a catalogue service for one municipality and source system, and applies
 * it to the facts already loaded: their service is re-keyed and the rollups of the days they fall
 * on are rebuilt by the kind's own rebuild, all in one transaction. The label leaves the list of
 * unmapped labels. Returns how many facts changed service.
 */
export async function mapServiceLabel(
  dataSource: DataSource,
  request: LabelMapping,
): Promise<{ factsRekeyed: number }> {
  const source = sourceKind(request.kind);
  if (source.route !== 'direct')
    throw new Error(`labels of ${request.kind} are mapped at load time only`);
  const tx = dataSource.createQueryRunner();
  await tx.connect();
  try {
    await tx.startTransaction();
    const [service]: { service_id: number }[] = await tx.query(
      `SELECT service_id FROM dw.dim_service WHERE service_code = $1`,
      [request.serviceCode],
    );
    if (!service) throw new Error(`unknown service ${request.serviceCode}`);
    await tx.query(
      `INSERT INTO dw.service_label_map (source_system, municipality_code, source_label, service_id)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (source_system, COALESCE(municipality_code, '*'::bpchar), lower(btrim(source_label)))
       DO UPDATE SET service_id = excluded.service_id`,
      [request.sourceSystem, request.municipalityCode, request.label, service.service_id],
    );
    const [changed]: { facts: string; from_key: number | null; to_key: number | null }[] =
      await tx.query(
        `WITH rekeyed AS (
           UPDATE ${source.factTable} f SET service_id = $4
           FROM etl.source_file sf
           WHERE sf.source_file_id = f.source_file_id AND sf.source_system = $2
             AND sf.source_kind = $5 AND f.municipality_code = $1
             AND lower(btrim(${source.serviceLabelSql})) = lower(btrim($3)) AND f.service_id <> $4
           RETURNING f.${source.dayColumn} AS day_key
         )
         SELECT count(*) AS facts, min(day_key) AS from_key, max(day_key) AS to_key FROM rekeyed`,
        [
          request.municipalityCode,
          request.sourceSystem,
          request.label,
          service.service_id,
          source.kind,
        ],
      );
    if (changed && changed.from_key !== null && changed.to_key !== null)
      await source.refreshRollups?.(tx, request.municipalityCode, changed.from_key, changed.to_key);
    await tx.query(
      `DELETE FROM etl.unmapped_label
       WHERE source_kind = $1 AND municipality_code = $2 AND label_kind = 'service'
         AND lower(btrim(label)) = lower(btrim($3))`,
      [source.kind, request.municipalityCode, request.label],
    );
    await tx.commitTransaction();
    return { factsRekeyed: Number(changed?.facts ?? 0) };
  } catch (error) {
    await tx.rollbackTransaction();
    throw error;
  } finally {
    await tx.release();
  }
}
