import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { toCopenhagenWallClock } from '@kanalindsigt/calendar/copenhagen-time';
import { addDays, formatIsoDate } from '@kanalindsigt/calendar/local-date';
import { EvaluationError } from '@kanalindsigt/evaluation/errors';
import type { MunicipalityArgs } from '../common/dto/municipality.args';
import { findKpi } from '../metrics/kpis';
import type { KpiDefinition } from '../metrics/kpis/kpi-definition';
import {
  DEFAULT_COST_PER_FTE,
  DEFAULT_HOURS_PER_FTE,
  DEFAULT_KPI_OPTIONS,
  Dimension,
  Grain,
  KpiUnit,
} from '../metrics/kpis/kpi-types';
import { MetricsService } from '../metrics/metrics.service';
import type { Period } from '../metrics/query-plan';
import type { Filters } from '../metrics/metrics.repository';
import type {
  EvaluationIdArgs,
  EvaluationSeriesInput,
  SaveEvaluationArgs,
} from './dto/evaluation.args';
import { translateEfficiency } from './efficiency-translation';
import type { EvaluationDefinition, SeriesSpec } from './evaluation-definition';
import {
  type CachedFit,
  type EvaluationValues,
  EvaluationsRepository,
} from './evaluations.repository';
import { describeEffect } from './estimate-sentence';
import { fitEvaluation, type MonthlyObservation, type StoredTerm } from './fit-evaluation';
import {
  EfficiencyTargetStatus,
  EstimateScale,
  EvaluationExposure,
  EvaluationFamily,
  EvaluationSeasonality,
  ExclusionTreatment,
} from './models/evaluation-enums';
import type { Evaluation, EvaluationEstimate, EvaluationSeries } from './models/evaluation.model';

/** The filters an evaluation's series may carry, as named in the API. */
const FILTER_ARGUMENTS = {
  serviceCodes: Dimension.SERVICE,
  channelCodes: Dimension.CHANNEL,
  ageBands: Dimension.AGE_BAND,
} as const satisfies Partial<Record<keyof EvaluationSeriesInput, Dimension>>;

/** The terms of the evaluated (first) intervention, with the words that introduce them. */
const EFFECT_TERMS: Record<string, { da: string; en: string }> = {
  step: { da: '', en: '' },
  slope_change: { da: ', ændring i trend pr. måned', en: ', change in trend per month' },
};

@Injectable()
export class EvaluationsService {
  constructor(
    private readonly repository: EvaluationsRepository,
    private readonly metrics: MetricsService,
  ) {}

  async evaluations(args: MunicipalityArgs): Promise<Evaluation[]> {
    const definitions = await this.repository.list(args.municipalityCode);
    const [version, cached] = await Promise.all([
      this.repository.dataVersion(),
      this.repository.cachedFits(definitions.map((d) => d.evaluationId)),
    ]);
    const evaluations: Evaluation[] = [];
    // One at a time: a refit is CPU work, and several at once would only queue on the event loop.
    for (const definition of definitions)
      evaluations.push(
        present(
          definition,
          await this.fitFor(definition, version, cached.get(definition.evaluationId)),
        ),
      );
    return evaluations;
  }

  async evaluation(args: EvaluationIdArgs): Promise<Evaluation> {
    const definition = await this.find(args);
    const [version, cached] = await Promise.all([
      this.repository.dataVersion(),
      this.repository.cachedFits([definition.evaluationId]),
    ]);
    return present(
      definition,
      await this.fitFor(definition, version, cached.get(definition.evaluationId)),
    );
  }

  async save(args: SaveEvaluationArgs): Promise<Evaluation> {
    const definition = await this.repository.save(checkDefinition(args));
    return present(definition, await this.fitFor(definition, await this.repository.dataVersion()));
  }

  async delete(args: EvaluationIdArgs): Promise<boolean> {
    if (!(await this.repository.delete(args.municipalityCode, args.id)))
      throw new NotFoundException(
        `municipality ${args.municipalityCode} has no evaluation with id ${args.id}`,
      );
    return true;
  }

  private async find(args: EvaluationIdArgs): Promise<EvaluationDefinition> {
    const definition = await this.repository.find(args.municipalityCode, args.id);
    if (!definition)
      throw new NotFoundException(
        `municipality ${args.municipalityCode} has no evaluation with id ${args.id}`,
      );
    return definition;
  }

