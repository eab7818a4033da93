/**
 * The kinds of source file, as `etl.source_file`, `etl.quarantine` and `etl.unmapped_label` name
 * them in `source_kind`. Kept here, with the tables that hold them, so the API can list every kind
 * (data quality shows one never loaded as "no data yet") without importing the ETL; the ETL's
 * registry (etl/src/sources/source-kinds.ts) is typed to give each name exactly one loader.
 * Their Danish and English labels are the dashboard's texts (`dataQuality.kind.<name>`).
 */
export const SOURCE_KIND_NAMES = [
  'bookings',
  'booking-slots',
  'calls',
  'calls-aggregate',
  'population',
  'selfservice',
  'staffing',
  'visits',
  'visits-aggregate',
] as const;

export type SourceKindName = (typeof SOURCE_KIND_NAMES)[number];
