import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Conformed dimensions. Their rows are reference data kept in `src/reference/` and upserted by
 * `syncReferenceData` after the migrations, so correcting a holiday or a label is a data change,
 * not a new migration.
 */
export class CreateDimensions1795392000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Grain: one row per calendar day. Opening days exclude weekends, Danish public holidays
      -- (Store bededag only up to 2023) and the days town halls close (5 June, 24 and 31 December).
      CREATE TABLE dw.dim_date (
        date_key          integer  PRIMARY KEY,
        date              date     NOT NULL UNIQUE,
        year              smallint NOT NULL,
        quarter           smallint NOT NULL CHECK (quarter BETWEEN 1 AND 4),
        month             smallint NOT NULL CHECK (month BETWEEN 1 AND 12),
        iso_year          smallint NOT NULL,
        iso_week          smallint NOT NULL CHECK (iso_week BETWEEN 1 AND 53),
        weekday           smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        is_weekend        boolean  NOT NULL,
        is_public_holiday boolean  NOT NULL,
        holiday_name_da   text,
        is_closure_day    boolean  NOT NULL,
        is_opening_day    boolean  NOT NULL,
        CHECK (date_key = (to_char(date, 'YYYYMMDD'))::integer)
      );

      -- Grain: one row per 15-minute slot of the day (0 = 00:00, 95 = 23:45).
      CREATE TABLE dw.dim_time_of_day (
        time_key smallint PRIMARY KEY CHECK (time_key BETWEEN 0 AND 95),
        hour     smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
        minute   smallint NOT NULL CHECK (minute IN (0, 15, 30, 45)),
        label    text     NOT NULL
      );

      -- Grain: one row per Danish municipality, keyed by its official code ('0169').
      CREATE TABLE dw.dim_municipality (
        municipality_code char(4) PRIMARY KEY CHECK (municipality_code ~ '^0[0-9]{3}$'),
        name_da           text    NOT NULL UNIQUE,
        region            text    NOT NULL
      );

      -- Grain: one row per physical or virtual service point of a municipality.
      CREATE TABLE dw.dim_site (
        site_id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_code char(4) NOT NULL REFERENCES dw.dim_municipality,
        site_code         text    NOT NULL,
        name_da           text    NOT NULL,
        UNIQUE (municipality_code, site_code)
      );

      -- Grain: one row per contact channel.
      CREATE TABLE dw.dim_channel (
        channel_code text     PRIMARY KEY,
        name_da      text     NOT NULL,
        name_en      text     NOT NULL,
        sort_order   smallint NOT NULL
      );

      -- Grain: one row per canonical service in the catalogue.
      CREATE TABLE dw.dim_service (
        service_id    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        service_code  text NOT NULL UNIQUE,
        name_da       text NOT NULL,
        name_en       text NOT NULL,
        service_group text NOT NULL
      );

      -- Grain: one row per source label (per source system, optionally per municipality) mapped
      -- to a canonical service. Labels compare case-insensitively after trimming.
      CREATE TABLE dw.service_label_map (
        service_label_map_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source_system        text    NOT NULL,
        municipality_code    char(4) REFERENCES dw.dim_municipality,
        source_label         text    NOT NULL,
        service_id           integer NOT NULL REFERENCES dw.dim_service
      );
      CREATE UNIQUE INDEX service_label_map_unique
        ON dw.service_label_map (source_system, coalesce(municipality_code, '*'), lower(btrim(source_label)));

      -- Grain: one row per age band used in reporting (derived from CPR at load time).
      CREATE TABLE dw.dim_age_band (
        age_band_code text     PRIMARY KEY,
        min_age       smallint NOT NULL,
        max_age       smallint,
        sort_order    smallint NOT NULL
      );
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TABLE dw.dim_age_band, dw.service_label_map, dw.dim_service, dw.dim_channel,
                 dw.dim_site, dw.dim_municipality, dw.dim_time_of_day, dw.dim_date;
    `);
  }
}