  /**
   * The cached fit while it is of this revision and data version; otherwise a refit, stored for the
   * next read. An ETL load raises the data version, so the first read after it refits.
   */
  private async fitFor(
    definition: EvaluationDefinition,
    dataVersion: number,
    cached?: CachedFit,
  ): Promise<CachedFit> {
    if (cached && cached.revision === definition.revision && cached.data_version === dataVersion)
      return cached;
    const observations = await this.observations(definition);
    try {
      const result = fitEvaluation(definition, observations.series, observations.control);
      return await this.repository.storeFit(definition, dataVersion, { result });
    } catch (error) {
      if (!(error instanceof EvaluationError)) throw error;
      return this.repository.storeFit(definition, dataVersion, { error: error.message });
    }
  }

  /** The evaluation's monthly series (and control) from the metrics layer, as the model reads them. */
  async observations(
    definition: EvaluationDefinition,
  ): Promise<{ series: MonthlyObservation[]; control?: MonthlyObservation[] }> {
    const period = { from: definition.periodFrom, to: definition.periodTo ?? lastMonthEnd() };
    const code = definition.municipalityCode;
    const [openingDays, exposureSeries] = await Promise.all([
      definition.exposure === 'opening_days'
        ? this.repository.openingDays(period.from, period.to)
        : undefined,
      definition.exposureSeries ? this.monthly(definition.exposureSeries, code, period) : undefined,
    ]);
    const observe = async (spec: SeriesSpec) => {
      const months = await this.monthly(spec, code, period);
      return [...months].flatMap(([month, cell]): MonthlyObservation[] => {
        const exposure =
          definition.exposure === 'opening_days'
            ? openingDays?.get(month)
            : definition.exposure === 'denominator'
              ? cell.denominator
              : definition.exposure === 'series'
                ? exposureSeries?.get(month)?.numerator
                : null;
        // A month without exposure has nothing to divide by: it is not observed.
        if (definition.exposure !== 'none' && !exposure) return [];
        if (definition.family === 'gaussian') {
          if (cell.value === null) return [];
          return [
            {
              period: month,
              value: cell.value / (exposure ?? 1),
              exposure: exposure ?? null,
            },
          ];
        }
        return [{ period: month, value: cell.numerator, exposure: exposure ?? null }];
      });
    };
    const [series, control] = await Promise.all([
      observe(definition.metric),
      definition.control ? observe(definition.control) : undefined,
    ]);
    return control ? { series, control } : { series };
  }

  /** A KPI's monthly cells, by YYYY-MM; months without any row of its source are absent. */
  private async monthly(spec: SeriesSpec, municipalityCode: string, period: Period) {
    const kpi = catalogueKpi(spec.kpiId);
    const sums = await this.metrics.compute(
      {
        kpis: [kpi],
        municipalityCodes: [municipalityCode],
        options: DEFAULT_KPI_OPTIONS,
        filters: spec.filters,
      },
      { period, grain: Grain.MONTH },
      [],
    );
    const cells = (sums.get(kpi.id)?.series ?? []).filter(
      (point) => point.kind === 'cell' && point.period !== null,
    );
    return new Map(
      cells
        .sort((a, b) => (a.period! < b.period! ? -1 : 1))
        .map((point) => [point.period!, point] as const),
    );
  }
}

/** The last day of the last complete month (Copenhagen): a month under way would look low. */
function lastMonthEnd(): string {
  const today = toCopenhagenWallClock(Date.now());
  return addDays(formatIsoDate({ year: today.year, month: today.month, day: 1 }), -1);
}

