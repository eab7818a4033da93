import { dateKeyOf } from '@kanalindsigt/calendar/local-date';
import { rebuildCallRollups } from '@kanalindsigt/warehouse/rollups/call-rollups';
import { DATE_DIMENSION_YEARS } from '@kanalindsigt/warehouse/reference/dimensions';
import type { CanonicalFields } from '../mapping/canonical-field';
import { defineSourceKind, type FieldProblem, type StagedRow } from '../source-kind';
import { CALL_FACT_COLUMNS } from './calls.repository';

const MAX_DURATION_SECONDS = 24 * 3600;

export const CALL_OUTCOMES = [
  'answered',
  'abandoned',
  'transferred',
  'forwarded_hotline',
  'callback',
  'ivr_only',
] as const;

/** Telephony: one row per call that reached the contact-centre platform. */
export const CALL_FIELDS = {
  callRef: { type: 'text', required: true, holds: 'identifier' },
  queueLabel: { type: 'text', required: true },
  ivrChoice: { type: 'text', required: false },
  arrivedAt: { type: 'timestamp', required: true },
  answeredAt: { type: 'timestamp', required: false },
  endedAt: { type: 'timestamp', required: true },
  outcome: { type: 'code', required: true, codes: CALL_OUTCOMES },
  queueSeconds: { type: 'duration', required: false },
  talkSeconds: { type: 'duration', required: false },
  holdSeconds: { type: 'duration', required: false },
  wrapUpSeconds: { type: 'duration', required: false },
  // A code rather than free text: a wrap-up code the mapping does not list is refused and named,
  // so first-contact resolution is never silently under-counted by a new code.
  wrapUpCode: { type: 'code', required: false, codes: ['resolved', 'not_resolved'] },
} as const satisfies CanonicalFields;

const DURATION_FIELDS = ['queueSeconds', 'talkSeconds', 'holdSeconds', 'wrapUpSeconds'] as const;

export const callsSource = defineSourceKind({
  kind: 'calls',
  defaultMapping: 'telefoni-calls.json',
  fields: CALL_FIELDS,
  route: 'direct',
  factTable: 'dw.fact_call',
  factColumns: CALL_FACT_COLUMNS,
  refColumn: 'call_ref',
  dayColumn: 'date_key',
  // The stager's label: the IVR choice, the queue when there is none.
  serviceLabelSql: 'coalesce(ivr_choice, queue_label)',
  refreshRollups: (tx, municipalityCode, fromDateKey, toDateKey) =>
    rebuildCallRollups(tx, { municipalityCode, fromDateKey, toDateKey }),

  createStager:
    ({ sourceFileId, municipalityCode, serviceLabels }) =>
    (record, row) => {
      const arrived = record.arrivedAt;
      const answered = record.answeredAt;
      const ended = record.endedAt;
      const outcome = record.outcome;
      const problems: FieldProblem[] = [];

      if (ended.utcMillis < arrived.utcMillis) {
        problems.push({ field: 'endedAt', reason: 'is before {arrivedAt}' });
      } else if (ended.utcMillis - arrived.utcMillis > MAX_DURATION_SECONDS * 1000) {
        problems.push({ field: 'endedAt', reason: 'makes the call longer than 24 hours' });
      }
      if (answered && answered.utcMillis < arrived.utcMillis) {
        problems.push({ field: 'answeredAt', reason: 'is before {arrivedAt}' });
      }
      if (answered && answered.utcMillis > ended.utcMillis) {
        problems.push({ field: 'answeredAt', reason: 'is after {endedAt}' });
      }
      if (outcome === 'answered' && !answered) {
        problems.push({
          field: 'answeredAt',
          reason: 'is empty although {outcome} says the call was answered',
        });
      }
      for (const field of DURATION_FIELDS) {
        const seconds = record[field] as number | null;
        if (seconds !== null && seconds > MAX_DURATION_SECONDS)
          problems.push({ field, reason: 'is longer than 24 hours' });
      }
      const local = arrived.wallClock;
      if (local.year < DATE_DIMENSION_YEARS.first || local.year > DATE_DIMENSION_YEARS.last) {
        problems.push({
          field: 'arrivedAt',
          reason: `is outside the years the warehouse covers (${DATE_DIMENSION_YEARS.first}–${DATE_DIMENSION_YEARS.last})`,
        });
      }
      if (problems.length > 0) return problems;

      const ivrChoice = record.ivrChoice;
      const queueLabel = record.queueLabel;
      const wrapUp = record.wrapUpCode;
      const dateKey = dateKeyOf(local);
      const staged: StagedRow = {
        firstDateKey: dateKey,
        lastDateKey: dateKey,
        values: [
          municipalityCode,
          sourceFileId,
          row,
          record.callRef,
          queueLabel,
          ivrChoice,
          // The IVR choice says what the citizen called about; the queue only where there was none.
          serviceLabels.serviceId(ivrChoice ?? queueLabel),
          dateKey,
          local.hour * 4 + Math.floor(local.minute / 15),
          arrived.utcMillis,
          answered && answered.utcMillis,
          ended.utcMillis,
          outcome,
          outcome === 'forwarded_hotline' ? 'hotline' : 'municipality',
          record.queueSeconds,
          record.talkSeconds,
          record.holdSeconds,
          record.wrapUpSeconds,
          wrapUp && wrapUp === 'resolved',
        ],
      };
      return staged;
    },
});
