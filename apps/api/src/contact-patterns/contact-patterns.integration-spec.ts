import {
  insertPopulation,
  insertSelfServiceUsage,
  newPopulation as population,
  newSelfServiceUsage as usage,
} from '@kanalindsigt/warehouse/testing/fact.factory';
import {
  insertCallDaily,
  insertVisitDaily,
  newCallDaily as call,
  newVisitDaily as visit,
} from '@kanalindsigt/warehouse/testing/rollup.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { ViewPeriodArgs } from '../metrics/dto/view.args';
import { Grain } from '../metrics/kpis/kpi-types';
import { newMetricsService } from '../metrics/metrics-test-service';
import { ContactPatternsService } from './contact-patterns.service';

const pct = (n: number, d: number) => (100 * n) / d;

describe(ContactPatternsService.name, () => {
  let db: TestDatabase;
  let sut: ContactPatternsService;
  const args = Object.assign(new ViewPeriodArgs(), {
    municipalityCode: '0169',
    from: '2024-03-01',
    to: '2024-04-30',
    grain: Grain.MONTH,
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    const ds = db.dataSource;
    await insertVisitDaily(ds, [
      visit({ day: '2024-03-04', countServed: 8 }),
      visit({ day: '2024-03-05', serviceCode: 'koerekort', countServed: 4 }),
      visit({ day: '2024-04-02', countServed: 6 }),
      visit({ day: '2023-03-10', countServed: 20 }),
    ]);
    await insertCallDaily(ds, [
      call({ day: '2024-03-04', countCalls: 10 }),
      call({ day: '2024-04-03', countCalls: 6 }),
    ]);
    await insertSelfServiceUsage(ds, [
      usage({ countUses: 30 }),
      usage({ serviceCode: 'koerekort', solutionLabel: 'Kørekort', countUses: 20 }),
      usage({ periodStart: '2024-04-01', periodEnd: '2024-04-30', countUses: 40 }),
      usage({ periodStart: '2023-03-01', periodEnd: '2023-03-31', countUses: 10 }),
    ]);
    await insertPopulation(ds, [
      population({ year: 2024, countInhabitants: 20_000 }),
      population({ year: 2023, countInhabitants: 10_000 }),
    ]);
    sut = new ContactPatternsService(newMetricsService(ds));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('splits each service’s contacts over the channels by period', async () => {
    const { channelMix } = await sut.contactPatterns(args);
    expect(channelMix).toEqual([
      {
        period: '2024-03',
        serviceCode: 'koerekort',
        serviceNameDa: 'Kørekort',
        serviceNameEn: 'Driving licence',
        contacts: 24,
        visitShare: pct(4, 24),
        callShare: pct(0, 24),
        digitalShare: pct(20, 24),
      },
      {
        period: '2024-03',
        serviceCode: 'pas',
        serviceNameDa: 'Pas',
        serviceNameEn: 'Passport',
        contacts: 48,
        visitShare: pct(8, 48),
        callShare: pct(10, 48),
        digitalShare: pct(30, 48),
      },
      {
        period: '2024-04',
        serviceCode: 'pas',
        serviceNameDa: 'Pas',
        serviceNameEn: 'Passport',
        contacts: 52,
        visitShare: pct(6, 52),
        callShare: pct(6, 52),
        digitalShare: pct(40, 52),
      },
    ]);
  });

  it('compares channel shares with the same period last year', async () => {
    const { channelShift } = await sut.contactPatterns(args);
    // 2024: 18 visits, 16 calls, 90 digital of 124; 2023: 20 visits and 10 digital of 30
    expect(channelShift.map((s) => [s.channel, s.share.value, s.shareLastYear.value])).toEqual([
      ['visit', pct(18, 124), pct(20, 30)],
      ['call', pct(16, 124), pct(0, 30)],
      ['digital', pct(90, 124), pct(10, 30)],
    ]);
    expect(channelShift[2]?.changePoints).toBeCloseTo(pct(90, 124) - pct(10, 30), 10);
  });

  it('gives contacts per 1,000 inhabitants by period and over the period', async () => {
    const report = await sut.contactPatterns(args);
    expect(report.contactsPerThousand).toEqual([
      { period: '2024-03', value: (1000 * 72) / 20_000, numerator: 72, denominator: 20_000 },
      { period: '2024-04', value: (1000 * 52) / 20_000, numerator: 52, denominator: 20_000 },
    ]);
    expect(report.contactsPerThousandTotal.value).toBe((1000 * 124) / 20_000);
  });

  it('refuses a grain finer than the monthly self-service figures', async () => {
    await expect(sut.contactPatterns({ ...args, grain: Grain.ISO_WEEK })).rejects.toThrow(
      'grain ISO_WEEK is too fine for contacts; it allows MONTH, QUARTER, YEAR',
    );
  });
});
