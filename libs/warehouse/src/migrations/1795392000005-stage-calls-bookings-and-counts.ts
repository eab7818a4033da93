import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staging tables for the remaining source kinds, and the natural keys that make a re-sent row a
 * duplicate instead of a second count.
 */
export class StageCallsBookingsAndCounts1795392000005 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Grain: one row per call row of the file being loaded.
      CREATE UNLOGGED TABLE staging.stg_call (
        source_file_id            bigint      NOT NULL,
        source_row                integer     NOT NULL,
        call_ref                  text        NOT NULL,
        queue_label               text        NOT NULL,
        ivr_choice                text,
        service_label             text        NOT NULL,
        arrived_at                timestamptz NOT NULL,
        answered_at               timestamptz,
        ended_at                  timestamptz NOT NULL,
        outcome                   text        NOT NULL,
        handled_by                text        NOT NULL,
        queue_seconds             integer,
        talk_seconds              integer,
        hold_seconds              integer,
        wrap_up_seconds           integer,
        is_first_contact_resolved boolean,
        date_key                  integer     NOT NULL,
        arrival_time_key          smallint    NOT NULL
      );
      CREATE INDEX stg_call_by_file ON staging.stg_call (source_file_id);

      -- Grain: one row per reporting line and period of a call aggregate being loaded.
      CREATE UNLOGGED TABLE staging.stg_call_aggregate (
        source_file_id               bigint       NOT NULL,
        source_row                   integer      NOT NULL,
        reporting_line               text         NOT NULL,
        period_start                 date         NOT NULL,
        period_end                   date         NOT NULL,
        count_offered                integer      NOT NULL,
        count_answered               integer      NOT NULL,
        count_first_contact_resolved integer,
        mean_wait_seconds            numeric(8,1)
      );
      CREATE INDEX stg_call_aggregate_by_file ON staging.stg_call_aggregate (source_file_id);
      CREATE UNIQUE INDEX fact_call_aggregate_once
        ON dw.fact_call_aggregate (municipality_code, reporting_line, period_start, period_end);

      -- Grain: one row per booking row of the file being loaded. The CPR number never comes here:
      -- the loader derives pseudonym, age band and sex before staging.
      CREATE UNLOGGED TABLE staging.stg_booking (
        source_file_id     bigint      NOT NULL,
        source_row         integer     NOT NULL,
        booking_ref        text        NOT NULL,
        site_code          text        NOT NULL,
        service_label      text        NOT NULL,
        booked_at          timestamptz NOT NULL,
        booking_channel    text        NOT NULL,
        slot_start_at      timestamptz NOT NULL,
        slot_minutes       smallint    NOT NULL,
        slot_date_key      integer     NOT NULL,
        slot_time_key      smallint    NOT NULL,
        status             text        NOT NULL,
        citizen_pseudonym  char(64),
        age_band_code      text,
        sex                char(1)
      );
      CREATE INDEX stg_booking_by_file ON staging.stg_booking (source_file_id);

      -- Grain: one row per solution, usage kind and period row of the file being loaded.
      CREATE UNLOGGED TABLE staging.stg_self_service_usage (
        source_file_id bigint  NOT NULL,
        source_row     integer NOT NULL,
        solution_label text    NOT NULL,
        service_label  text    NOT NULL,
        usage_kind     text    NOT NULL,
        period_start   date    NOT NULL,
        period_end     date    NOT NULL,
        count_uses     integer NOT NULL
      );
      CREATE INDEX stg_self_service_usage_by_file ON staging.stg_self_service_usage (source_file_id);
      CREATE UNIQUE INDEX fact_self_service_usage_once
        ON dw.fact_self_service_usage (municipality_code, (lower(btrim(solution_label))), usage_kind, period_start, period_end);

      -- Grain: one row per day, unit and activity row of the rota file being loaded.
      CREATE UNLOGGED TABLE staging.stg_staffing (
        source_file_id bigint       NOT NULL,
        source_row     integer      NOT NULL,
        date_key       integer      NOT NULL,
        unit           text         NOT NULL,
        activity       text         NOT NULL,
        staff_hours    numeric(8,2) NOT NULL
      );
      CREATE INDEX stg_staffing_by_file ON staging.stg_staffing (source_file_id);
      CREATE UNIQUE INDEX fact_staffing_once ON dw.fact_staffing (municipality_code, date_key, unit, activity);

      -- Grain: one row per year, age band and sex row of the population file being loaded.
      CREATE UNLOGGED TABLE staging.stg_population (
        source_file_id    bigint   NOT NULL,
        source_row        integer  NOT NULL,
        year              smallint NOT NULL,
        age_band_code     text     NOT NULL,
        sex               char(1),
        count_inhabitants integer  NOT NULL
      );
      CREATE INDEX stg_population_by_file ON staging.stg_population (source_file_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX dw.fact_staffing_once, dw.fact_self_service_usage_once, dw.fact_call_aggregate_once;
      DROP TABLE staging.stg_population, staging.stg_staffing, staging.stg_self_service_usage,
                 staging.stg_booking, staging.stg_call_aggregate, staging.stg_call;
    `);
  }
}
