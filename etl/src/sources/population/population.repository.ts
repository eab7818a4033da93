import type { QueryRunner } from 'typeorm';

const STAGING_COLUMNS = [
  'source_file_id',
  'source_row',
  'year',
  'age_band_code',
  'sex',
  'count_inhabitants',
];

/** SQL that moves one staged population table into dw.fact_population. */
export class PopulationRepository {
  readonly copyIntoStagingSql = `COPY staging.stg_population (${STAGING_COLUMNS.join(', ')}) FROM STDIN`;

  /**
   * A year, age band and sex the warehouse already has for the municipality is skipped as a
   * duplicate and keeps the first count (a total row without sex is its own key).
   */
  async promote(tx: QueryRunner, sourceFileId: number, municipalityCode: string): Promise<number> {
    const result = await tx.query(
      `INSERT INTO dw.fact_population (municipality_code, source_file_id, source_row, year, age_band_code, sex,
                                       count_inhabitants)
       SELECT $2, s.source_file_id, s.source_row, s.year, s.age_band_code, s.sex, s.count_inhabitants
       FROM staging.stg_population s
       WHERE s.source_file_id = $1
       ORDER BY s.source_row
       ON CONFLICT (municipality_code, year, age_band_code, (coalesce(sex, '-'))) DO NOTHING`,
      [sourceFileId, municipalityCode],
      true,
    );
    return result.affected ?? 0;
  }
}
