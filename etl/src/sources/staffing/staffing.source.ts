import { dateKey } from '@kanalindsigt/calendar/local-date';
import { DATE_DIMENSION_YEARS } from '@kanalindsigt/warehouse/reference/dimensions';
import type { CanonicalFields } from '../mapping/canonical-field';
import { defineSourceKind, type FieldProblem } from '../source-kind';
import { StaffingRepository } from './staffing.repository';

export const STAFFING_ACTIVITIES = ['counter', 'phone', 'back_office'] as const;

/** The fact table's CHECK: more hours than 200 staff round the clock is a typing error. */
export const MAX_STAFF_HOURS_PER_ROW = 24 * 200;

/** Rota hours per day, unit and activity. */
export const STAFFING_FIELDS = {
  date: { type: 'date', required: true },
  unit: { type: 'text', required: true },
  activity: { type: 'code', required: true, codes: STAFFING_ACTIVITIES },
  staffHours: { type: 'decimal', required: true },
} as const satisfies CanonicalFields;

const repository = new StaffingRepository();

export const staffingSource = defineSourceKind({
  kind: 'staffing',
  defaultMapping: 'vagtplan-staffing.json',
  fields: STAFFING_FIELDS,
  route: 'staging',
  factTable: 'dw.fact_staffing',
  stagingTable: 'staging.stg_staffing',
  mapsServiceLabels: false,
  copyIntoStagingSql: repository.copyIntoStagingSql,
  promote: (tx, fileId, municipality) => repository.promote(tx, fileId, municipality),
  // Units and activities are read through the mapping; there are no service labels to map.

  createStager:
    ({ sourceFileId }) =>
    (record, row) => {
      const date = record.date;
      const hours = record.staffHours;
      const problems: FieldProblem[] = [];
      const year = Number(date.slice(0, 4));
      if (year < DATE_DIMENSION_YEARS.first || year > DATE_DIMENSION_YEARS.last) {
        problems.push({
          field: 'date',
          reason: `is outside the years the warehouse covers (${DATE_DIMENSION_YEARS.first}–${DATE_DIMENSION_YEARS.last})`,
        });
      }
      if (hours < 0) problems.push({ field: 'staffHours', reason: 'is negative' });
      if (hours > MAX_STAFF_HOURS_PER_ROW) {
        problems.push({
          field: 'staffHours',
          reason: `is more than ${MAX_STAFF_HOURS_PER_ROW} hours (200 staff round the clock)`,
        });
      }
      if (problems.length > 0) return problems;
      const key = dateKey(date);
      return {
        firstDateKey: key,
        lastDateKey: key,
        values: [sourceFileId, row, key, record.unit, record.activity, hours],
      };
    },
});