function catalogueKpi(kpiId: string): KpiDefinition {
  const kpi = findKpi(kpiId);
  // Stored definitions were checked when saved; a KPI since removed from the catalogue is a bug.
  if (!kpi) throw new Error(`evaluation series reads unknown KPI ${kpiId}`);
  return kpi;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isIsoDay = (value: string) =>
  ISO_DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** A series argument checked against the catalogue: the KPI, its monthly grain, its filters. */
function checkSeries(argument: string, input: EvaluationSeriesInput): SeriesSpec {
  const kpi = findKpi(input.kpiId);
  if (!kpi)
    throw new BadRequestException(`${argument}.kpiId ${input.kpiId} is not a KPI of the catalogue`);
  if (!kpi.grains.includes(Grain.MONTH))
    throw new BadRequestException(`${argument}.kpiId ${kpi.id} cannot be asked by month`);
  const filters: Filters = {};
  for (const [name, dimension] of Object.entries(FILTER_ARGUMENTS)) {
    const values = input[name as keyof typeof FILTER_ARGUMENTS];
    if (values === undefined || values === null) continue;
    if (!kpi.dimensions.includes(dimension))
      throw new BadRequestException(
        `${argument}.${name}: KPI ${kpi.id} cannot be filtered by ${dimension}`,
      );
    if (values.length === 0 || values.some((v) => v.length === 0 || v.length > 40))
      throw new BadRequestException(`${argument}.${name} must list 1 or more codes`);
    filters[dimension] = values;
  }
  return { kpiId: kpi.id, filters };
}

/** The rules class-validator cannot check argument by argument. */
export function checkDefinition(args: SaveEvaluationArgs): EvaluationValues {
  const metric = checkSeries('metric', args.metric);
  const kpi = catalogueKpi(metric.kpiId);
  const gaussian = args.family === EvaluationFamily.GAUSSIAN;
  if (
    gaussian &&
    ![EvaluationExposure.NONE, EvaluationExposure.OPENING_DAYS].includes(args.exposure)
  )
    throw new BadRequestException(
      "exposure must be NONE or OPENING_DAYS for GAUSSIAN, which models the KPI's value",
    );
  if (args.exposure === EvaluationExposure.DENOMINATOR && !(kpi.rollup ?? kpi.facts)?.denominator)
    throw new BadRequestException(`exposure DENOMINATOR: KPI ${kpi.id} is a count without one`);
  if ((args.exposure === EvaluationExposure.SERIES) !== Boolean(args.exposureSeries))
    throw new BadRequestException('exposureSeries is needed exactly when exposure is SERIES');
  if (args.control && args.exposure === EvaluationExposure.SERIES)
    throw new BadRequestException('control cannot be combined with exposure SERIES');
  if (args.neweyWest && !gaussian)
    throw new BadRequestException('neweyWest applies to GAUSSIAN models only');
  if (
    (args.seasonality === EvaluationSeasonality.FOURIER) !==
    ((args.fourierHarmonics ?? null) !== null)
  )
    throw new BadRequestException('fourierHarmonics is needed exactly when seasonality is FOURIER');
  const interventionDates = [...new Set(args.interventionDates)].sort();
  const first = interventionDates[0]!;
  const last = interventionDates.at(-1)!;
  if (args.periodFrom >= first)
    throw new BadRequestException(
      `periodFrom (${args.periodFrom}) must be before the first intervention (${first})`,
    );
  if (args.periodTo && args.periodTo < last)
    throw new BadRequestException(
      `periodTo (${args.periodTo}) is before the last intervention (${last})`,
    );
  const exclusions = args.exclusions.map((e, i) => {
    if (!isIsoDay(e.from) || !isIsoDay(e.to))
      throw new BadRequestException(`exclusions[${i}] must give from and to as YYYY-MM-DD`);
    if (e.to < e.from)
      throw new BadRequestException(`exclusions[${i}]: to (${e.to}) is before from (${e.from})`);
    if (e.label && !/^[A-Za-z0-9_-]{1,40}$/.test(e.label))
      throw new BadRequestException(
        `exclusions[${i}].label must be 1 to 40 letters, digits, _ or -`,
      );
    return {
      from: e.from,
      to: e.to,
      treatment: e.treatment,
      ...(e.label ? { label: e.label } : {}),
    };
  });
  return {
    municipalityCode: args.municipalityCode,
    code: args.id,
    name: args.name,
    metricLabelDa: args.metricLabelDa,
    metricLabelEn: args.metricLabelEn,
    metric,
    periodFrom: args.periodFrom,
    periodTo: args.periodTo ?? null,
    interventionDates,
    family: args.family,
    exposure: args.exposure,
    exposureSeries: args.exposureSeries ? checkSeries('exposureSeries', args.exposureSeries) : null,
    seasonality: args.seasonality,
    fourierHarmonics: args.fourierHarmonics ?? null,
    slopeChange: args.slopeChange,
    neweyWest: args.neweyWest,
    exclusions,
    control: args.control ? checkSeries('control', args.control) : null,
    hoursPerFte: args.hoursPerFte ?? null,
    costPerFteDkk: args.costPerFteDkk ?? null,
    targetFte: args.targetFte ?? null,
    targetFrom: args.targetFrom ?? null,
    investmentDkk: args.investmentDkk ?? null,
  };
}

function seriesOut(spec: SeriesSpec): EvaluationSeries {
  return {
    kpiId: spec.kpiId,
    ...(spec.filters.SERVICE && { serviceCodes: [...spec.filters.SERVICE] }),
    ...(spec.filters.CHANNEL && { channelCodes: [...spec.filters.CHANNEL] }),
    ...(spec.filters.AGE_BAND && { ageBands: [...spec.filters.AGE_BAND] }),
  };
}

function estimate(
  definition: EvaluationDefinition,
  term: StoredTerm,
  unit: KpiUnit,
): EvaluationEstimate {
  const words = EFFECT_TERMS[term.name] ?? { da: '', en: '' };
  const sentence = describeEffect({
    ...term,
    labelDa: definition.metricLabelDa + words.da,
    labelEn: definition.metricLabelEn + words.en,
    unit,
    perOpeningDay: definition.exposure === 'opening_days',
  });
  return {
    ...term,
    scale: term.ratio === null ? EstimateScale.ABSOLUTE : EstimateScale.RATE_RATIO,
    unit,
    sentenceDa: sentence.da,
    sentenceEn: sentence.en,
  };
}

/** A definition and its fit as the API shows them. */
function present(definition: EvaluationDefinition, fit: CachedFit): Evaluation {
  const unit = catalogueKpi(definition.metric.kpiId).unit;
  const result = fit.result;
  const estimates = (result?.terms ?? [])
    .filter((term) => term.name in EFFECT_TERMS)
    .map((term) => estimate(definition, term, unit));
  const step = result?.terms.find((term) => term.name === 'step');
  const efficiency =
    result && step && result.family === 'gaussian' && unit === KpiUnit.HOURS
      ? translateEfficiency(step, result.points, {
          hoursPerFte: definition.hoursPerFte ?? DEFAULT_HOURS_PER_FTE,
          costPerFteDkk: definition.costPerFteDkk ?? DEFAULT_COST_PER_FTE,
          targetFte: definition.targetFte,
          targetFrom: definition.targetFrom,
          investmentDkk: definition.investmentDkk,
        })
      : null;
  return {
    id: definition.code,
    municipalityCode: definition.municipalityCode,
    name: definition.name,
    metricLabelDa: definition.metricLabelDa,
    metricLabelEn: definition.metricLabelEn,
    metric: seriesOut(definition.metric),
    control: definition.control && seriesOut(definition.control),
    grain: Grain.MONTH,
    periodFrom: definition.periodFrom,
    periodTo: definition.periodTo,
    interventionDates: definition.interventionDates,
    model: {
      family: definition.family as EvaluationFamily,
      exposure: definition.exposure as EvaluationExposure,
      exposureSeries: definition.exposureSeries && seriesOut(definition.exposureSeries),
      seasonality: definition.seasonality as EvaluationSeasonality,
      fourierHarmonics: definition.fourierHarmonics,
      slopeChange: definition.slopeChange,
      neweyWest: definition.neweyWest,
    },
    exclusions: definition.exclusions.map((e) => ({
      from: e.from,
      to: e.to,
      treatment: e.treatment as ExclusionTreatment,
      label: e.label ?? null,
    })),
    dataVersion: fit.data_version,
    fittedAt: fit.fitted_at,
    error: fit.error_message,
    headline: estimates.find((e) => e.name === 'step') ?? null,
    estimates,
    coefficients: result?.terms ?? [],
    dispersion: result?.dispersion ?? null,
    series: (result?.points ?? []).map((p) => ({
      ...p,
      excluded: p.excluded as ExclusionTreatment | null,
    })),
    diagnostics: result
      ? {
          durbinWatson: result.diagnostics.durbinWatson,
          ljungBoxStatistic: result.diagnostics.ljungBox.statistic,
          ljungBoxLag: result.diagnostics.ljungBox.lag,
          ljungBoxPValue: result.diagnostics.ljungBox.pValue,
          acf: result.diagnostics.acf,
        }
      : null,
    efficiency: efficiency && {
      ...efficiency,
      status: efficiency.status as EfficiencyTargetStatus | null,
      months: efficiency.months.map((m) => ({
        ...m,
        status: m.status as EfficiencyTargetStatus | null,
      })),
    },
  };
}
