import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { TextEncoding } from '../delimited-reader';
import type { CanonicalFields } from './canonical-field';

export const MAPPINGS_DIR = join(__dirname, '..', '..', '..', 'mappings');

export interface FieldMapping {
  column: string;
  format?: string;
  /** A timestamp's date in a column of its own: `column` then holds the time of day. */
  dateColumn?: string;
  dateFormat?: string;
  unit?: 'ms' | 's' | 'min' | 'h:mm:ss';
  values?: Record<string, string>;
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
  timeZone: 'Europe/Copenhagen' | 'UTC';
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
  for (const [name, field] of Object.entries(canonical)) {
    const mapped = mapping.fields[name];
    if (!mapped) {
      if (field.required) problems.push(`fields.${name} is required for ${kind}`);
      continue;
    }
    if ((field.type === 'date' || field.type === 'timestamp') && !mapped.format) {
      problems.push(`fields.${name} needs a format`);
    }
    if (mapped.dateColumn !== undefined) {
      if (field.type !== 'timestamp') {
        problems.push(`fields.${name}.dateColumn is only for timestamps`);
      } else {
        if (/yy|MM|dd/.test(mapped.format ?? ''))
          problems.push(
            `fields.${name}.format must be a time of day (HH, mm, ss): the date is in ${mapped.dateColumn}`,
          );
        if (/HH|mm|ss/.test(mapped.dateFormat ?? ''))
          problems.push(`fields.${name}.dateFormat must be a date (yyyy, yy, MM, dd)`);
      }
    }
    if (field.type === 'duration' && !mapped.unit) problems.push(`fields.${name} needs a unit`);
    if (field.type === 'code') {
      const allowed = new Set(field.codes);
      const unknown = Object.values(mapped.values ?? {}).filter((v) => !allowed.has(v));
      if (!mapped.values) problems.push(`fields.${name} needs values (${field.codes.join(', ')})`);
      if (unknown.length > 0)
        problems.push(
          `fields.${name}.values maps to unknown codes ${unknown.join(', ')} (known: ${field.codes.join(', ')})`,
        );
    }
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

export class MappingError extends Error {
  constructor(path: string, problem: string) {
    super(`mapping ${path}: ${problem}`);
  }
}
