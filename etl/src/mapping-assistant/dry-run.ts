import { basename } from 'node:path';
import type { DataSource } from 'typeorm';
import { DEFAULT_SITE } from '@kanalindsigt/warehouse/reference/dimensions';
import { EtlRepository } from '../load/etl.repository';
import { FileRejectedError, readStagedRows } from '../load/load-files';
import type { ParsedValue } from '../sources/mapping/canonical-field';
import type { ParsedRecord } from '../sources/mapping/record-parser';
import type { SourceMapping } from '../sources/mapping/source-mapping';
import { maskCpr } from '../sources/mask-cpr';
import { ServiceLabelResolver, type UnmappedLabel } from '../sources/service-labels.repository';
import { sourceKind } from '../sources/source-kinds';

export interface ReasonCount {
  column: string | null;
  reason: string;
  rows: number;
}

export interface DryRun {
  /** Why the whole file would be refused, or null. */
  rejection: string | null;
  rowsIn: number;
  rowsLoadable: number;
  rowsQuarantined: number;
  /** References the file itself repeats; earlier files' references are settled by the load. */
  rowsDuplicate: number;
  /** Rows the mapping skips on purpose (codes in `skip` or a rule that skips). */
  rowsSkipped: number;
  reasons: ReasonCount[];
  /** The first rows as the kind's canonical fields, in the order of `fields`, as text. */
  fields: string[];
  preview: { row: number; values: (string | null)[] }[];
  unmappedLabels: UnmappedLabel[];
}

/**
 * A file read through the same path as a load (record parser and the kind's stager, with the
 * municipality's service labels) and nothing written: the transaction is read-only and rolled
 * back. Quarantine reasons are counted per column and reason.
 */
export async function dryRunFile(
  dataSource: DataSource,
  request: { mapping: SourceMapping; municipalityCode: string; path: string; previewRows?: number },
): Promise<DryRun> {
  const { mapping, municipalityCode, path } = request;
  const source = sourceKind(mapping.kind);
  const fields = Object.keys(source.fields).filter((name) => name in mapping.fields);
  const result: DryRun = {
    rejection: null,
    rowsIn: 0,
    rowsLoadable: 0,
    rowsQuarantined: 0,
    rowsDuplicate: 0,
    rowsSkipped: 0,
    reasons: [],
    fields,
    preview: [],
    unmappedLabels: [],
  };
  const tx = dataSource.createQueryRunner();
  await tx.connect();
  try {
    await tx.query('BEGIN READ ONLY');
    const siteCode = mapping.siteCode ?? DEFAULT_SITE.code;
    const siteId = await new EtlRepository(dataSource).siteId(tx, municipalityCode, siteCode);
    if (siteId === null)
      return {
        ...result,
        rejection: `site "${siteCode}" of the mapping is unknown for municipality ${municipalityCode}`,
      };
    const serviceLabels = await ServiceLabelResolver.load(
      tx,
      municipalityCode,
      mapping.sourceSystem,
    );
    const stage = source.createStager({
      sourceFileId: 0,
      municipalityCode,
      siteCode,
      siteId,
      serviceLabels,
    });
    const refAt =
      source.route === 'direct'
        ? source.factColumns.findIndex((column) => column.name === source.refColumn)
        : -1;
    const references = new Set<unknown>();
    const reasons = new Map<string, ReasonCount>();
    for await (const outcome of readStagedRows(source, mapping, path, basename(path), stage)) {
      result.rowsIn += 1;
      if ('skipped' in outcome) {
        result.rowsSkipped += 1;
        continue;
      }
      if ('problems' in outcome) {
        result.rowsQuarantined += 1;
        for (const { column, reason } of outcome.problems) {
          const key = `${column ?? ''}\u0000${reason}`;
          const count = reasons.get(key) ?? { column, reason: maskCpr(reason), rows: 0 };
          count.rows += 1;
          reasons.set(key, count);
        }
        continue;
      }
      const reference = refAt < 0 ? undefined : outcome.staged.values[refAt];
      if (reference !== undefined && references.has(reference)) {
        result.rowsDuplicate += 1;
        continue;
      }
      if (reference !== undefined) references.add(reference);
      result.rowsLoadable += 1;
      if (result.preview.length < (request.previewRows ?? 20))
        result.preview.push({ row: outcome.row, values: shown(outcome.record, fields, source) });
    }
    result.reasons = [...reasons.values()].sort((a, b) => b.rows - a.rows);
    result.unmappedLabels = serviceLabels
      .unmappedLabels()
      .sort((a, b) => b.rows - a.rows || a.label.localeCompare(b.label));
    return result;
  } catch (error) {
    if (error instanceof FileRejectedError) return { ...result, rejection: maskCpr(error.message) };
    throw error;
  } finally {
    await tx.query('ROLLBACK');
    await tx.release();
  }
}

/** A record's values as the admin reads them; a CPR number is never shown. */
function shown(
  record: ParsedRecord,
  fields: readonly string[],
  source: ReturnType<typeof sourceKind>,
): (string | null)[] {
  return fields.map((name) => {
    const field = source.fields[name];
    if (field?.type === 'text' && field.holds === 'cpr')
      return (record[name] ?? null) === null ? null : '••••••-••••';
    return text(record[name] ?? null);
  });
}

function text(value: ParsedValue): string | null {
  if (value === null) return null;
  if (typeof value !== 'object') return String(value);
  const { year, month, day, hour, minute, second } = value.wallClock;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}:${two(second)}`;
}
