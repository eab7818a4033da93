import { dateKey, daysInMonth, parseIsoDate } from '@kanalindsigt/calendar/local-date';
import type { CanonicalFields } from '../mapping/canonical-field';
import { createPeriodOverlaps } from '../period-overlaps';
import { defineSourceKind, type FieldProblem } from '../source-kind';
import { CallsAggregateRepository } from './calls-aggregate.repository';

/** Call counts per reporting line and period, where only totals exist (the hotline's monthly report). */
export const CALL_AGGREGATE_FIELDS = {
  reportingLine: { type: 'text', required: true },
  periodStart: { type: 'date', required: true },
  // Without an end the row counts the calendar month of its start, as a `Måned` column (MM-yyyy) says.
  periodEnd: { type: 'date', required: false },
  countOffered: { type: 'integer', required: true },
  countAnswered: { type: 'integer', required: true },
  countFirstContactResolved: { type: 'integer', required: false },
  meanWaitSeconds: { type: 'duration', required: false },
} as const satisfies CanonicalFields;

const COUNT_FIELDS = ['countOffered', 'countAnswered', 'countFirstContactResolved'] as const;

const repository = new CallsAggregateRepository();

function endOfMonth(isoDate: string): string {
  const { year, month } = parseIsoDate(isoDate);
  return `${isoDate.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

export const callsAggregateSource = defineSourceKind({
  kind: 'calls-aggregate',
  defaultMapping: 'hotline-calls-aggregate.json',
  fields: CALL_AGGREGATE_FIELDS,
  route: 'staging',
  factTable: 'dw.fact_call_aggregate',
  stagingTable: 'staging.stg_call_aggregate',
  mapsServiceLabels: false,
  copyIntoStagingSql: repository.copyIntoStagingSql,
  promote: (tx, fileId, municipality) => repository.promote(tx, fileId, municipality),
  // Reporting lines are not mapped onto services, so there is nothing to report as unmapped.

  createStager: ({ sourceFileId }) => {
    // Periods seen so far in this file per reporting line, to refuse counts that overlap.
    const periods = createPeriodOverlaps();
    return (record, row) => {
      const line = record.reportingLine;
      const start = record.periodStart;
      const givenEnd = record.periodEnd;
      const offered = record.countOffered;
      const answered = record.countAnswered;
      const resolved = record.countFirstContactResolved;
      const problems: FieldProblem[] = [];

      if (givenEnd === null && !start.endsWith('-01')) {
        problems.push({
          field: 'periodStart',
          reason:
            'is not the first day of a month, and without {periodEnd} a row counts a whole month',
        });
      }
      const end = givenEnd ?? endOfMonth(start);
      if (end < start) problems.push({ field: 'periodEnd', reason: 'is before {periodStart}' });
      for (const field of COUNT_FIELDS) {
        const count = record[field] as number | null;
        if (count !== null && count < 0) problems.push({ field, reason: 'is negative' });
      }
      if (answered > offered)
        problems.push({ field: 'countAnswered', reason: 'is greater than {countOffered}' });
      if (resolved !== null && resolved > answered) {
        problems.push({
          field: 'countFirstContactResolved',
          reason: 'is greater than {countAnswered}',
        });
      }
      const overlap = periods.check(line, start, end, 'reporting line');
      if (overlap) problems.push(overlap);
      if (problems.length > 0) return problems;
      periods.remember(line, start, end, row);
      return {
        firstDateKey: dateKey(start),
        lastDateKey: dateKey(end),
        values: [
          sourceFileId,
          row,
          line,
          start,
          end,
          offered,
          answered,
          resolved,
          record.meanWaitSeconds,
        ],
      };
    };
  },
});
