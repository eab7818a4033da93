import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monthly weekday × quarter-hour rollups of the arrivals, so the peak-load profiles (peaks and the
 * dashboard's heatmap) read about twelve months × slots rows a year instead of every day's slots.
 * Only opening days (dw.dim_date.is_opening_day) are summed, as the profiles average over them.
 *
 * Each row also carries the divisor of that mean: the opening days of its weekday in its month on
 * which the channel had arrivals (at the row's site, and at any site of the municipality for visits).
 * It repeats on every slot of the month and weekday; months are disjoint, so a period's divisor is
 * the sum over its months of one row's value each.
 *
 * Filled from the daily arrivals; from now on the visits and calls loads rebuild the whole months
 * they touch in their transaction. Row-level security as on every table with a municipality. The
 * calendar's opening days are read when a month is rebuilt: a closure day added to the reference
 * data later reaches these rows with the next load of that month.
 */
export class ArrivalsMonthly1795392000019 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Grain: one row per municipality, month, ISO weekday, 15-minute slot and site: tickets drawn
      -- on the opening days of that weekday in that month.
      CREATE TABLE mart.visit_arrivals_monthly (
        municipality_code         char(4)  NOT NULL,
        month_start_key           integer  NOT NULL REFERENCES dw.dim_date,
        weekday                   smallint NOT NULL,
        time_key                  smallint NOT NULL REFERENCES dw.dim_time_of_day,
        site_id                   integer  NOT NULL,
        count_arrivals            integer  NOT NULL,
        -- Opening days of the weekday in the month with arrivals at this site / at any site.
        site_opening_days         smallint NOT NULL,
        municipality_opening_days smallint NOT NULL,
        PRIMARY KEY (municipality_code, month_start_key, weekday, time_key, site_id)
      );

      -- Grain: one row per municipality, month, ISO weekday and 15-minute slot: calls arriving on
      -- the opening days of that weekday in that month.
      CREATE TABLE mart.call_arrivals_monthly (
        municipality_code char(4)  NOT NULL,
        month_start_key   integer  NOT NULL REFERENCES dw.dim_date,
        weekday           smallint NOT NULL,
        time_key          smallint NOT NULL,
        count_calls       integer  NOT NULL,
        -- Opening days of the weekday in the month with calls.
        opening_days      smallint NOT NULL,
        PRIMARY KEY (municipality_code, month_start_key, weekday, time_key)
      );

      WITH opening AS (
        SELECT a.*, a.date_key / 100 * 100 + 1 AS month_start_key, d.weekday
        FROM mart.visit_arrivals a
        JOIN dw.dim_date d ON d.date_key = a.date_key AND d.is_opening_day
      ), site_days AS (
        SELECT municipality_code, month_start_key, weekday, site_id, count(DISTINCT date_key) AS n
        FROM opening GROUP BY 1, 2, 3, 4
      ), municipality_days AS (
        SELECT municipality_code, month_start_key, weekday, count(DISTINCT date_key) AS n
        FROM opening GROUP BY 1, 2, 3
      )
      INSERT INTO mart.visit_arrivals_monthly
      SELECT o.municipality_code, o.month_start_key, o.weekday, o.time_key, o.site_id,
             sum(o.count_arrivals), s.n, m.n
      FROM opening o
      JOIN site_days s USING (municipality_code, month_start_key, weekday, site_id)
      JOIN municipality_days m USING (municipality_code, month_start_key, weekday)
      GROUP BY o.municipality_code, o.month_start_key, o.weekday, o.time_key, o.site_id, s.n, m.n;

      WITH opening AS (
        SELECT a.*, a.date_key / 100 * 100 + 1 AS month_start_key, d.weekday
        FROM mart.call_arrivals a
        JOIN dw.dim_date d ON d.date_key = a.date_key AND d.is_opening_day
      ), days AS (
        SELECT municipality_code, month_start_key, weekday, count(DISTINCT date_key) AS n
        FROM opening GROUP BY 1, 2, 3
      )
      INSERT INTO mart.call_arrivals_monthly
      SELECT o.municipality_code, o.month_start_key, o.weekday, o.time_key, sum(o.count_calls), days.n
      FROM opening o
      JOIN days USING (municipality_code, month_start_key, weekday)
      GROUP BY o.municipality_code, o.month_start_key, o.weekday, o.time_key, days.n;

      -- Tenant isolation, as on every table with a municipality (migration 012).
      SELECT auth.enable_municipality_rls('mart.visit_arrivals_monthly'),
             auth.enable_municipality_rls('mart.call_arrivals_monthly');
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mart.call_arrivals_monthly, mart.visit_arrivals_monthly`);
  }
}
