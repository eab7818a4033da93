import { dateKey } from '@kanalindsigt/calendar/local-date';
import { USAGE_KINDS } from '@kanalindsigt/warehouse/reference/dimensions';
import type { CanonicalFields } from '../mapping/canonical-field';
import { createPeriodOverlaps } from '../period-overlaps';
import { defineSourceKind, type FieldProblem } from '../source-kind';
import { SelfserviceRepository } from './selfservice.repository';

/** Counts per self-service solution, usage kind and period (a long-form monthly statistic). */
export const SELF_SERVICE_FIELDS = {
  solutionLabel: { type: 'text', required: true },
  serviceLabel: { type: 'text', required: true },
  periodStart: { type: 'date', required: true },
  periodEnd: { type: 'date', required: true },
  usageKind: { type: 'code', required: true, codes: USAGE_KINDS },
  countUses: { type: 'integer', required: true },
} as const satisfies CanonicalFields;

const repository = new SelfserviceRepository();

export const selfserviceSource = defineSourceKind({
  kind: 'selfservice',
  defaultMapping: 'selvbetjening-selfservice.json',
  fields: SELF_SERVICE_FIELDS,
  route: 'staging',
  factTable: 'dw.fact_self_service_usage',
  stagingTable: 'staging.stg_self_service_usage',
  mapsServiceLabels: true,
  copyIntoStagingSql: repository.copyIntoStagingSql,
  promote: (tx, fileId, municipality, sourceSystem) =>
    repository.promote(tx, fileId, municipality, sourceSystem),

  createStager: ({ sourceFileId }) => {
    // Periods seen so far in this file per solution and usage kind: two overlapping counts of the
    // same thing would be added up twice.
    const periods = createPeriodOverlaps();
    return (record, row) => {
      const solution = record.solutionLabel;
      const usageKind = record.usageKind;
      const start = record.periodStart;
      const end = record.periodEnd;
      const count = record.countUses;
      const problems: FieldProblem[] = [];
      if (end < start) problems.push({ field: 'periodEnd', reason: 'is before {periodStart}' });
      if (count < 0) problems.push({ field: 'countUses', reason: 'is negative' });
      // Keyed like the fact's unique index: the solution label compared case-insensitively.
      const key = `${solution.trim().toLowerCase()}\u0000${usageKind}`;
      const overlap = periods.check(key, start, end, 'solution and {usageKind}');
      if (overlap) problems.push(overlap);
      if (problems.length > 0) return problems;
      periods.remember(key, start, end, row);
      return {
        firstDateKey: dateKey(start),
        lastDateKey: dateKey(end),
        values: [sourceFileId, row, solution, record.serviceLabel, usageKind, start, end, count],
      };
    };
  },
});
