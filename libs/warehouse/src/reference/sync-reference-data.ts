import { calendarDay } from '@kanalindsigt/calendar/danish-holidays';
import { eachDay } from '@kanalindsigt/calendar/local-date';
import type { DataSource, EntityManager } from 'typeorm';
import { SAMPLE_ANNOTATIONS, SAMPLE_TARGETS } from './annotations-and-targets';
import { SAMPLE_EVALUATION, SAMPLE_EVALUATIONS } from './evaluations';
import { AGE_BANDS, CHANNELS, DATE_DIMENSION_YEARS, DEFAULT_SITE } from './dimensions';
import { MUNICIPALITIES } from './municipalities';
import { SERVICE_CATALOGUE, SERVICE_LABELS } from './service-catalogue';

/**
 * Upserts the reference rows of the dimensions (dbt calls these seeds). Rows are passed as arrays
 * and unnested, so each table costs one statement however many rows it has.
 */
export async function syncReferenceData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const days = eachDay(
      `${DATE_DIMENSION_YEARS.first}-01-01`,
      `${DATE_DIMENSION_YEARS.last}-12-31`,
    ).map(calendarDay);
    await manager.query(
      `INSERT INTO dw.dim_date (date_key, date, year, quarter, month, iso_year, iso_week, weekday,
                               is_weekend, is_public_holiday, holiday_name_da, is_closure_day, is_opening_day)
       SELECT * FROM unnest($1::int[], $2::date[], $3::smallint[], $4::smallint[], $5::smallint[], $6::smallint[],
                            $7::smallint[], $8::smallint[], $9::bool[], $10::bool[], $11::text[], $12::bool[], $13::bool[])
       ON CONFLICT (date_key) DO UPDATE SET
         is_public_holiday = excluded.is_public_holiday, holiday_name_da = excluded.holiday_name_da,
         is_closure_day = excluded.is_closure_day, is_opening_day = excluded.is_opening_day`,
      [
        days.map((d) => d.dateKey),
        days.map((d) => d.date),
        days.map((d) => d.year),
        days.map((d) => d.quarter),
        days.map((d) => d.month),
        days.map((d) => d.isoYear),
        days.map((d) => d.isoWeek),
        days.map((d) => d.weekday),
        days.map((d) => d.isWeekend),
        days.map((d) => d.isPublicHoliday),
        days.map((d) => d.holidayNameDa),
        days.map((d) => d.isClosureDay),
        days.map((d) => d.isOpeningDay),
      ],
    );
    await manager.query(
      `INSERT INTO dw.dim_time_of_day (time_key, hour, minute, label)
       SELECT k, k / 4, (k % 4) * 15, to_char(make_time(k / 4, (k % 4) * 15, 0), 'HH24:MI')
       FROM generate_series(0, 95) AS k
       ON CONFLICT (time_key) DO NOTHING`,
    );
    await manager.query(
      `INSERT INTO dw.dim_municipality (municipality_code, name_da, region)
       SELECT * FROM unnest($1::char(4)[], $2::text[], $3::text[])
       ON CONFLICT (municipality_code) DO UPDATE SET name_da = excluded.name_da, region = excluded.region`,
      [
        MUNICIPALITIES.map((m) => m.code),
        MUNICIPALITIES.map((m) => m.nameDa),
        MUNICIPALITIES.map((m) => m.region),
      ],
    );
    await manager.query(
      `INSERT INTO dw.dim_site (municipality_code, site_code, name_da)
       SELECT municipality_code, $1, $2 FROM dw.dim_municipality
       ON CONFLICT (municipality_code, site_code) DO NOTHING`,
      [DEFAULT_SITE.code, DEFAULT_SITE.nameDa],
    );
    await manager.query(
      `INSERT INTO dw.dim_channel (channel_code, name_da, name_en, sort_order)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::smallint[])
       ON CONFLICT (channel_code) DO UPDATE SET name_da = excluded.name_da, name_en = excluded.name_en,
                                                sort_order = excluded.sort_order`,
      [
        CHANNELS.map((c) => c.code),
        CHANNELS.map((c) => c.nameDa),
        CHANNELS.map((c) => c.nameEn),
        CHANNELS.map((_, i) => i + 1),
      ],
    );
    await manager.query(
      `INSERT INTO dw.dim_age_band (age_band_code, min_age, max_age, sort_order)
       SELECT * FROM unnest($1::text[], $2::smallint[], $3::smallint[], $4::smallint[])
       ON CONFLICT (age_band_code) DO UPDATE SET min_age = excluded.min_age, max_age = excluded.max_age,
                                                 sort_order = excluded.sort_order`,
      [
        AGE_BANDS.map((a) => a.code),
        AGE_BANDS.map((a) => a.minAge),
        AGE_BANDS.map((a) => a.maxAge),
        AGE_BANDS.map((_, i) => i + 1),
      ],
    );
    await manager.query(
      `INSERT INTO dw.dim_service (service_code, name_da, name_en, service_group)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (service_code) DO UPDATE SET name_da = excluded.name_da, name_en = excluded.name_en,
                                                service_group = excluded.service_group`,
      [
        SERVICE_CATALOGUE.map((s) => s.code),
        SERVICE_CATALOGUE.map((s) => s.nameDa),
        SERVICE_CATALOGUE.map((s) => s.nameEn),
        SERVICE_CATALOGUE.map((s) => s.group),
      ],
    );
    const labels = Object.entries(SERVICE_LABELS).flatMap(([sourceSystem, map]) =>
      Object.entries(map).map(([label, serviceCode]) => ({ sourceSystem, label, serviceCode })),
    );
    await manager.query(
      `INSERT INTO dw.service_label_map (source_system, source_label, service_id)
       SELECT l.source_system, l.source_label, s.service_id
       FROM unnest($1::text[], $2::text[], $3::text[]) AS l (source_system, source_label, service_code)
       JOIN dw.dim_service s USING (service_code)
       ON CONFLICT (source_system, coalesce(municipality_code, '*'), lower(btrim(source_label)))
       DO UPDATE SET service_id = excluded.service_id`,
      [
        labels.map((l) => l.sourceSystem),
        labels.map((l) => l.label),
        labels.map((l) => l.serviceCode),
      ],
    );
    // Annotations and targets are business data admins edit: the sample's rows are seeded once,
    // so a row an admin has changed or deleted stays that way at the next start.
    const [seed] = await manager.query<{ first: boolean }[]>(
      `WITH applied AS (
         INSERT INTO dw.seed_log (seed_name) VALUES ('sample-annotations-and-targets')
         ON CONFLICT DO NOTHING RETURNING 1
       )
       SELECT EXISTS (SELECT 1 FROM applied) AS first`,
    );
    if (seed?.first) await seedSampleAnnotationsAndTargets(manager);
    await seedSampleEvaluations(manager);
  });
}

