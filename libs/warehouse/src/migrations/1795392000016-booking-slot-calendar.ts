import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The booking system's calendar export loads as a count kind: its rows are staged and promoted by
 * SQL. A slot is identified by its calendar (one bookable counter or case worker) and start, so
 * an overlapping re-export adds only the slots the warehouse lacks.
 */
export class BookingSlotCalendar1795392000016 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Null for slots entered without a calendar (tests); every loaded slot names its calendar.
      ALTER TABLE dw.fact_booking_slot ADD COLUMN calendar_label text;
      CREATE UNIQUE INDEX fact_booking_slot_once
        ON dw.fact_booking_slot (municipality_code, site_id, calendar_label, slot_start_at);

      -- Grain: one row per offered slot of the booking-calendar file being loaded.
      CREATE UNLOGGED TABLE staging.stg_booking_slot (
        source_file_id bigint      NOT NULL,
        source_row     integer     NOT NULL,
        site_id        integer     NOT NULL,
        calendar_label text        NOT NULL,
        service_label  text,
        slot_start_at  timestamptz NOT NULL,
        slot_minutes   smallint    NOT NULL,
        date_key       integer     NOT NULL,
        time_key       smallint    NOT NULL
      );
      CREATE INDEX stg_booking_slot_by_file ON staging.stg_booking_slot (source_file_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE staging.stg_booking_slot;
      DROP INDEX dw.fact_booking_slot_once;
      ALTER TABLE dw.fact_booking_slot DROP COLUMN calendar_label;
    `);
  }
}
