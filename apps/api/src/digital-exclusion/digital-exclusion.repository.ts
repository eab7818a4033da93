import { Injectable } from '@nestjs/common';
import { dateKeyOf } from '@kanalindsigt/calendar/local-date';
import { Warehouse } from '../database/warehouse';

/** Years from..to inclusive of one municipality: every quarter of them is read. */
export interface YearRange {
  municipalityCode: string;
  fromYear: number;
  toYear: number;
}

export interface VisitAgeRow {
  year: number;
  quarter: number;
  age_band_code: string;
  is_booked: boolean;
  walk_in_resolution: string;
  is_assisted_self_service: boolean;
  count: number;
}

export interface BookingAgeRow {
  year: number;
  quarter: number;
  age_band_code: string;
  booking_channel: string;
  count: number;
}

export interface PopulationRow {
  year: number;
  age_band_code: string;
  inhabitants: number;
}

export interface QuarterCountRow {
  year: number;
  quarter: number;
  count: number;
}

/** The quarter of a date key (YYYYMMDD) in plain integer arithmetic, so no join to dw.dim_date. */
const YEAR = (key: string) => `${key} / 10000`;
const QUARTER = (key: string) => `(${key} / 100 % 100 + 2) / 3`;

/** The bind parameters of a municipality's years: $1 the code, $2 1 January, $3 31 December. */
const yearKeys = (municipalityCode: string, fromYear: number, toYear: number) => [
  municipalityCode,
  dateKeyOf({ year: fromYear, month: 1, day: 1 }),
  dateKeyOf({ year: toYear, month: 12, day: 31 }),
];

/** Quarter sums for the councils' view, read from the rollups (and the small count facts). */
@Injectable()
export class DigitalExclusionRepository {
  constructor(private readonly warehouse: Warehouse) {}

  visits({ municipalityCode, fromYear, toYear }: YearRange): Promise<VisitAgeRow[]> {
    return this.warehouse.query(
      `SELECT ${YEAR('date_key')} AS year, ${QUARTER('date_key')} AS quarter, age_band_code, is_booked,
              walk_in_resolution, is_assisted_self_service, sum(count_visits)::int AS count
       FROM mart.visit_age_daily
       WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
       GROUP BY 1, 2, 3, 4, 5, 6`,
      yearKeys(municipalityCode, fromYear, toYear),
    );
  }

  /**
   * Bookings of every status: a cancelled booking was still made through its channel. Read by month
   * from the rollup by age band and channel (a few hundred rows a year, not every site, service,
   * status and day).
   */
  bookings({ municipalityCode, fromYear, toYear }: YearRange): Promise<BookingAgeRow[]> {
    return this.warehouse.query(
      `SELECT ${YEAR('month_start_key')} AS year, ${QUARTER('month_start_key')} AS quarter, age_band_code,
              booking_channel, sum(count_bookings)::int AS count
       FROM mart.booking_age_monthly
       WHERE municipality_code = $1 AND month_start_key BETWEEN $2 AND $3
       GROUP BY 1, 2, 3, 4`,
      yearKeys(municipalityCode, fromYear, toYear),
    );
  }

  /** Inhabitants per year and band: the total row where loaded, else the rows by sex summed. */
  population({ municipalityCode, fromYear, toYear }: YearRange): Promise<PopulationRow[]> {
    return this.warehouse.query(
      `SELECT year::int AS year, age_band_code,
              coalesce(sum(count_inhabitants) FILTER (WHERE sex IS NULL), sum(count_inhabitants))::int AS inhabitants
       FROM dw.fact_population
       WHERE municipality_code = $1 AND year BETWEEN $2 AND $3
       GROUP BY 1, 2`,
      [municipalityCode, fromYear, toYear],
    );
  }

  /** Exemptions from Digital Post, in the quarter their reporting period starts. */
  digitalPostExemptions({
    municipalityCode,
    fromYear,
    toYear,
  }: YearRange): Promise<QuarterCountRow[]> {
    return this.warehouse.query(
      `SELECT extract(year FROM period_start)::int AS year, extract(quarter FROM period_start)::int AS quarter,
              sum(count_uses)::int AS count
       FROM dw.fact_self_service_usage
       WHERE municipality_code = $1 AND usage_kind = 'digital_post_exemption'
         AND period_start BETWEEN make_date($2, 1, 1) AND make_date($3, 12, 31)
       GROUP BY 1, 2`,
      [municipalityCode, fromYear, toYear],
    );
  }
}
