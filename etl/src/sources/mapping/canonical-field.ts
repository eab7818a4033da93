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
