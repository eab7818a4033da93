import type { WallClock } from '../date-time-format';

/**
 * What a text field holds decides how CPR numbers are kept out of the warehouse:
 * - `free-text` (the default): CPR-shaped numbers are masked as the cell is read;
 * - `identifier`: a source system's id, kept verbatim (a ten-digit id is not a CPR number);
 * - `cpr`: a CPR number for the kind's stager to derive from; it never leaves memory, and its cell
 *   is withheld from the quarantine whatever is wrong with it.
 */
export type TextContent = 'free-text' | 'identifier' | 'cpr';

/** The typed fields a source kind reads, whatever the source's own column names. */
export type CanonicalField =
  | { type: 'text'; required: boolean; holds?: TextContent }
  | { type: 'integer' | 'decimal' | 'date' | 'timestamp' | 'duration'; required: boolean }
  | { type: 'code'; required: boolean; codes: readonly string[] };

export function holdsCpr(field: CanonicalField | undefined): boolean {
  return field?.type === 'text' && field.holds === 'cpr';
}

export type CanonicalFields = Readonly<Record<string, CanonicalField>>;

/** A timestamp as read: the instant, and its Copenhagen wall clock for the date and time keys. */
export interface Instant {
  utcMillis: number;
  wallClock: WallClock;
}

/** What a cell of each field type is read as (see compileRecordParser). */
interface ValueByType {
  text: string;
  /** ISO `yyyy-MM-dd`. */
  date: string;
  integer: number;
  decimal: number;
  /** Whole seconds. */
  duration: number;
  timestamp: Instant;
  code: string;
}

/** A cell's value when not empty; a code field's is one of its own codes. */
type ValueOf<F extends CanonicalField> = F extends { type: 'code'; codes: readonly (infer Code)[] }
  ? Code
  : ValueByType[F['type']];

/** Any field's value, or null for an empty cell. */
export type ParsedValue = ValueByType[keyof ValueByType] | null;

/**
 * One row's record as a kind's fields declare it: a field's type decides its value's shape, and an
 * optional field may be null (an empty cell). Stagers get this type, so they need no casts.
 */
export type RecordOf<F extends CanonicalFields> = {
  readonly [Name in keyof F]:
    ValueOf<F[Name]> | (F[Name] extends { required: true } ? never : null);
};
