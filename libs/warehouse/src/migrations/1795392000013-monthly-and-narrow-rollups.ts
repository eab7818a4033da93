import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monthly rollups of visits, calls and bookings: the measures of the daily rollups summed by
 * calendar month, so a dashboard asking by month, quarter or year over whole months reads about a
 * thirtieth of the rows (a year of København's calls is ~70,000 daily rows). A month is keyed by
 * the date key of its first day (20250301), so the day-key arithmetic that groups periods works on
 * both levels. The booking rollup leaves out the age band, which only the digital-exclusion view
 * and age splits ask for; the daily rollup still serves those. Filled from the daily rollups already
 * loaded; from now on the ETL rebuilds the months a load touches in the same transaction. Row-level
 * security as on every table with a municipality.
 *
 * Two narrow booking rollups serve views that read all of mart.booking_daily's ~70,000 rows a year
 * (København) for a handful of numbers: bookings by month, age band and channel (digital exclusion)
 * and by day and status (the peaks calendar's bookings due).
 */
export class MonthlyAndNarrowRollups1795392000013 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Grain: one row per municipality, month, site, service and booked/walk-in.
      CREATE TABLE mart.visit_monthly (
        municipality_code    char(4)  NOT NULL,
        month_start_key      integer  NOT NULL REFERENCES dw.dim_date,
        site_id              integer  NOT NULL,
        service_id           integer  NOT NULL,
        is_booked            boolean  NOT NULL,
        count_tickets        integer  NOT NULL,
        count_served         integer  NOT NULL,
        count_no_show        integer  NOT NULL,
        sum_wait_seconds     bigint   NOT NULL,
        count_waits          integer  NOT NULL,
        sum_handling_seconds bigint   NOT NULL,
        count_handled        integer  NOT NULL,
        PRIMARY KEY (municipality_code, month_start_key, site_id, service_id, is_booked)
      );

      -- Grain: one row per municipality, month, service, handler, outcome and queue-time bucket.
      CREATE TABLE mart.call_monthly (
        municipality_code            char(4)  NOT NULL,
        month_start_key              integer  NOT NULL REFERENCES dw.dim_date,
        service_id                   integer  NOT NULL,
        handled_by                   text     NOT NULL,
        outcome                      text     NOT NULL,
        queue_bucket_seconds         smallint NOT NULL,
        count_calls                  integer  NOT NULL,
        sum_queue_seconds            bigint   NOT NULL,
        sum_talk_seconds             bigint   NOT NULL,
        sum_hold_seconds             bigint   NOT NULL,
        sum_wrap_up_seconds          bigint   NOT NULL,
        count_first_contact_resolved integer  NOT NULL,
        count_resolution_coded       integer  NOT NULL,
        PRIMARY KEY (municipality_code, month_start_key, service_id, handled_by, outcome, queue_bucket_seconds)
      );

      -- Grain: one row per municipality, slot month, site, service, booking channel and status.
      CREATE TABLE mart.booking_monthly (
        municipality_code  char(4)  NOT NULL,
        month_start_key    integer  NOT NULL REFERENCES dw.dim_date,
        site_id            integer  NOT NULL,
        service_id         integer  NOT NULL,
        booking_channel    text     NOT NULL,
        status             text     NOT NULL,
        count_bookings     integer  NOT NULL,
        sum_slot_minutes   bigint   NOT NULL,
        sum_lead_seconds   bigint   NOT NULL,
        PRIMARY KEY (municipality_code, month_start_key, site_id, service_id, booking_channel, status)
      );

      -- Grain: one row per municipality, slot month, age band ('' without CPR) and booking
      -- channel: bookings of every status (the digital-exclusion view's booking channel by age).
      CREATE TABLE mart.booking_age_monthly (
        municipality_code  char(4)  NOT NULL,
        month_start_key    integer  NOT NULL REFERENCES dw.dim_date,
        age_band_code      text     NOT NULL,
        booking_channel    text     NOT NULL,
        count_bookings     integer  NOT NULL,
        PRIMARY KEY (municipality_code, month_start_key, age_band_code, booking_channel)
      );

      -- Grain: one row per municipality, slot day and status: bookings (the peaks calendar's
      -- bookings due per day).
      CREATE TABLE mart.booking_status_daily (
        municipality_code  char(4)  NOT NULL,
        slot_date_key      integer  NOT NULL REFERENCES dw.dim_date,
        status             text     NOT NULL,
        count_bookings     integer  NOT NULL,
        PRIMARY KEY (municipality_code, slot_date_key, status)
      );

      INSERT INTO mart.visit_monthly
      SELECT municipality_code, date_key / 100 * 100 + 1, site_id, service_id, is_booked,
             sum(count_tickets), sum(count_served), sum(count_no_show), sum(sum_wait_seconds),
             sum(count_waits), sum(sum_handling_seconds), sum(count_handled)
      FROM mart.visit_daily
      GROUP BY 1, 2, 3, 4, 5;

      INSERT INTO mart.call_monthly
      SELECT municipality_code, date_key / 100 * 100 + 1, service_id, handled_by, outcome,
             queue_bucket_seconds, sum(count_calls), sum(sum_queue_seconds), sum(sum_talk_seconds),
             sum(sum_hold_seconds), sum(sum_wrap_up_seconds), sum(count_first_contact_resolved),
             sum(count_resolution_coded)
      FROM mart.call_daily
      GROUP BY 1, 2, 3, 4, 5, 6;

      INSERT INTO mart.booking_monthly
      SELECT municipality_code, slot_date_key / 100 * 100 + 1, site_id, service_id,
             booking_channel, status, sum(count_bookings), sum(sum_slot_minutes),
             sum(sum_lead_seconds)
      FROM mart.booking_daily
      GROUP BY 1, 2, 3, 4, 5, 6;

      INSERT INTO mart.booking_age_monthly
      SELECT municipality_code, slot_date_key / 100 * 100 + 1, age_band_code, booking_channel,
             sum(count_bookings)
      FROM mart.booking_daily
      GROUP BY 1, 2, 3, 4;

      INSERT INTO mart.booking_status_daily
      SELECT municipality_code, slot_date_key, status, sum(count_bookings)
      FROM mart.booking_daily
      GROUP BY 1, 2, 3;

      -- Tenant isolation, as on every table with a municipality (migration 012).
      SELECT auth.enable_municipality_rls('mart.visit_monthly'),
             auth.enable_municipality_rls('mart.call_monthly'),
             auth.enable_municipality_rls('mart.booking_monthly'),
             auth.enable_municipality_rls('mart.booking_age_monthly'),
             auth.enable_municipality_rls('mart.booking_status_daily');
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TABLE mart.booking_status_daily, mart.booking_age_monthly, mart.booking_monthly,
                  mart.call_monthly, mart.visit_monthly`,
    );
  }
}
