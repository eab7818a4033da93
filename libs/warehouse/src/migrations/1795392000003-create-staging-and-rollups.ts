import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staging tables (typed rows of the file being loaded; emptied when the load commits) and the
 * rollups that dashboard queries read instead of the facts.
 */
export class CreateStagingAndRollups1795392000003 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Grain: one row per ticket row of the file being loaded. Unlogged: its rows live only
      -- inside the load's transaction, so crash safety comes from that transaction.
      CREATE UNLOGGED TABLE staging.stg_visit (
        source_file_id     bigint      NOT NULL,
        source_row         integer     NOT NULL,
        ticket_ref         text        NOT NULL,
        site_code          text        NOT NULL,
        service_label      text        NOT NULL,
        counter_name       text,
        ticket_created_at  timestamptz NOT NULL,
        called_at          timestamptz,
        service_ended_at   timestamptz,
        is_booked          boolean     NOT NULL,
        outcome            text        NOT NULL,
        wait_seconds       integer,
        handling_seconds   integer,
        date_key           integer     NOT NULL,
        arrival_time_key   smallint    NOT NULL
      );
      CREATE INDEX stg_visit_by_file ON staging.stg_visit (source_file_id);

      -- Grain: one row per municipality, day, site, service and booked/walk-in.
      CREATE TABLE mart.visit_daily (
        municipality_code    char(4)  NOT NULL,
        date_key             integer  NOT NULL REFERENCES dw.dim_date,
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
        PRIMARY KEY (municipality_code, date_key, site_id, service_id, is_booked)
      );

      -- Grain: one row per municipality, day, 15-minute slot and site: tickets drawn (arrivals).
      CREATE TABLE mart.visit_arrivals (
        municipality_code char(4)  NOT NULL,
        date_key          integer  NOT NULL REFERENCES dw.dim_date,
        time_key          smallint NOT NULL REFERENCES dw.dim_time_of_day,
        site_id           integer  NOT NULL,
        count_arrivals    integer  NOT NULL,
        PRIMARY KEY (municipality_code, date_key, time_key, site_id)
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE mart.visit_arrivals, mart.visit_daily, staging.stg_visit;
    `);
  }
}
