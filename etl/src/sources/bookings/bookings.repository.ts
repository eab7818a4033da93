import type { BinaryColumn } from '../../load/copy-binary';

/** dw.fact_booking's columns as the bookings stager fills them (binary COPY, in this order). */
export const BOOKING_FACT_COLUMNS: readonly BinaryColumn[] = [
  { name: 'municipality_code', type: 'text' },
  { name: 'source_file_id', type: 'int8' },
  { name: 'source_row', type: 'int4' },
  { name: 'booking_ref', type: 'text' },
  { name: 'site_id', type: 'int4' },
  { name: 'service_id', type: 'int4' },
  { name: 'service_label', type: 'text' },
  { name: 'booked_at', type: 'timestamptz' },
  { name: 'booking_channel', type: 'text' },
  { name: 'slot_start_at', type: 'timestamptz' },
  { name: 'slot_minutes', type: 'int2' },
  { name: 'slot_date_key', type: 'int4' },
  { name: 'slot_time_key', type: 'int2' },
  { name: 'status', type: 'text' },
  { name: 'citizen_pseudonym', type: 'text' },
  { name: 'age_band_code', type: 'text' },
  { name: 'sex', type: 'text' },
];
