import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rollups for calls and bookings, refreshed after every load like the visit rollups, so the
 * dashboard's queries never scan the event facts. Queue time is kept in buckets rather than
 * as one service-level figure: vendors disagree on the threshold and on which calls count, and
 * each variant (docs KPIS.md) is a sum over buckets.
 */
export class CallAndBookingRollups1795392000009 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Grain: one row per municipality, day, service, handler (municipality or hotline), outcome
      -- and queue-time bucket (its lower bound in seconds: 0, 5, 10, 20, 30, 45, 60, 90, 120, 180,
      -- 300; calls with no queue time fall in 0).
      CREATE TABLE mart.call_daily (
        municipality_code            char(4)  NOT NULL,
        date_key                     integer  NOT NULL,
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
        PRIMARY KEY (municipality_code, date_key, service_id, handled_by, outcome, queue_bucket_seconds)
      );

      -- Grain: one row per municipality, day and 15-minute slot: calls arriving.
      CREATE TABLE mart.call_arrivals (
        municipality_code char(4)  NOT NULL,
        date_key          integer  NOT NULL,
        time_key          smallint NOT NULL,
        count_calls       integer  NOT NULL,
        PRIMARY KEY (municipality_code, date_key, time_key)
      );

      -- Grain: one row per municipality, slot day, site, service, booking channel, status and the
      -- citizen's age band ('' when the booking had no CPR number).
      CREATE TABLE mart.booking_daily (
        municipality_code  char(4)  NOT NULL,
        slot_date_key      integer  NOT NULL,
        site_id            integer  NOT NULL,
        service_id         integer  NOT NULL,
        booking_channel    text     NOT NULL,
        status             text     NOT NULL,
        age_band_code      text     NOT NULL,
        count_bookings     integer  NOT NULL,
        sum_slot_minutes   bigint   NOT NULL,
        sum_lead_seconds   bigint   NOT NULL,
        PRIMARY KEY (municipality_code, slot_date_key, site_id, service_id, booking_channel, status, age_band_code)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE mart.booking_daily, mart.call_arrivals, mart.call_daily`);
  }
}
