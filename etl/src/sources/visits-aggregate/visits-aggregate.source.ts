import { dateKey } from '@kanalindsigt/calendar/local-date';
import type { CanonicalFields } from '../mapping/canonical-field';
import { createPeriodOverlaps } from '../period-overlaps';
import { defineSourceKind, type FieldProblem } from '../source-kind';
import { VisitsAggregateRepository } from './visits-aggregate.repository';

/** Footfall counts per service and period, where a queue system only gives totals. */
export const VISIT_AGGREGATE_FIELDS = {
  serviceLabel: { type: 'text', required: true },
  periodStart: { type: 'date', required: true },
  periodEnd: { type: 'date', required: true },
  countVisits: { type: 'integer', required: true },
  note: { type: 'text', required: false },
} as const satisfies CanonicalFields;

const repository = new VisitsAggregateRepository();

export const visitsAggregateSource = defineSourceKind({
  kind: 'visits-aggregate',
  defaultMapping: 'ballerup-fremmoede.json',
  fields: VISIT_AGGREGATE_FIELDS,
  route: 'staging',
  factTable: 'dw.fact_visit_aggregate',
  stagingTable: 'staging.stg_visit_aggregate',
  mapsServiceLabels: true,
  copyIntoStagingSql: repository.copyIntoStagingSql,
  promote: (tx, fileId, municipality, sourceSystem) =>
    repository.promote(tx, fileId, municipality, sourceSystem),

  createStager: ({ sourceFileId }) => {
    // Periods seen so far in this file per label, to refuse a count that overlaps another.
    const periods = createPeriodOverlaps();
    return (record, row) => {
      const label = record.serviceLabel;
      const start = record.periodStart;
      const end = record.periodEnd;
      const count = record.countVisits;
      const problems: FieldProblem[] = [];
      if (end < start) problems.push({ field: 'periodEnd', reason: 'is before {periodStart}' });
      if (count < 0) problems.push({ field: 'countVisits', reason: 'is negative' });
      const key = label.trim().toLowerCase();
      const overlap = periods.check(key, start, end, 'service');
      if (overlap) problems.push(overlap);
      if (problems.length > 0) return problems;
      periods.remember(key, start, end, row);
      return {
        firstDateKey: dateKey(start),
        lastDateKey: dateKey(end),
        values: [sourceFileId, row, label, start, end, count, record.note],
      };
    };
  },
});
