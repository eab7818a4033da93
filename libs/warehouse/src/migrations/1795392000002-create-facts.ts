import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Facts for every channel. Each carries municipality, source file and source row, so a figure
 * can be traced to the line it came from and the tables can later be distributed by municipality.
 * Timestamps are stored as timestamptz; date and time keys are Copenhagen wall-clock time.
 */
export class CreateFacts1795392000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Grain: one row per queue ticket (personal attendance). A ticket recalled after a no-show
      -- is still one row.
      CREATE TABLE dw.fact_visit (
        visit_id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_code     char(4)     NOT NULL REFERENCES dw.dim_municipality,
        source_file_id        bigint      NOT NULL REFERENCES etl.source_file ON DELETE CASCADE,
        source_row            integer     NOT NULL,
        ticket_ref            text        NOT NULL,
        site_id               integer     NOT NULL REFERENCES dw.dim_site,
        service_id            integer     NOT NULL REFERENCES dw.dim_service,
        service_label         text        NOT NULL,
        date_key              integer     NOT NULL REFERENCES dw.dim_date,
        arrival_time_key      smallint    NOT NULL REFERENCES dw.dim_time_of_day,
        ticket_created_at     timestamptz NOT NULL,
        called_at             timestamptz,
        service_ended_at      timestamptz,
        slot_start_at         timestamptz,
        counter_name          text,
        is_booked             boolean     NOT NULL,
        outcome               text        NOT NULL CHECK (outcome IN ('served', 'no_show')),
        wait_seconds          integer     CHECK (wait_seconds >= 0),
        handling_seconds      integer     CHECK (handling_seconds >= 0),
        age_band_code         text        REFERENCES dw.dim_age_band,
        walk_in_resolution    text        CHECK (walk_in_resolution IN ('helped_at_once', 'same_day_slot', 'sent_away')),
        is_assisted_self_service boolean  NOT NULL DEFAULT false,
        UNIQUE (municipality_code, ticket_ref),
        CHECK (called_at IS NULL OR called_at >= ticket_created_at),
        CHECK (service_ended_at IS NULL OR (called_at IS NOT NULL AND service_ended_at >= called_at)),
        CHECK (outcome <> 'served' OR called_at IS NOT NULL)
      );
      CREATE INDEX fact_visit_by_day ON dw.fact_visit (municipality_code, date_key);
      CREATE INDEX fact_visit_by_file ON dw.fact_visit (source_file_id);

      -- Grain: one row per call that reached the telephony platform.
      CREATE TABLE dw.fact_call (
        call_id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_code        char(4)     NOT NULL REFERENCES dw.dim_municipality,
        source_file_id           bigint      NOT NULL REFERENCES etl.source_file ON DELETE CASCADE,
        source_row               integer     NOT NULL,
        call_ref                 text        NOT NULL,
        queue_label              text        NOT NULL,
        ivr_choice               text,
        service_id               integer     NOT NULL REFERENCES dw.dim_service,
        date_key                 integer     NOT NULL REFERENCES dw.dim_date,
        arrival_time_key         smallint    NOT NULL REFERENCES dw.dim_time_of_day,
        arrived_at               timestamptz NOT NULL,
        answered_at              timestamptz,
        ended_at                 timestamptz NOT NULL,
        outcome                  text        NOT NULL CHECK (outcome IN
                                   ('answered', 'abandoned', 'transferred', 'forwarded_hotline', 'callback', 'ivr_only')),
        handled_by               text        NOT NULL DEFAULT 'municipality' CHECK (handled_by IN ('municipality', 'hotline')),
        queue_seconds            integer     CHECK (queue_seconds >= 0),
        talk_seconds             integer     CHECK (talk_seconds >= 0),
        hold_seconds             integer     CHECK (hold_seconds >= 0),
        wrap_up_seconds          integer     CHECK (wrap_up_seconds >= 0),
        is_first_contact_resolved boolean,
        UNIQUE (municipality_code, call_ref),
        CHECK (ended_at >= arrived_at),
        CHECK (answered_at IS NULL OR answered_at >= arrived_at)
      );
      CREATE INDEX fact_call_by_day ON dw.fact_call (municipality_code, date_key);
      CREATE INDEX fact_call_by_file ON dw.fact_call (source_file_id);

      -- Grain: one row per booking (appointment) in the booking system. The citizen appears only
      -- as a keyed pseudonym with age band and sex derived at load; the CPR number is never stored.
      CREATE TABLE dw.fact_booking (
        booking_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_code   char(4)     NOT NULL REFERENCES dw.dim_municipality,
        source_file_id      bigint      NOT NULL REFERENCES etl.source_file ON DELETE CASCADE,
        source_row          integer     NOT NULL,
        booking_ref         text        NOT NULL,
        site_id             integer     NOT NULL REFERENCES dw.dim_site,
        service_id          integer     NOT NULL REFERENCES dw.dim_service,
        service_label       text        NOT NULL,
        booked_at           timestamptz NOT NULL,
        booking_channel     text        NOT NULL CHECK (booking_channel IN ('web', 'phone', 'counter', 'floorwalker')),
        slot_start_at       timestamptz NOT NULL,
        slot_minutes        smallint    NOT NULL CHECK (slot_minutes > 0),
        slot_date_key       integer     NOT NULL REFERENCES dw.dim_date,
        slot_time_key       smallint    NOT NULL REFERENCES dw.dim_time_of_day,
        status              text        NOT NULL CHECK (status IN ('booked', 'attended', 'no_show', 'cancelled', 'rescheduled')),
        citizen_pseudonym   char(64),
        age_band_code       text        REFERENCES dw.dim_age_band,
        sex                 char(1)     CHECK (sex IN ('F', 'M')),
        UNIQUE (municipality_code, booking_ref),
        CHECK (slot_start_at >= booked_at - interval '1 day')
      );
      CREATE INDEX fact_booking_by_day ON dw.fact_booking (municipality_code, slot_date_key);
      CREATE INDEX fact_booking_by_file ON dw.fact_booking (source_file_id);

      -- Grain: one row per slot offered in the booking calendar (the supply side).
      CREATE TABLE dw.fact_booking_slot (
        booking_slot_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_code  char(4)     NOT NULL REFERENCES dw.dim_municipality,
        source_file_id     bigint      NOT NULL REFERENCES etl.source_file ON DELETE CASCADE,
        source_row         integer     NOT NULL,
        site_id            integer     NOT NULL REFERENCES dw.dim_site,
        service_id         integer     REFERENCES dw.dim_service,
        slot_start_at      timestamptz NOT NULL,
        slot_minutes       smallint    NOT NULL CHECK (slot_minutes > 0),
        date_key           integer     NOT NULL REFERENCES dw.dim_date,
        time_key           smallint    NOT NULL REFERENCES dw.dim_time_of_day
      );
      CREATE INDEX fact_booking_slot_by_day ON dw.fact_booking_slot (municipality_code, date_key);

      -- Grain: one row per self-service solution (or service), usage kind and period.
      CREATE TABLE dw.fact_self_service_usage (
        self_service_usage_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_code     char(4) NOT NULL REFERENCES dw.dim_municipality,
        source_file_id        bigint  NOT NULL REFERENCES etl.source_file ON DELETE CASCADE,
        source_row            integer NOT NULL,
        solution_label        text    NOT NULL,
        service_id            integer NOT NULL REFERENCES dw.dim_service,
        usage_kind            text    NOT NULL CHECK (usage_kind IN
                                ('digital', 'assisted_digital', 'paper', 'chatbot_session', 'pickup_box', 'digital_post_exemption')),
        period_start          date    NOT NULL,
        period_end            date    NOT NULL,
        count_uses            integer NOT NULL CHECK (count_uses >= 0),
        CHECK (period_end >= period_start)
      );
      CREATE INDEX fact_self_service_usage_by_period ON dw.fact_self_service_usage (municipality_code, period_start);

      -- Grain: one row per day, unit and activity from the staffing rota.
      CREATE TABLE dw.fact_staffing (
        staffing_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_code  char(4)      NOT NULL REFERENCES dw.dim_municipality,
        source_file_id     bigint       NOT NULL REFERENCES etl.source_file ON DELETE CASCADE,
        source_row         integer      NOT NULL,
        date_key           integer      NOT NULL REFERENCES dw.dim_date,
        unit               text         NOT NULL,
        activity           text         NOT NULL CHECK (activity IN ('counter', 'phone', 'back_office')),
        staff_hours        numeric(8,2) NOT NULL CHECK (staff_hours >= 0 AND staff_hours <= 24 * 200)
      );
      CREATE INDEX fact_staffing_by_day ON dw.fact_staffing (municipality_code, date_key);

      -- Grain: one row per municipality, year, age band and sex (inhabitants on 1 January).
      CREATE TABLE dw.fact_population (
        population_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_code  char(4)  NOT NULL REFERENCES dw.dim_municipality,
        source_file_id     bigint   NOT NULL REFERENCES etl.source_file ON DELETE CASCADE,
        source_row         integer  NOT NULL,
        year               smallint NOT NULL,
        age_band_code      text     NOT NULL REFERENCES dw.dim_age_band,
        sex                char(1)  CHECK (sex IN ('F', 'M')),
        count_inhabitants  integer  NOT NULL CHECK (count_inhabitants >= 0)
      );
      CREATE UNIQUE INDEX fact_population_unique
        ON dw.fact_population (municipality_code, year, age_band_code, coalesce(sex, '-'));

      -- Grain: one row per service and period where only counts exist (e.g. the Ballerup table).
      CREATE TABLE dw.fact_visit_aggregate (
        visit_aggregate_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_code  char(4) NOT NULL REFERENCES dw.dim_municipality,
        source_file_id     bigint  NOT NULL REFERENCES etl.source_file ON DELETE CASCADE,
        source_row         integer NOT NULL,
        service_id         integer NOT NULL REFERENCES dw.dim_service,
        service_label      text    NOT NULL,
        period_start       date    NOT NULL,
        period_end         date    NOT NULL,
        count_visits       integer NOT NULL CHECK (count_visits >= 0),
        note               text,
        CHECK (period_end >= period_start)
      );
      CREATE INDEX fact_visit_aggregate_by_period ON dw.fact_visit_aggregate (municipality_code, period_start);

      -- Grain: one row per municipality, reporting line and period of a call aggregate (e.g. the
      -- inter-municipal hotline's monthly figures).
      CREATE TABLE dw.fact_call_aggregate (
        call_aggregate_id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_code             char(4)      NOT NULL REFERENCES dw.dim_municipality,
        source_file_id                bigint       NOT NULL REFERENCES etl.source_file ON DELETE CASCADE,
        source_row                    integer      NOT NULL,
        reporting_line                text         NOT NULL,
        period_start                  date         NOT NULL,
        period_end                    date         NOT NULL,
        count_offered                 integer      NOT NULL CHECK (count_offered >= 0),
        count_answered                integer      NOT NULL CHECK (count_answered >= 0),
        count_first_contact_resolved  integer      CHECK (count_first_contact_resolved >= 0),
        mean_wait_seconds             numeric(8,1) CHECK (mean_wait_seconds >= 0),
        CHECK (period_end >= period_start),
        CHECK (count_answered <= count_offered)
      );
      CREATE INDEX fact_call_aggregate_by_period ON dw.fact_call_aggregate (municipality_code, period_start);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE dw.fact_call_aggregate, dw.fact_visit_aggregate, dw.fact_population,
                 dw.fact_staffing, dw.fact_self_service_usage, dw.fact_booking_slot,
                 dw.fact_booking, dw.fact_call, dw.fact_visit;
    `);
  }
}
