import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { TextEncoding } from '../delimited-reader';
import { isKnownTimeZone } from '../date-time-format';
import type { CanonicalField, CanonicalFields } from './canonical-field';

export const MAPPINGS_DIR = join(__dirname, '..', '..', '..', 'mappings');

/** A test on one cell of the row: its value is one of `in`, or it is (not) empty. */
export type RuleCondition = { column: string; in: string[] } | { column: string; empty: boolean };

/** Sets a coded field when every condition holds: to a canonical code, or skips the row. */
export type Rule = { when: RuleCondition[] } & ({ value: string } | { skip: true });

export interface FieldMapping {
  /** The column read; absent when `columns` or `from` says where the value comes from. */
  column?: string;
  /** Columns tried in turn when `column` is empty (e.g. the end of a call: served, queued, IVR). */
  orElse?: string[];
  /** A text made of several columns, joined by `separator` (a reference unique only together). */
  columns?: string[];
  separator?: string;
  /** A timestamp that is another timestamp field plus the duration in `column` (with `unit`). */
  from?: string;
  format?: string;
  /** A timestamp's date in a column of its own: `column` then holds the time of day. */
  dateColumn?: string;
  dateFormat?: string;
  /** A time of day earlier than this field's (same date column) is on the next day. */
  nextDayIfBefore?: string;
  unit?: 'ms' | 's' | 'min' | 'h:mm:ss';
  values?: Record<string, string>;
  /** Source values whose rows are skipped on purpose (counted as skipped, not quarantined). */
  skip?: string[];
  /** Tried in order before `values`; the first whose conditions all hold decides. */
  rules?: Rule[];
  /** Cell values that mean "none" for this field (replaces the mapping's `none`). */
  none?: string[];
}

export type SourceFormat = (
  { type: 'csv'; delimiter: string; encoding: TextEncoding } | { type: 'xlsx'; sheet?: string }
) & {
  /** The row the header is on, as a spreadsheet numbers it; rows above it are a title block. */
  headerRow?: number;
};

/** A mapping file (etl/mappings/*.json), validated by etl/mappings/mapping.schema.json. */
export interface SourceMapping {
  kind: string;
  sourceSystem: string;
  description?: string;
  municipalityCode?: string;
  siteCode?: string;
  format: SourceFormat;
  /** Any tz-database zone (`Europe/Copenhagen`, `UTC`, `Asia/Jerusalem`). */
  timeZone: string;
  /** Where two-digit years start: 1970 reads `yy` as 1970–2069. Required when a format has `yy`. */
  twoDigitYearFrom?: number;
  /** Cell values that mean "none" in every field and rule condition (`0:00:00`, `-`). */
  none?: string[];
  numbers?: { decimalSeparator?: ',' | '.'; thousandsSeparator?: '.' | ',' | ' ' | '' };
  fields: Record<string, FieldMapping>;
}

const validateSchema = new Ajv2020({ allErrors: true, useDefaults: true }).compile<SourceMapping>(
  JSON.parse(readFileSync(join(MAPPINGS_DIR, 'mapping.schema.json'), 'utf8')),
);

/**
 * Reads a mapping file and checks it twice: against the JSON Schema, and against the fields the
 * source kind knows (every required field mapped, no unknown field, a format for every time).
 */
export function readMapping(path: string, kind: string, canonical: CanonicalFields): SourceMapping {
  let mapping: unknown;
  try {
    mapping = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new MappingError(path, (error as Error).message);
  }
  return checkMapping(mapping, path, kind, canonical);
}

/** The checks of readMapping on a mapping already parsed (the dashboard's mapping assistant). */
export function checkMapping(
  mapping: unknown,
  path: string,
  kind: string,
  canonical: CanonicalFields,
): SourceMapping {
  if (!validateSchema(mapping)) {
    // "must match the then/else schema" only repeats the errors of that schema.
    const errors = (validateSchema.errors ?? []).filter((e) => e.keyword !== 'if');
    const problems = errors.map((e) => {
      const extra =
        e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : '';
      return `${e.instancePath || '/'} ${e.message ?? ''}${extra}`;
    });
    throw new MappingError(path, problems.join('; '));
  }
  if (mapping.kind !== kind) throw new MappingError(path, `maps "${mapping.kind}", not "${kind}"`);
  const problems: string[] = [];
  if (mapping.format.type === 'xlsx' && mapping.numbers?.decimalSeparator !== '.')
    problems.push(
      `numbers.decimalSeparator must be "." for an xlsx sheet (its numbers are read as 1234.5)`,
    );
  if (mapping.format.type === 'xlsx' && (mapping.numbers?.thousandsSeparator ?? '') !== '')
    problems.push(
      `numbers.thousandsSeparator must be "" for an xlsx sheet (its numbers have none)`,
    );
  if (!isKnownTimeZone(mapping.timeZone))
    problems.push(
      `timeZone "${mapping.timeZone}" is not a time zone (e.g. Europe/Copenhagen, UTC)`,
    );
  for (const [name, field] of Object.entries(canonical)) {
    const mapped = mapping.fields[name];
    if (!mapped) {
      if (field.required) problems.push(`fields.${name} is required for ${kind}`);
      continue;
    }
    problems.push(...fieldProblems(name, field, mapped, mapping, canonical));
  }
  for (const name of Object.keys(mapping.fields)) {
    if (!(name in canonical))
      problems.push(
        `fields.${name} is not a field of ${kind} (known: ${Object.keys(canonical).join(', ')})`,
      );
  }
  if (problems.length > 0) throw new MappingError(path, problems.join('; '));
  return mapping;
}

