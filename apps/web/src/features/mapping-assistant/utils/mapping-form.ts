import type { KindField, MappingProposal } from '../api/mapping-assistant';

/**
 * The mapping form's model: the mapping file itself (etl/mappings/mapping.schema.json) as a plain
 * object, edited property by property. The form is drawn from the mapping's shape — whatever
 * properties a field or the file's settings carry — so a property the mapping language gains
 * later is shown and kept without a change here; the known ones below only get a better control.
 */
/** A property's value: a string, number, list of strings, map of strings, or a shape yet unknown. */
export type MappingValue = unknown;
export type FieldMapping = Record<string, MappingValue>;
export type MappingDraft = Record<string, MappingValue> & {
  kind: string;
  sourceSystem: string;
  fields: Record<string, FieldMapping>;
};

/** How a property is edited. */
export type Editor =
  | { kind: 'column' }
  | { kind: 'choice'; choices: readonly string[] }
  | { kind: 'text' }
  | { kind: 'number' }
  | { kind: 'list' }
  | { kind: 'values'; codes: readonly string[] }
  /** A shape the form cannot edit: kept as the proposal has it. */
  | { kind: 'kept' };

export const DURATION_UNITS = ['s', 'ms', 'min', 'h:mm:ss'] as const;
const SETTING_CHOICES: Record<string, readonly string[]> = {
  'format.type': ['csv', 'xlsx'],
  'format.delimiter': [';', ',', '\t', '|'],
  'format.encoding': ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'],
  'numbers.decimalSeparator': [',', '.'],
  'numbers.thousandsSeparator': ['', '.', ',', ' '],
};

/** A field property the form offers even when the proposal left it out, by the field's type. */
const OFFERED: Record<string, readonly string[]> = {
  date: ['format'],
  timestamp: ['format', 'dateColumn', 'dateFormat'],
  duration: ['unit'],
  code: ['values'],
};

export function parseDraft(proposal: Pick<MappingProposal, 'mappingJson'>): MappingDraft {
  const draft = JSON.parse(proposal.mappingJson) as MappingDraft;
  return { ...draft, fields: { ...draft.fields } };
}

/** The properties of a canonical field the form shows: the mapping's own, then those offered. */
export function fieldProperties(field: KindField, mapping: FieldMapping | undefined): string[] {
  const own = Object.keys(mapping ?? {}).filter((name) => name !== 'column');
  const offered = (OFFERED[field.type] ?? []).filter((name) => !own.includes(name));
  return ['column', ...own, ...offered];
}

/** The editor of a field's property, from its name, the field and the value's shape. */
export function fieldEditor(field: KindField, property: string, value: MappingValue): Editor {
  if (property === 'column' || property === 'dateColumn') return { kind: 'column' };
  if (property === 'unit') return { kind: 'choice', choices: DURATION_UNITS };
  if (property === 'values') return { kind: 'values', codes: field.codes };
  return shapeEditor(value);
}

/** The editor of a file setting such as `format.encoding` or `timeZone`. */
export function settingEditor(path: string, value: MappingValue): Editor {
  const choices = SETTING_CHOICES[path];
  if (choices) return { kind: 'choice', choices };
  return shapeEditor(value);
}

function shapeEditor(value: MappingValue): Editor {
  if (value === undefined || typeof value === 'string') return { kind: 'text' };
  if (typeof value === 'number') return { kind: 'number' };
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return { kind: 'list' };
  if (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((item) => typeof item === 'string')
  )
    return { kind: 'values', codes: [] };
  return { kind: 'kept' };
}

/**
 * The file settings the form shows, as dotted paths: scalars at the top (but kind, which the
 * upload chose) and one level into objects (format, numbers).
 */
export function settingPaths(draft: MappingDraft): string[] {
  return Object.entries(draft).flatMap(([name, value]) => {
    if (name === 'fields' || name === 'kind' || name === '$schema') return [];
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return Object.keys(value).map((inner) => `${name}.${inner}`);
    return [name];
  });
}

export function settingValue(draft: MappingDraft, path: string): MappingValue {
  const [outer = '', inner] = path.split('.');
  const value = draft[outer];
  return inner === undefined ? value : (value as Record<string, MappingValue> | undefined)?.[inner];
}

