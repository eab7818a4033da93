import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FieldMapping } from '../sources/mapping/source-mapping';

export interface DictionaryField {
  names: string[];
  unit?: NonNullable<FieldMapping['unit']>;
  /** Canonical code → the source values that mean it. */
  values?: Record<string, string[]>;
}

/** etl/dictionary/column-dictionary.json: the column names and values of real Danish exports. */
export interface ColumnDictionary {
  dateColumn: string[];
  kinds: Record<string, Record<string, DictionaryField>>;
}

export const COLUMN_DICTIONARY_PATH = join(
  __dirname,
  '..',
  '..',
  'dictionary',
  'column-dictionary.json',
);

export function readColumnDictionary(path = COLUMN_DICTIONARY_PATH): ColumnDictionary {
  return JSON.parse(readFileSync(path, 'utf8')) as ColumnDictionary;
}

/**
 * How names and values compare: without case, accents kept apart from the Danish letters (æ, ø,
 * å stay themselves), spaces and punctuation dropped, so "Gns. ventetid (sek.)" meets
 * "gns ventetid sek".
 */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .trim();
}