const TWO_DIGIT_YEAR = /(^|[^y])yy([^y]|$)/;

/** What is wrong with one field's mapping, beyond what the JSON Schema can say. */
function fieldProblems(
  name: string,
  field: CanonicalField,
  mapped: FieldMapping,
  mapping: SourceMapping,
  canonical: CanonicalFields,
): string[] {
  const problems: string[] = [];
  const at = `fields.${name}`;
  const sources = [mapped.column, mapped.columns, mapped.from].filter((s) => s !== undefined);
  if (mapped.rules === undefined && sources.length !== 1)
    problems.push(`${at} needs exactly one of column, columns (text) or from (timestamp)`);
  if (mapped.from !== undefined && mapped.column === undefined)
    problems.push(`${at}.from needs column: the duration added to ${mapped.from}`);
  if (mapped.columns !== undefined && field.type !== 'text')
    problems.push(`${at}.columns is only for text fields`);
  if (mapped.from !== undefined) {
    const base = mapping.fields[mapped.from];
    if (field.type !== 'timestamp' || canonical[mapped.from]?.type !== 'timestamp' || !base)
      problems.push(`${at}.from must name another mapped timestamp field`);
    if (!mapped.unit) problems.push(`${at} needs the unit of its duration column`);
    return problems;
  }
  const usesTwoDigitYear = [mapped.format, mapped.dateFormat].some(
    (f) => f !== undefined && TWO_DIGIT_YEAR.test(f),
  );
  if (usesTwoDigitYear && mapping.twoDigitYearFrom === undefined)
    problems.push(
      `${at} has a two-digit year (yy): say where they start with twoDigitYearFrom (e.g. 1970 reads 99 as 1999)`,
    );
  if ((field.type === 'date' || field.type === 'timestamp') && !mapped.format) {
    problems.push(`${at} needs a format`);
  }
  if (mapped.dateColumn !== undefined) {
    if (field.type !== 'timestamp') {
      problems.push(`${at}.dateColumn is only for timestamps`);
    } else {
      if (/yy|MM|dd/.test(mapped.format ?? ''))
        problems.push(
          `${at}.format must be a time of day (HH, mm, ss): the date is in ${mapped.dateColumn}`,
        );
      if (/HH|mm|ss/.test(mapped.dateFormat ?? ''))
        problems.push(`${at}.dateFormat must be a date (yyyy, yy, MM, dd)`);
    }
  }
  if (mapped.nextDayIfBefore !== undefined) {
    const anchor = mapping.fields[mapped.nextDayIfBefore];
    if (mapped.dateColumn === undefined || anchor?.dateColumn !== mapped.dateColumn)
      problems.push(
        `${at}.nextDayIfBefore must name a timestamp field with the same dateColumn (${mapped.dateColumn ?? 'none'})`,
      );
  }
  if (field.type === 'duration' && !mapped.unit) problems.push(`${at} needs a unit`);
  if (field.type === 'code') {
    const allowed = new Set(field.codes);
    const ruled = (mapped.rules ?? []).flatMap((r) => ('value' in r ? [r.value] : []));
    const unknown = [...Object.values(mapped.values ?? {}), ...ruled].filter(
      (v) => !allowed.has(v),
    );
    if (!mapped.values && !mapped.rules)
      problems.push(`${at} needs values or rules (${field.codes.join(', ')})`);
    if (unknown.length > 0)
      problems.push(
        `${at}.values maps to unknown codes ${unknown.join(', ')} (known: ${field.codes.join(', ')})`,
      );
  } else if (mapped.rules !== undefined || mapped.skip !== undefined) {
    problems.push(`${at}: rules and skip are only for coded fields`);
  }
  return problems;
}

export class MappingError extends Error {
  constructor(path: string, problem: string) {
    super(`mapping ${path}: ${problem}`);
  }
}
