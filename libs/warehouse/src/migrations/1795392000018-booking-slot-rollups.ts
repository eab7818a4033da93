import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Daily and monthly rollups of booking capacity: offered slot minutes (dw.fact_booking_slot) beside
 * the minutes bookings hold, attend and miss (mart.booking_daily), so the capacity KPIs no longer
 * read every offered slot. Both sides in one row per site and service, because every capacity KPI
 * is a sum or a difference of sums over the same cells. A slot open to every service has no
 * service, so the service is nullable and the key treats nulls as equal.
 *
 * The booked, attended and no-show minutes are the booking rollup's slot minutes by status, so the
 * numbers are those the KPIs read from mart.booking_daily before. Filled from what is loaded; from
 * now on the booking-calendar and the bookings loads rebuild the days (and whole months) they touch
 * in their transaction. Row-level security as on every table with a municipality. No write policy:
 * like every rollup, only the ETL (the owner) writes them.
 */
export class BookingSlotRollups1795392000018 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Grain: one row per municipality, day, site and service (null: slots open to every service).
      CREATE TABLE mart.booking_slot_daily (
        municipality_code  char(4)  NOT NULL,
        date_key           integer  NOT NULL,
        site_id            integer  NOT NULL,
        service_id         integer,
        offered_minutes    bigint   NOT NULL,
        booked_minutes     bigint   NOT NULL,
        attended_minutes   bigint   NOT NULL,
        no_show_minutes    bigint   NOT NULL,
        CONSTRAINT booking_slot_daily_key
          UNIQUE NULLS NOT DISTINCT (municipality_code, date_key, site_id, service_id)
      );

      -- Grain: one row per municipality, month, site and service (null: open to every service).
      CREATE TABLE mart.booking_slot_monthly (
        municipality_code  char(4)  NOT NULL,
        month_start_key    integer  NOT NULL REFERENCES dw.dim_date,
        site_id            integer  NOT NULL,
        service_id         integer,
        offered_minutes    bigint   NOT NULL,
        booked_minutes     bigint   NOT NULL,
        attended_minutes   bigint   NOT NULL,
        no_show_minutes    bigint   NOT NULL,
        CONSTRAINT booking_slot_monthly_key
          UNIQUE NULLS NOT DISTINCT (municipality_code, month_start_key, site_id, service_id)
      );

      -- Booked = booked + attended + no-show: a cancelled or rescheduled booking frees its slot.
      INSERT INTO mart.booking_slot_daily
      SELECT municipality_code, date_key, site_id, service_id,
             sum(offered), sum(booked), sum(attended), sum(no_show)
      FROM (
        SELECT municipality_code, date_key, site_id, service_id,
               slot_minutes::bigint AS offered, 0::bigint AS booked, 0::bigint AS attended,
               0::bigint AS no_show
        FROM dw.fact_booking_slot
        UNION ALL
        SELECT municipality_code, slot_date_key, site_id, service_id, 0, sum_slot_minutes,
               CASE status WHEN 'attended' THEN sum_slot_minutes ELSE 0 END,
               CASE status WHEN 'no_show' THEN sum_slot_minutes ELSE 0 END
        FROM mart.booking_daily
        WHERE status IN ('booked', 'attended', 'no_show')
      ) minutes
      GROUP BY 1, 2, 3, 4;

      INSERT INTO mart.booking_slot_monthly
      SELECT municipality_code, date_key / 100 * 100 + 1, site_id, service_id, sum(offered_minutes),
             sum(booked_minutes), sum(attended_minutes), sum(no_show_minutes)
      FROM mart.booking_slot_daily
      GROUP BY 1, 2, 3, 4;

      -- Tenant isolation, as on every table with a municipality (migration 012).
      SELECT auth.enable_municipality_rls('mart.booking_slot_daily'),
             auth.enable_municipality_rls('mart.booking_slot_monthly');
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mart.booking_slot_monthly, mart.booking_slot_daily`);
  }
}
