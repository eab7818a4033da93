import { BadRequestException } from '@nestjs/common';
import { isOpeningDay } from '@kanalindsigt/calendar/danish-holidays';
import { daysInMonth, eachDay, formatIsoDate } from '@kanalindsigt/calendar/local-date';
import { insertStaffing, newStaffing } from '@kanalindsigt/warehouse/testing/fact.factory';
import { SAMPLE_EVALUATIONS } from '@kanalindsigt/warehouse/reference/evaluations';
import { insertVisitDaily, newVisitDaily } from '@kanalindsigt/warehouse/testing/rollup.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { Warehouse } from '../database/warehouse';
import { newMetricsService } from '../metrics/metrics-test-service';
import { SaveEvaluationArgs } from './dto/evaluation.args';
import { EvaluationsRepository } from './evaluations.repository';
import { EvaluationsService } from './evaluations.service';
import {
  EvaluationExposure,
  EvaluationFamily,
  EvaluationSeasonality,
} from './models/evaluation-enums';

/** Deterministic standard normal draws (mulberry32 + Box–Muller), so the planted data never changes. */
function normals(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** The months 2016-01 … 2021-12 with their opening days; go-live (the planted effect) 2020-01. */
const MONTHS = Array.from({ length: 72 }, (_, i) => {
  const year = 2016 + Math.floor(i / 12);
  const month = (i % 12) + 1;
  const days = eachDay(
    formatIsoDate({ year, month, day: 1 }),
    formatIsoDate({ year, month, day: daysInMonth(year, month) }),
  ).filter(isOpeningDay).length;
  return { day: formatIsoDate({ year, month, day: 15 }), month, days, post: year >= 2020 };
});
const MUNICIPALITY = '0151';
const RATE_RATIO = 0.8;
const HOURS_STEP = -7.4;

function args(overrides: Partial<SaveEvaluationArgs>): SaveEvaluationArgs {
  return Object.assign(new SaveEvaluationArgs(), {
    municipalityCode: MUNICIPALITY,
    id: 'planted-visits',
    name: 'Planted effect',
    metricLabelDa: 'Fremmøder',
    metricLabelEn: 'Visits',
    metric: { kpiId: 'visits' },
    periodFrom: '2016-01-01',
    periodTo: '2021-12-31',
    interventionDates: ['2020-01-01'],
    family: EvaluationFamily.QUASIPOISSON,
    exposure: EvaluationExposure.OPENING_DAYS,
    seasonality: EvaluationSeasonality.FOURIER,
    fourierHarmonics: 1,
    slopeChange: false,
    neweyWest: false,
    exclusions: [],
    ...overrides,
  });
}

describe(EvaluationsService.name, () => {
  let db: TestDatabase;
  let sut: EvaluationsService;

  beforeAll(async () => {
    db = await createTestDatabase();
    const draw = normals(20201201);
    // Visits per opening day: 100 with a yearly cycle, × 0.8 from go-live, lognormal noise.
    await insertVisitDaily(
      db.dataSource,
      MONTHS.map((m) =>
        newVisitDaily({
          municipalityCode: MUNICIPALITY,
          day: m.day,
          countServed: Math.round(
            m.days *
              100 *
              Math.exp(0.15 * Math.sin((2 * Math.PI * m.month) / 12) + 0.03 * draw()) *
              (m.post ? RATE_RATIO : 1),
          ),
        }),
      ),
    );
    // Counter hours: 40 per opening day, 7.4 fewer from go-live, noise of 5 hours a month.
    await insertStaffing(
      db.dataSource,
      MONTHS.map((m) =>
        newStaffing({
          municipalityCode: MUNICIPALITY,
          day: m.day,
          activity: 'counter',
          staffHours: m.days * (40 + (m.post ? HOURS_STEP : 0)) + 5 * draw(),
        }),
      ),
    );
    const warehouse = new Warehouse(db.dataSource);
    sut = new EvaluationsService(
      new EvaluationsRepository(warehouse),
      newMetricsService(db.dataSource),
    );
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('recovers a planted rate ratio on visits per opening day within its 95 % interval', async () => {
    const evaluation = await sut.save(args({}));
    expect(evaluation.error).toBeNull();
    const step = evaluation.headline!;
    expect(step.ratioLow!).toBeLessThan(RATE_RATIO);
    expect(step.ratioHigh!).toBeGreaterThan(RATE_RATIO);
    expect(step.ratio!).toBeCloseTo(RATE_RATIO, 1);
    expect(step.sentenceDa).toMatch(/^Fremmøder faldt med 2\d % \(95 %-KI \d+–\d+ %\)$/);
    expect(evaluation.series).toHaveLength(72);
    const post = evaluation.series.filter((p) => p.counterfactual !== null);
    expect(post).toHaveLength(24);
    for (const p of post) {
      expect(p.low!).toBeLessThan(p.counterfactual!);
      expect(p.high!).toBeGreaterThan(p.counterfactual!);
    }
    // Visits lost since go-live: about a fifth of the counterfactual.
    const expected = post.reduce((sum, p) => sum + p.counterfactual!, 0);
    expect(-post.at(-1)!.cumulativeDifference! / expected).toBeCloseTo(1 - RATE_RATIO, 1);
    expect(evaluation.efficiency).toBeNull();
  });

  it('recovers planted saved counter hours and tracks them as FTE and DKK against the target', async () => {
    const evaluation = await sut.save(
      args({
        id: 'planted-hours',
        metricLabelDa: 'Skranketimer',
        metricLabelEn: 'Counter hours',
        metric: { kpiId: 'staff_hours', channelCodes: ['visit'] },
        family: EvaluationFamily.GAUSSIAN,
        seasonality: EvaluationSeasonality.NONE,
        fourierHarmonics: null,
        neweyWest: true,
        targetFte: 1,
        targetFrom: '2020-01-01',
        investmentDkk: 100_000,
      }),
    );
    expect(evaluation.error).toBeNull();
    const step = evaluation.headline!;
    expect(step.ciLow).toBeLessThan(HOURS_STEP);
    expect(step.ciHigh).toBeGreaterThan(HOURS_STEP);
    expect(step.sentenceEn).toMatch(/^Counter hours fell by 7(\.\d)? hours per opening day/);
    const efficiency = evaluation.efficiency!;
    expect(efficiency.hoursPerFte).toBe(1628);
    expect(efficiency.costPerFteDkk).toBe(400_000);
    expect(efficiency.months).toHaveLength(24);
    // 7.4 h × ~250 opening days ÷ 1,628 h ≈ 1.1 FTE a year.
    expect(efficiency.annualFte).toBeGreaterThan(1);
    expect(efficiency.annualFte).toBeLessThan(1.3);
    expect(efficiency.annualDkk).toBeCloseTo(efficiency.annualFte * 400_000, 6);
    const first = efficiency.months[0]!;
    expect(first.hoursSaved).toBeCloseTo(7.4 * MONTHS[48]!.days, -1);
    expect(first.dkkSaved).toBeCloseTo((first.hoursSaved / 1628) * 400_000, 6);
    expect(efficiency.months.at(-1)!.cumulativeTargetDkk).toBeCloseTo(800_000, 6);
    expect(efficiency.status).toBe('ON_TRACK');
    expect(efficiency.paybackPeriod).toBe('2020-03');
  });

  it('refits after an ETL load and reads the cached fit otherwise', async () => {
    const code = { municipalityCode: MUNICIPALITY, id: 'planted-visits' };
    const first = await sut.evaluation(code);
    const again = await sut.evaluation(code);
    expect(again.fittedAt).toBe(first.fittedAt);
    expect(again.dataVersion).toBe(first.dataVersion);
    await db.dataSource.query(
      `INSERT INTO etl.run (command, actor, status) VALUES ('load', 'test', 'succeeded')`,
    );
    const refitted = await sut.evaluation(code);
    expect(refitted.dataVersion).toBeGreaterThan(first.dataVersion);
    expect(refitted.headline!.ratio).toBeCloseTo(first.headline!.ratio!, 10);
  });

  it('says why a model cannot be fitted instead of failing the request', async () => {
    const evaluation = await sut.save(
      args({ id: 'too-short', periodFrom: '2019-11-01', exclusions: [] }),
    );
    expect(evaluation.headline).toBeNull();
    expect(evaluation.error).toMatch(/pre-intervention|before the/i);
  });

  it('refuses definitions the catalogue or the model cannot answer, naming the argument', async () => {
    await expect(sut.save(args({ metric: { kpiId: 'nope' } }))).rejects.toThrow(
      new BadRequestException('metric.kpiId nope is not a KPI of the catalogue'),
    );
    await expect(
      sut.save(args({ metric: { kpiId: 'walk_in_share', ageBands: ['80+'] } })),
    ).rejects.toThrow(/metric\.ageBands: KPI walk_in_share cannot be filtered by AGE_BAND/);
    await expect(sut.save(args({ exposure: EvaluationExposure.DENOMINATOR }))).rejects.toThrow(
      /exposure DENOMINATOR: KPI visits is a count/,
    );
    await expect(sut.save(args({ seasonality: EvaluationSeasonality.DUMMIES }))).rejects.toThrow(
      /fourierHarmonics is needed exactly when seasonality is FOURIER/,
    );
  });

  it('deletes an evaluation with its fit', async () => {
    await sut.save(args({ id: 'to-delete' }));
    await expect(sut.delete({ municipalityCode: MUNICIPALITY, id: 'to-delete' })).resolves.toBe(
      true,
    );
    await expect(
      sut.evaluation({ municipalityCode: MUNICIPALITY, id: 'to-delete' }),
    ).rejects.toThrow(/has no evaluation with id to-delete/);
  });

  it("has the sample municipality's mandatory-booking evaluations, seeded once", async () => {
    const evaluations = await sut.evaluations({ municipalityCode: '0169' });
    expect(evaluations.map((e) => e.id)).toEqual(SAMPLE_EVALUATIONS.map((e) => e.code));
    for (const evaluation of evaluations) {
      expect(evaluation.name).toBe('Obligatorisk tidsbestilling');
      expect(evaluation.interventionDates).toEqual(['2020-12-01']);
      // This warehouse holds no data of 0169: each says why it has no estimate.
      expect(evaluation.headline).toBeNull();
      expect(evaluation.error).toEqual(expect.any(String));
    }
    const hours = evaluations.find((e) => e.id === 'tidsbestilling-skranketimer')!;
    expect(hours.metric).toEqual({ kpiId: 'staff_hours', channelCodes: ['visit'] });
    expect(hours.exclusions.map((e) => [e.from, e.to, e.treatment])).toEqual([
      ['2020-03-12', '2020-05-17', 'drop'],
      ['2020-06-01', '2020-08-31', 'dummy'],
      ['2020-12-01', '2021-05-31', 'drop'],
    ]);
  });
});
