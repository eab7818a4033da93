import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UsageKind } from '@kanalindsigt/warehouse/reference/dimensions';
import type { TicketSimulation } from './frontdesk-export';
import {
  CHATBOT,
  DIGITAL_TAKE_UP,
  MITID_SURGE_SELF_SERVICE,
  PICKUP_BOX,
  simulateSelfServiceMonth,
  writeSelfserviceExports,
} from './selfservice-export';

const options: TicketSimulation = {
  municipalityCode: '0169',
  population: 50_835,
  from: '2017-01-01',
  to: '2026-12-31',
  seed: 20201201,
};

/** Uses per usage kind over the given months. */
function totals(months: [number, number][], simulation = options): Record<UsageKind, number> {
  const sums: Record<UsageKind, number> = {
    digital: 0,
    assisted_digital: 0,
    paper: 0,
    chatbot_session: 0,
    pickup_box: 0,
    digital_post_exemption: 0,
  };
  for (const [year, month] of months)
    for (const row of simulateSelfServiceMonth(year, month, simulation))
      sums[row.usageKind] += row.count;
  return sums;
}
const monthsOf = (year: number) =>
  Array.from({ length: 12 }, (_, i) => [year, i + 1] as [number, number]);
const shares = (t: Record<UsageKind, number>) => {
  const submissions = t.digital + t.assisted_digital + t.paper;
  return {
    takeUp: (t.digital + t.assisted_digital) / submissions,
    digital: t.digital / submissions,
    assisted: t.assisted_digital / submissions,
    paper: t.paper / submissions,
  };
};

describe(writeSelfserviceExports.name, () => {
  it('writes one long-form statistics workbook per year, deterministic by seed', async () => {
    const short = { ...options, from: '2020-11-01', to: '2021-02-28' };
    const [a, b, c] = ['a', 'b', 'c'].map((name) => mkdtempSync(join(tmpdir(), `ss-${name}-`)));
    const first = await writeSelfserviceExports(short, a!);
    const second = await writeSelfserviceExports(short, b!);
    const otherSeed = await writeSelfserviceExports({ ...short, seed: 8 }, c!);

    expect(first.map((f) => f.path.slice(a!.length + 1))).toEqual([
      'selvbetjening-0169-2020.xlsx',
      'selvbetjening-0169-2021.xlsx',
    ]);
    // Two months a year of six solutions × 3 channels, chatbot, pickup box and exemptions.
    expect(first.map((f) => f.rows)).toEqual([42, 42]);
    const bytes = first.map((f) => readFileSync(f.path));
    expect(second.map((f) => readFileSync(f.path))).toEqual(bytes);
    expect(otherSeed.map((f) => readFileSync(f.path))).not.toEqual(bytes);
  });

  it('raises digital take-up from about 70 % to 90 % while assisted and paper shrink', () => {
    const byYear = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year) =>
      shares(totals(monthsOf(year))),
    );
    const first = byYear[0]!;
    const last = byYear[byYear.length - 1]!;

    expect(Math.abs(first.takeUp - DIGITAL_TAKE_UP.first.takeUp)).toBeLessThan(0.01);
    expect(Math.abs(last.takeUp - DIGITAL_TAKE_UP.last.takeUp)).toBeLessThan(0.01);
    for (let i = 1; i < byYear.length; i += 1)
      expect(byYear[i]!.takeUp).toBeGreaterThan(byYear[i - 1]!.takeUp);
    expect(last.assisted).toBeLessThan(first.assisted * 0.6);
    expect(last.paper).toBeLessThan(first.paper * 0.4);
  });

  it('pushes digital up while the town hall was closed in spring 2020', () => {
    const before = shares(totals([[2020, 2]]));
    const closed = shares(totals([[2020, 4]]));

    expect(closed.digital - before.digital).toBeGreaterThan(0.15);
    expect(closed.assisted).toBeLessThan(before.assisted / 3);
  });

  it('starts the pickup box in July 2020 and the chatbot in September 2020', () => {
    expect(totals([[2020, 6]]).pickup_box).toBe(0);
    expect(totals([[2020, 7]]).pickup_box).toBeGreaterThan(40);
    expect(totals([[2020, 8]]).chatbot_session).toBe(0);
    expect(totals([[2020, 9]]).chatbot_session).toBeGreaterThan(150);
    expect(PICKUP_BOX.from).toBe('2020-07-01');
    expect(CHATBOT.from).toBe('2020-09-01');
  });

  it('multiplies Digital Post exemptions during the MitID surge', () => {
    const surgeMonths: [number, number][] = [
      [2021, 10],
      [2021, 11],
      [2021, 12],
      ...[1, 2, 3, 4, 5, 6].map((m) => [2022, m] as [number, number]),
    ];
    const surge = totals(surgeMonths).digital_post_exemption / surgeMonths.length;
    const normal = totals(monthsOf(2019)).digital_post_exemption / 12;

    expect(surge / normal).toBeGreaterThan(MITID_SURGE_SELF_SERVICE.exemptionFactor - 0.5);
    expect(surge / normal).toBeLessThan(MITID_SURGE_SELF_SERVICE.exemptionFactor + 0.5);
  });

  it('scales with the population', () => {
    const small = totals(monthsOf(2019));
    const large = totals(monthsOf(2019), { ...options, population: options.population * 4 });
    const submissions = (t: Record<UsageKind, number>) => t.digital + t.assisted_digital + t.paper;

    expect(Math.abs(submissions(large) / submissions(small) - 4)).toBeLessThan(0.1);
  });
});
