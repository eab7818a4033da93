import type { BinaryColumn } from '../../load/copy-binary';

/** dw.fact_visit's columns as the visits stager fills them (binary COPY, in this order). */
export const VISIT_FACT_COLUMNS: readonly BinaryColumn[] = [
  { name: 'municipality_code', type: 'text' },
  { name: 'source_file_id', type: 'int8' },
  { name: 'source_row', type: 'int4' },
  { name: 'ticket_ref', type: 'text' },
  { name: 'site_id', type: 'int4' },
  { name: 'service_id', type: 'int4' },
  { name: 'service_label', type: 'text' },
  { name: 'date_key', type: 'int4' },
  { name: 'arrival_time_key', type: 'int2' },
  { name: 'ticket_created_at', type: 'timestamptz' },
  { name: 'called_at', type: 'timestamptz' },
  { name: 'service_ended_at', type: 'timestamptz' },
  { name: 'counter_name', type: 'text' },
  { name: 'is_booked', type: 'bool' },
  { name: 'outcome', type: 'text' },
  { name: 'wait_seconds', type: 'int4' },
  { name: 'handling_seconds', type: 'int4' },
];
