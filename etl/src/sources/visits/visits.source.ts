import { dateKeyOf } from '@kanalindsigt/calendar/local-date';
import { rebuildVisitRollups } from '@kanalindsigt/warehouse/rollups/visit-rollups';
import { DATE_DIMENSION_YEARS } from '@kanalindsigt/warehouse/reference/dimensions';
import type { CanonicalFields } from '../mapping/canonical-field';
import { defineSourceKind, type FieldProblem, type StagedRow } from '../source-kind';
import { VISIT_FACT_COLUMNS } from './visits.repository';

const MAX_DURATION_SECONDS = 24 * 3600;

/** Queue tickets: one row per ticket (personal attendance). */
export const VISIT_FIELDS = {
  ticketRef: { type: 'text', required: true, holds: 'identifier' },
  createdAt: { type: 'timestamp', required: true },
  calledAt: { type: 'timestamp', required: false },
  endedAt: { type: 'timestamp', required: false },
  serviceLabel: { type: 'text', required: true },
  counterName: { type: 'text', required: false },
  ticketType: { type: 'code', required: true, codes: ['booked', 'walk_in'] },
} as const satisfies CanonicalFields;

export const visitsSource = defineSourceKind({
  kind: 'visits',
  defaultMapping: 'frontdesk-visits.json',
  fields: VISIT_FIELDS,
  route: 'direct',
  factTable: 'dw.fact_visit',
  factColumns: VISIT_FACT_COLUMNS,
  refColumn: 'ticket_ref',
  dayColumn: 'date_key',
  serviceLabelSql: 'service_label',
  refreshRollups: (tx, municipalityCode, fromDateKey, toDateKey) =>
    rebuildVisitRollups(tx, { municipalityCode, fromDateKey, toDateKey }),

  createStager:
    ({ sourceFileId, municipalityCode, siteId, serviceLabels }) =>
    (record, row) => {
      const created = record.createdAt;
      const called = record.calledAt;
      const ended = record.endedAt;
      const problems: FieldProblem[] = [];

      if (called && called.utcMillis < created.utcMillis) {
        problems.push({ field: 'calledAt', reason: 'is before {createdAt}' });
      }
      if (ended && !called)
        problems.push({ field: 'calledAt', reason: 'is empty although {endedAt} is set' });
      if (ended && called && ended.utcMillis < called.utcMillis) {
        problems.push({ field: 'endedAt', reason: 'is before {calledAt}' });
      }
      const waitSeconds = called ? Math.round((called.utcMillis - created.utcMillis) / 1000) : null;
      const handlingSeconds =
        called && ended ? Math.round((ended.utcMillis - called.utcMillis) / 1000) : null;
      if (waitSeconds !== null && waitSeconds > MAX_DURATION_SECONDS) {
        problems.push({ field: 'calledAt', reason: 'makes the wait longer than 24 hours' });
      }
      if (handlingSeconds !== null && handlingSeconds > MAX_DURATION_SECONDS) {
        problems.push({ field: 'endedAt', reason: 'makes the handling time longer than 24 hours' });
      }
      const local = created.wallClock;
      if (local.year < DATE_DIMENSION_YEARS.first || local.year > DATE_DIMENSION_YEARS.last) {
        problems.push({
          field: 'createdAt',
          reason: `is outside the years the warehouse covers (${DATE_DIMENSION_YEARS.first}–${DATE_DIMENSION_YEARS.last})`,
        });
      }
      if (problems.length > 0) return problems;

      const dateKey = dateKeyOf(local);
      const staged: StagedRow = {
        firstDateKey: dateKey,
        lastDateKey: dateKey,
        values: [
          municipalityCode,
          sourceFileId,
          row,
          record.ticketRef,
          siteId,
          serviceLabels.serviceId(record.serviceLabel),
          record.serviceLabel,
          dateKey,
          local.hour * 4 + Math.floor(local.minute / 15),
          created.utcMillis,
          called && called.utcMillis,
          ended && ended.utcMillis,
          record.counterName,
          record.ticketType === 'booked',
          ended ? 'served' : 'no_show',
          waitSeconds,
          handlingSeconds,
        ],
      };
      return staged;
    },
});
