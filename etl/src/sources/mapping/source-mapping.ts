import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { CanonicalFields } from './canonical-field';

export const MAPPINGS_DIR = join(__dirname, '..', '..', '..', 'mappings');

export interface FieldMapping {
  column: string;
  format?: string;
  unit?: 'ms' | 's' | 'min' | 'h:mm:ss';
  values?: Record<string, string>;
}

/** A mapping file (etl/mappings/*.json), validated by etl/mappings/mapping.schema.json. */
export interface SourceMapping {
  kind: string;
  sourceSystem: string;
  description?: string;
  municipalityCode?: string;
  siteCode?: string;
  format: { type: 'csv'; delimiter: string; encoding: 'utf-8' | 'windows-1252' };
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
  if (!validateSchema(mapping)) {
    const problems = (validateSchema.errors ?? []).map((e) => {
      const extra =
        e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : '';
      return `${e.instancePath || '/'} ${e.message ?? ''}${extra}`;
    });
    throw new MappingError(path, problems.join('; '));
  }
  if (mapping.kind !== kind) throw new MappingError(path, `maps "${mapping.kind}", not "${kind}"`);
  const problems: string[] = [];
  for (const [name, field] of Object.entries(canonical)) {
    const mapped = mapping.fields[name];
    if (!mapped) {
      if (field.required) problems.push(`fields.${name} is required for ${kind}`);
      continue;
    }
    if ((field.type === 'date' || field.type === 'timestamp') && !mapped.format) {
      problems.push(`fields.${name} needs a format`);
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
