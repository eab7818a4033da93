import type { CanonicalField } from '../sources/mapping/canonical-field';
import type { FieldMapping, SourceMapping } from '../sources/mapping/source-mapping';
import { sourceKind } from '../sources/source-kinds';
import { normalizeName, type ColumnDictionary, type DictionaryField } from './column-dictionary';
import type { DetectedFile } from './detect-file';
import {
  dateFormatOf,
  durationUnitOf,
  isNumberColumn,
  numberSeparatorsOf,
  timeOfDayFormatOf,
  timestampFormatOf,
  type Numbers,
} from './value-formats';

export interface MappingProposal {
  mapping: SourceMapping;
  /** Fields the kind requires that no column matched: the admin must choose them. */
  missingRequired: string[];
  /** Per coded field, the file's values the dictionary does not know. */
  unknownValues: Record<string, string[]>;
}

interface Candidate {
  field: string;
  column: number;
  score: number;
  mapping: FieldMapping;
}

/**
 * Proposes a mapping of a detected file onto a source kind: each canonical field gets the column
 * whose header best matches the dictionary's names for it and whose values suit the field's type
 * (a timestamp column must read as dates and times in one pattern, a count as numbers, …); a
 * column goes to one field at most, best matches first. Formats, units, number separators, code
 * values and the time zone (UTC when a mapped time column says so) come from the sample values.
 */
export function proposeMapping(
  kind: string,
  file: DetectedFile,
  dictionary: ColumnDictionary,
  fileName: string,
): MappingProposal {
  const source = sourceKind(kind);
  const words = dictionary.kinds[kind] ?? {};
  const numbers: Numbers =
    file.format.type === 'xlsx'
      ? { decimalSeparator: '.', thousandsSeparator: '' }
      : numberSeparatorsOf(file.rows);
  const columnValues = file.header.map((_, at) => file.rows.map((row) => row[at] ?? ''));
  const dateColumns = file.header
    .map((name, at) => ({ name, at, format: dateFormatOf(columnValues[at]!) }))
    .filter((c) => c.format !== null)
    .sort(
      (a, b) =>
        Number(isDateColumnName(b.name, dictionary)) - Number(isDateColumnName(a.name, dictionary)),
    );

  const candidates: Candidate[] = [];
  for (const [field, canonical] of Object.entries(source.fields)) {
    const entry = words[field];
    if (!entry) continue;
    file.header.forEach((header, at) => {
      const score = nameScore(header, entry.names);
      if (score === 0) return;
      const mapping = fieldMapping(
        canonical,
        entry,
        header,
        columnValues[at]!,
        numbers,
        dateColumns[0],
      );
      if (mapping) candidates.push({ field, column: at, score, mapping });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const fields: Record<string, FieldMapping> = {};
  const taken = new Set<number>();
  for (const candidate of candidates) {
    if (candidate.field in fields || taken.has(candidate.column)) continue;
    // A split timestamp's date column is the date of every such field, never a field of its own.
    if (candidate.mapping.dateColumn !== undefined)
      taken.add(file.header.indexOf(candidate.mapping.dateColumn));
    fields[candidate.field] = candidate.mapping;
    taken.add(candidate.column);
  }
  // Fields in the kind's order, as the shipped mappings list them.
  const ordered = Object.fromEntries(
    Object.keys(source.fields)
      .filter((name) => name in fields)
      .map((name) => [name, fields[name]!]),
  );
  const unknownValues: Record<string, string[]> = {};
  for (const [name, mapping] of Object.entries(ordered)) {
    const canonical = source.fields[name]!;
    // A proposal maps every field to one column of its own.
    if (canonical.type !== 'code' || mapping.column === undefined) continue;
    const at = file.header.indexOf(mapping.column);
    const unknown = distinct(columnValues[at]!).filter(
      (value) => !(value in (mapping.values ?? {})),
    );
    if (unknown.length > 0) unknownValues[name] = unknown;
  }
  const utc = Object.values(ordered).some(
    (mapping) => mapping.format !== undefined && /utc/i.test(mapping.column ?? ''),
  );
  return {
    mapping: {
      kind,
      sourceSystem: sourceSystemOf(fileName, kind),
      description: `Proposed by the mapping assistant from ${fileName}`,
      format: file.headerRow > 1 ? { ...file.format, headerRow: file.headerRow } : file.format,
      timeZone: utc ? 'UTC' : 'Europe/Copenhagen',
      numbers,
      fields: ordered,
    },
    missingRequired: Object.entries(source.fields)
      .filter(([name, field]) => field.required && !(name in ordered))
      .map(([name]) => name),
    unknownValues,
  };
}

/**
 * 3 for a header that is one of the names (earlier names a little more), 1–2 for one that holds a
 * name or is held by one (at least four letters, so "Kø" is not found in "Kørekort"), else 0.
 */
function nameScore(header: string, names: readonly string[]): number {
  const key = normalizeName(header);
  if (key === '') return 0;
  let best = 0;
  names.forEach((name, index) => {
    const other = normalizeName(name);
    if (other === key) best = Math.max(best, 3 - index / 100);
    else if (
      Math.min(other.length, key.length) >= 4 &&
      (key.includes(other) || other.includes(key))
    )
      best = Math.max(
        best,
        1 + Math.min(other.length, key.length) / Math.max(other.length, key.length),
      );
  });
  return best;
}

function isDateColumnName(header: string, dictionary: ColumnDictionary): boolean {
  const key = normalizeName(header);
  return dictionary.dateColumn.some((name) => normalizeName(name) === key);
}

/** How the column would map onto the field, or null when its values do not suit the field. */
function fieldMapping(
  canonical: CanonicalField,
  entry: DictionaryField,
  column: string,
  values: readonly string[],
  numbers: Numbers,
  dateColumn: { name: string; format: string | null } | undefined,
): FieldMapping | null {
  switch (canonical.type) {
    case 'text':
      return { column };
    case 'integer':
    case 'decimal':
      return isNumberColumn(values, numbers) || values.every((v) => v.trim() === '')
        ? { column }
        : null;
    case 'date': {
      const format = dateFormatOf(values);
      return format ? { column, format } : null;
    }
    case 'timestamp': {
      const format = timestampFormatOf(values);
      if (format) return { column, format };
      const time = timeOfDayFormatOf(values);
      if (time && dateColumn?.format)
        return { column, format: time, dateColumn: dateColumn.name, dateFormat: dateColumn.format };
      // A column of no values yet (no call answered in the sample) suits any timestamp pattern.
      return null;
    }
    case 'duration':
      return values.some((v) => v.trim() !== '') &&
        !isNumberColumn(values, numbers) &&
        durationUnitOf(column, values, entry.unit) !== 'h:mm:ss'
        ? null
        : { column, unit: durationUnitOf(column, values, entry.unit) };
    case 'code': {
      const known = new Map<string, string>();
      for (const [code, sourceValues] of Object.entries(entry.values ?? {}))
        for (const value of sourceValues) known.set(normalizeName(value), code);
      const mapped: Record<string, string> = {};
      for (const value of distinct(values)) {
        const code = known.get(normalizeName(value));
        if (code && canonical.codes.includes(code)) mapped[value] = code;
      }
      return { column, values: mapped };
    }
  }
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
}

/** "Zylinc-opkald marts.csv" → "zylinc": the first word of the file name, the mapping's system. */
export function sourceSystemOf(fileName: string, kind: string): string {
  const word = /[a-z0-9]+/.exec(
    fileName
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, ''),
  )?.[0];
  return word && /^[a-z]/.test(word) ? word : kind;
}
