import { dateKeyOf } from '@kanalindsigt/calendar/local-date';
import { AGE_BANDS, DATE_DIMENSION_YEARS } from '@kanalindsigt/warehouse/reference/dimensions';
import type { CanonicalFields } from '../mapping/canonical-field';
import { defineSourceKind, type FieldProblem } from '../source-kind';
import { PopulationRepository } from './population.repository';

/**
 * The sex code of a total row: Danmarks Statistik labels it ("I alt") where other tables leave the
 * cell empty; both are stored without a sex.
 */
export const BOTH_SEXES = 'total';

/** Inhabitants on 1 January per year, age band and sex; a row without sex is a total of both. */
export const POPULATION_FIELDS = {
  year: { type: 'integer', required: true },
  ageBand: { type: 'code', required: true, codes: AGE_BANDS.map((band) => band.code) },
  sex: { type: 'code', required: false, codes: ['M', 'F', BOTH_SEXES] },
  countInhabitants: { type: 'integer', required: true },
} as const satisfies CanonicalFields;

const repository = new PopulationRepository();

export const populationSource = defineSourceKind({
  kind: 'population',
  defaultMapping: 'dst-population.json',
  fields: POPULATION_FIELDS,
  route: 'staging',
  factTable: 'dw.fact_population',
  stagingTable: 'staging.stg_population',
  mapsServiceLabels: false,
  copyIntoStagingSql: repository.copyIntoStagingSql,
  promote: (tx, fileId, municipality) => repository.promote(tx, fileId, municipality),
  // Age bands and sexes are read through the mapping; there are no service labels to map.

  createStager: ({ sourceFileId }) => {
    // Rows seen so far in this file by year, age band and sex: a second count of the same
    // inhabitants would either be dropped silently or, summed, count them twice.
    const rowByKey = new Map<string, number>();
    return (record, row) => {
      const year = record.year;
      const ageBand = record.ageBand;
      const sex = record.sex === BOTH_SEXES ? null : record.sex;
      const count = record.countInhabitants;
      const problems: FieldProblem[] = [];
      if (year < DATE_DIMENSION_YEARS.first || year > DATE_DIMENSION_YEARS.last) {
        problems.push({
          field: 'year',
          reason: `is outside the years the warehouse covers (${DATE_DIMENSION_YEARS.first}–${DATE_DIMENSION_YEARS.last})`,
        });
      }
      if (count < 0) problems.push({ field: 'countInhabitants', reason: 'is negative' });
      const key = `${year}|${ageBand}|${sex ?? '-'}`;
      const earlier = rowByKey.get(key);
      if (earlier !== undefined) {
        problems.push({
          field: 'ageBand',
          reason: `repeats the {year}, {ageBand} and {sex} of row ${earlier}`,
        });
      }
      if (problems.length > 0) return problems;
      rowByKey.set(key, row);
      // The count is as of 1 January of the year.
      const dateKey = dateKeyOf({ year, month: 1, day: 1 });
      return {
        firstDateKey: dateKey,
        lastDateKey: dateKey,
        values: [sourceFileId, row, year, ageBand, sex, count],
      };
    };
  },
});