export function withSetting(draft: MappingDraft, path: string, value: MappingValue): MappingDraft {
  const [outer = '', inner] = path.split('.');
  if (inner === undefined) return { ...draft, [outer]: value };
  return { ...draft, [outer]: { ...(draft[outer] as object), [inner]: value } };
}

/** A field's property set; an empty column leaves the field unmapped. */
export function withFieldProperty(
  draft: MappingDraft,
  field: string,
  property: string,
  value: MappingValue,
): MappingDraft {
  const fields = { ...draft.fields, [field]: { ...draft.fields[field], [property]: value } };
  return { ...draft, fields };
}

/**
 * The source values of a code field the form lists: the mapping's, then those the file holds that
 * nobody has mapped yet (to be chosen; left unchosen, their rows are quarantined).
 */
export function codeRows(
  values: Record<string, string> | undefined,
  unknown: readonly string[],
): [source: string, target: string][] {
  const rows = Object.entries(values ?? {});
  for (const source of unknown) if (!(source in (values ?? {}))) rows.push([source, '']);
  return rows;
}

function isEmpty(value: MappingValue): boolean {
  return (
    value === undefined ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && value !== null && Object.keys(value).length === 0)
  );
}

/** Drops what the form leaves blank: unmapped fields, blank properties, unchosen code values. */
function cleanField(mapping: FieldMapping): FieldMapping | undefined {
  if (typeof mapping.column !== 'string' || mapping.column === '') return undefined;
  const kept = Object.entries(mapping).flatMap(([name, value]): [string, MappingValue][] => {
    if (name === 'values' && typeof value === 'object' && value !== null) {
      const chosen = Object.entries(value as Record<string, string>).filter(([, to]) => to !== '');
      return chosen.length > 0 ? [[name, Object.fromEntries(chosen)]] : [];
    }
    return isEmpty(value) ? [] : [[name, value]];
  });
  return Object.fromEntries(kept);
}

/** The mapping file the CLI takes, from the form. */
export function toMappingJson(draft: MappingDraft): string {
  const fields = Object.entries(draft.fields).flatMap(([name, mapping]) => {
    const clean = cleanField(mapping);
    return clean ? [[name, clean] as const] : [];
  });
  const settings = Object.entries(draft).filter(([name, value]) => {
    if (name === 'fields') return false;
    return !isEmpty(value) || name === 'numbers';
  });
  return JSON.stringify(
    { ...Object.fromEntries(settings), fields: Object.fromEntries(fields) },
    null,
    2,
  );
}

/** A mapping's download name, as the shipped ones are named: `<source system>-<kind>.json`. */
export function mappingFileName(mapping: { sourceSystem: string; kind: string }): string {
  const safe = `${mapping.sourceSystem}-${mapping.kind}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return `${safe}.json`;
}

/** What detection read from the file, as the proposal's settings and per-column formats say. */
export type Detected = {
  fileType: string;
  encoding?: string;
  delimiter?: string;
  headerRow: number;
  decimalSeparator?: string;
  thousandsSeparator?: string;
  timeZone?: string;
  formats: { column: string; format: string }[];
};

export function detectedFrom(proposal: MappingProposal, draft: MappingDraft): Detected {
  const format = (draft.format ?? {}) as Record<string, string>;
  const numbers = (draft.numbers ?? {}) as Record<string, string>;
  const formats = Object.values(draft.fields).flatMap((field) => {
    const shown = [field.format, field.unit].filter((v): v is string => typeof v === 'string');
    return typeof field.column === 'string' && shown.length > 0
      ? [{ column: field.column, format: shown.join(' ') }]
      : [];
  });
  return {
    fileType: format.type ?? 'csv',
    encoding: format.encoding,
    delimiter: format.delimiter,
    headerRow: proposal.headerRow,
    decimalSeparator: numbers.decimalSeparator,
    thousandsSeparator: numbers.thousandsSeparator,
    timeZone: typeof draft.timeZone === 'string' ? draft.timeZone : undefined,
    formats,
  };
}

/** A delimiter as a person reads it ("semikolon (;)"), by the message key of its name. */
export const DELIMITER_NAMES: Record<string, string> = {
  ';': 'semicolon',
  ',': 'comma',
  '\t': 'tab',
  '|': 'pipe',
};
