import type { BinaryColumn } from '../../load/copy-binary';

/** dw.fact_call's columns as the calls stager fills them (binary COPY, in this order). */
export const CALL_FACT_COLUMNS: readonly BinaryColumn[] = [
  { name: 'municipality_code', type: 'text' },
  { name: 'source_file_id', type: 'int8' },
  { name: 'source_row', type: 'int4' },
  { name: 'call_ref', type: 'text' },
  { name: 'queue_label', type: 'text' },
  { name: 'ivr_choice', type: 'text' },
  { name: 'service_id', type: 'int4' },
  { name: 'date_key', type: 'int4' },
  { name: 'arrival_time_key', type: 'int2' },
  { name: 'arrived_at', type: 'timestamptz' },
  { name: 'answered_at', type: 'timestamptz' },
  { name: 'ended_at', type: 'timestamptz' },
  { name: 'outcome', type: 'text' },
  { name: 'handled_by', type: 'text' },
  { name: 'queue_seconds', type: 'int4' },
  { name: 'talk_seconds', type: 'int4' },
  { name: 'hold_seconds', type: 'int4' },
  { name: 'wrap_up_seconds', type: 'int4' },
  { name: 'is_first_contact_resolved', type: 'bool' },
];
