import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored evaluations (issue 5): the definition of an interrupted-time-series evaluation an admin
 * edits (metric, interventions, model, excluded periods, control, efficiency target), and the
 * latest fit of each, cached with the warehouse's data version so that a later ETL load makes the
 * next read refit (docs/evaluation.md, "Stored evaluations").
 */
export class Evaluations1795392000017 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      -- Grain: one row per evaluation of one municipality (one metric, one model). The series are
      -- KPIs of the API's catalogue with optional filters, stored as {"kpiId", "filters"} where
      -- filters maps a catalogue dimension (SERVICE, CHANNEL, AGE_BAND) to the values kept.
      CREATE TABLE dw.evaluation (
        evaluation_id      integer     GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        municipality_code  char(4)     NOT NULL REFERENCES dw.dim_municipality (municipality_code),
        evaluation_code    text        NOT NULL CHECK (evaluation_code ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
        name               text        NOT NULL,
        metric_label_da    text        NOT NULL,
        metric_label_en    text        NOT NULL,
        metric             jsonb       NOT NULL CHECK (jsonb_typeof(metric) = 'object'),
        grain              text        NOT NULL DEFAULT 'MONTH' CHECK (grain = 'MONTH'),
        period_from        date        NOT NULL,
        -- NULL: up to the last month with data.
        period_to          date        CHECK (period_to IS NULL OR period_to > period_from),
        intervention_dates date[]      NOT NULL CHECK (cardinality(intervention_dates) >= 1),
        family             text        NOT NULL CHECK (family IN ('poisson', 'quasipoisson', 'gaussian')),
        -- Poisson families: the offset log(exposure); gaussian: the response is divided by it.
        exposure           text        NOT NULL
          CHECK (exposure IN ('none', 'opening_days', 'denominator', 'series')),
        exposure_series    jsonb       CHECK ((exposure = 'series') = (exposure_series IS NOT NULL)),
        seasonality        text        NOT NULL CHECK (seasonality IN ('none', 'fourier', 'dummies')),
        fourier_harmonics  smallint    CHECK ((seasonality = 'fourier') = coalesce(fourier_harmonics BETWEEN 1 AND 6, false)),
        slope_change       boolean     NOT NULL DEFAULT false,
        newey_west         boolean     NOT NULL DEFAULT false CHECK (NOT newey_west OR family = 'gaussian'),
        -- [{"from", "to", "treatment": "drop" | "dummy", "label"}]: months overlapping a range.
        exclusions         jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(exclusions) = 'array'),
        control            jsonb       CHECK (control IS NULL OR jsonb_typeof(control) = 'object'),
        hours_per_fte      numeric     CHECK (hours_per_fte > 0),
        cost_per_fte_dkk   numeric     CHECK (cost_per_fte_dkk > 0),
        target_fte         numeric     CHECK (target_fte > 0),
        target_from        date,
        investment_dkk     numeric     CHECK (investment_dkk >= 0),
        -- Bumped by every save: a cached fit of an older revision is stale.
        revision           integer     NOT NULL DEFAULT 1,
        updated_at         timestamptz NOT NULL DEFAULT now(),
        UNIQUE (municipality_code, evaluation_code)
      );

      -- Grain: one row per evaluation, its latest fit (or the reason it could not be fitted), for
      -- the definition revision and data version (latest successful etl.run) it was fitted on.
      CREATE TABLE dw.evaluation_result (
        evaluation_id     integer     PRIMARY KEY REFERENCES dw.evaluation ON DELETE CASCADE,
        municipality_code char(4)     NOT NULL,
        revision          integer     NOT NULL,
        data_version      bigint      NOT NULL,
        fitted_at         timestamptz NOT NULL DEFAULT now(),
        result            jsonb,
        error_message     text,
        CHECK ((result IS NULL) <> (error_message IS NULL))
      );

      SELECT auth.enable_municipality_rls('dw.evaluation'),
             auth.enable_municipality_rls('dw.evaluation_result'),
             auth.enable_municipality_writes('dw.evaluation');
      GRANT USAGE ON SEQUENCE dw.evaluation_evaluation_id_seq TO kanalindsigt_reader;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      REVOKE USAGE ON SEQUENCE dw.evaluation_evaluation_id_seq FROM kanalindsigt_reader;
      DROP TABLE dw.evaluation_result;
      DROP TABLE dw.evaluation;
      DELETE FROM dw.seed_log WHERE seed_name = 'sample-evaluations';
    `);
  }
}
