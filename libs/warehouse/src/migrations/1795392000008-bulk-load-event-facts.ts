import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Their staging tables, no longer used, as they were (for `down`). */
const EVENT_STAGING_TABLES = `
  CREATE UNLOGGED TABLE staging.stg_visit (
    source_file_id bigint NOT NULL, source_row integer NOT NULL, ticket_ref text NOT NULL,
    site_code text NOT NULL, service_label text NOT NULL, counter_name text,
    ticket_created_at timestamptz NOT NULL, called_at timestamptz, service_ended_at timestamptz,
    is_booked boolean NOT NULL, outcome text NOT NULL, wait_seconds integer, handling_seconds integer,
    date_key integer NOT NULL, arrival_time_key smallint NOT NULL
  );
  CREATE INDEX stg_visit_by_file ON staging.stg_visit (source_file_id);
  CREATE UNLOGGED TABLE staging.stg_call (
    source_file_id bigint NOT NULL, source_row integer NOT NULL, call_ref text NOT NULL,
    queue_label text NOT NULL, ivr_choice text, service_label text NOT NULL,
    arrived_at timestamptz NOT NULL, answered_at timestamptz, ended_at timestamptz NOT NULL,
    outcome text NOT NULL, handled_by text NOT NULL, queue_seconds integer, talk_seconds integer,
    hold_seconds integer, wrap_up_seconds integer, is_first_contact_resolved boolean,
    date_key integer NOT NULL, arrival_time_key smallint NOT NULL
  );
  CREATE INDEX stg_call_by_file ON staging.stg_call (source_file_id);
  CREATE UNLOGGED TABLE staging.stg_booking (
    source_file_id bigint NOT NULL, source_row integer NOT NULL, booking_ref text NOT NULL,
    site_code text NOT NULL, service_label text NOT NULL, booked_at timestamptz NOT NULL,
    booking_channel text NOT NULL, slot_start_at timestamptz NOT NULL, slot_minutes smallint NOT NULL,
    slot_date_key integer NOT NULL, slot_time_key smallint NOT NULL, status text NOT NULL,
    citizen_pseudonym char(64), age_band_code text, sex char(1)
  );
  CREATE INDEX stg_booking_by_file ON staging.stg_booking (source_file_id);
`;

/** The event-level facts: surrogate key, natural key and foreign keys. */
const EVENT_FACTS: readonly {
  table: string;
  id: string;
  ref: string;
  references: Record<string, string>;
}[] = [
  {
    table: 'fact_visit',
    id: 'visit_id',
    ref: 'ticket_ref',
    references: {
      municipality_code: 'dw.dim_municipality',
      site_id: 'dw.dim_site',
      service_id: 'dw.dim_service',
      date_key: 'dw.dim_date',
      arrival_time_key: 'dw.dim_time_of_day',
      age_band_code: 'dw.dim_age_band',
    },
  },
  {
    table: 'fact_call',
    id: 'call_id',
    ref: 'call_ref',
    references: {
      municipality_code: 'dw.dim_municipality',
      service_id: 'dw.dim_service',
      date_key: 'dw.dim_date',
      arrival_time_key: 'dw.dim_time_of_day',
    },
  },
  {
    table: 'fact_booking',
    id: 'booking_id',
    ref: 'booking_ref',
    references: {
      municipality_code: 'dw.dim_municipality',
      site_id: 'dw.dim_site',
      service_id: 'dw.dim_service',
      slot_date_key: 'dw.dim_date',
      slot_time_key: 'dw.dim_time_of_day',
      age_band_code: 'dw.dim_age_band',
    },
  },
];

/**
 * Event-level facts (tickets, calls, bookings) are bulk-loaded with binary COPY straight into the
 * fact table. Per-row foreign-key triggers, a surrogate key nobody reads and a unique index on the
 * reference cost more than the COPY itself, so they go: the loader resolves every key from the
 * dimensions before a row is written and removes duplicate references itself (see etl/src/load),
 * and integration tests check referential integrity and uniqueness after loads, as dbt data tests
 * would. The B-tree on (municipality, day) stays: rollup refreshes and queries need its precision,
 * and it costs the server less per row than parsing costs the loader. A file's rows are found by
 * a BRIN index (deleting a superseded file, settling suspected repeats), which costs the load
 * almost nothing; the loader summarizes the ranges it filled. Their staging tables go too: rows
 * no longer pass through them.
 */
export class BulkLoadEventFacts1795392000008 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE staging.stg_visit, staging.stg_call, staging.stg_booking`);
    for (const fact of EVENT_FACTS) {
      await queryRunner.query(`
        ALTER TABLE dw.${fact.table} DROP COLUMN ${fact.id};
        ALTER TABLE dw.${fact.table} DROP CONSTRAINT ${fact.table}_municipality_code_${fact.ref}_key;
        ${Object.entries(fact.references)
          .map(
            ([column]) =>
              `ALTER TABLE dw.${fact.table} DROP CONSTRAINT ${fact.table}_${column}_fkey;`,
          )
          .join('\n')}
        ALTER TABLE dw.${fact.table} DROP CONSTRAINT ${fact.table}_source_file_id_fkey;
        DROP INDEX dw.${fact.table}_by_file;
        CREATE INDEX ${fact.table}_by_file ON dw.${fact.table} USING brin (source_file_id)
          WITH (autosummarize = on);
      `);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fact of EVENT_FACTS) {
      await queryRunner.query(`
        DROP INDEX dw.${fact.table}_by_file;
        CREATE INDEX ${fact.table}_by_file ON dw.${fact.table} (source_file_id);
        ALTER TABLE dw.${fact.table}
          ADD CONSTRAINT ${fact.table}_source_file_id_fkey
            FOREIGN KEY (source_file_id) REFERENCES etl.source_file ON DELETE CASCADE;
        ${Object.entries(fact.references)
          .map(
            ([column, dimension]) =>
              `ALTER TABLE dw.${fact.table} ADD CONSTRAINT ${fact.table}_${column}_fkey FOREIGN KEY (${column}) REFERENCES ${dimension};`,
          )
          .join('\n')}
        ALTER TABLE dw.${fact.table}
          ADD CONSTRAINT ${fact.table}_municipality_code_${fact.ref}_key UNIQUE (municipality_code, ${fact.ref});
        ALTER TABLE dw.${fact.table} ADD COLUMN ${fact.id} bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
      `);
    }
    await queryRunner.query(EVENT_STAGING_TABLES);
  }
}
