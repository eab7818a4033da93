/** The typed fields a source kind reads, whatever the source's own column names. */
export type CanonicalField =
  | { type: 'text' | 'integer' | 'decimal' | 'date' | 'timestamp' | 'duration'; required: boolean }
  | { type: 'code'; required: boolean; codes: readonly string[] };

export type CanonicalFields = Readonly<Record<string, CanonicalField>>;