async function seedSampleAnnotationsAndTargets(manager: EntityManager): Promise<void> {
  await manager.query(
    `INSERT INTO dw.annotation (annotation_code, municipality_code, date_from, date_to, kind, label_da, label_en)
       SELECT * FROM unnest($1::text[], $2::char(4)[], $3::date[], $4::date[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT (coalesce(municipality_code, '*'), annotation_code) DO NOTHING`,
    [
      SAMPLE_ANNOTATIONS.map((a) => a.code),
      SAMPLE_ANNOTATIONS.map((a) => a.municipalityCode),
      SAMPLE_ANNOTATIONS.map((a) => a.dateFrom),
      SAMPLE_ANNOTATIONS.map((a) => a.dateTo),
      SAMPLE_ANNOTATIONS.map((a) => a.kind),
      SAMPLE_ANNOTATIONS.map((a) => a.labelDa),
      SAMPLE_ANNOTATIONS.map((a) => a.labelEn),
    ],
  );
  await manager.query(
    `INSERT INTO dw.target (municipality_code, kpi_id, comparator, value, unit, valid_from, label_da, label_en)
       SELECT * FROM unnest($1::char(4)[], $2::text[], $3::text[], $4::numeric[], $5::text[], $6::date[], $7::text[], $8::text[])
       ON CONFLICT (municipality_code, kpi_id, comparator, valid_from) DO NOTHING`,
    [
      SAMPLE_TARGETS.map((t) => t.municipalityCode),
      SAMPLE_TARGETS.map((t) => t.kpiId),
      SAMPLE_TARGETS.map((t) => t.comparator),
      SAMPLE_TARGETS.map((t) => t.value),
      SAMPLE_TARGETS.map((t) => t.unit),
      SAMPLE_TARGETS.map((t) => t.validFrom),
      SAMPLE_TARGETS.map((t) => t.labelDa),
      SAMPLE_TARGETS.map((t) => t.labelEn),
    ],
  );
}

/** The sample's evaluations are business data admins edit too: seeded once, as above. */
async function seedSampleEvaluations(manager: EntityManager): Promise<void> {
  const [seed] = await manager.query<{ first: boolean }[]>(
    `WITH applied AS (
       INSERT INTO dw.seed_log (seed_name) VALUES ('sample-evaluations')
       ON CONFLICT DO NOTHING RETURNING 1
     )
     SELECT EXISTS (SELECT 1 FROM applied) AS first`,
  );
  if (!seed?.first) return;
  await manager.query(
    `INSERT INTO dw.evaluation (municipality_code, evaluation_code, name, metric_label_da, metric_label_en,
                                metric, period_from, intervention_dates, family, exposure, exposure_series,
                                seasonality, fourier_harmonics, newey_west, exclusions, cost_per_fte_dkk,
                                target_fte, target_from, investment_dkk)
     SELECT $1, e.code, $2, e."metricLabelDa", e."metricLabelEn", e.metric, e."periodFrom", ARRAY[$3::date],
            e.family, e.exposure, e."exposureSeries", e.seasonality, e."fourierHarmonics",
            coalesce(e."neweyWest", false), e.exclusions, e."costPerFteDkk", e."targetFte", e."targetFrom",
            e."investmentDkk"
     FROM jsonb_to_recordset($4::jsonb) AS e (code text, "metricLabelDa" text, "metricLabelEn" text,
            metric jsonb, "periodFrom" date, family text, exposure text, "exposureSeries" jsonb,
            seasonality text, "fourierHarmonics" smallint, "neweyWest" boolean, exclusions jsonb,
            "costPerFteDkk" numeric, "targetFte" numeric, "targetFrom" date, "investmentDkk" numeric)
     ON CONFLICT (municipality_code, evaluation_code) DO NOTHING`,
    [
      SAMPLE_EVALUATION.municipalityCode,
      SAMPLE_EVALUATION.name,
      SAMPLE_EVALUATION.interventionDate,
      JSON.stringify(SAMPLE_EVALUATIONS),
    ],
  );
}
