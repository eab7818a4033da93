import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eachDay } from '@kanalindsigt/calendar/local-date';
import type { TicketSimulation } from './frontdesk-export';
import {
  HOURS_PER_FTE_PER_OPENING_DAY,
  MANDATORY_BOOKING_STAFFING_EFFECT,
  simulateRotaDay,
  writeStaffingExports,
} from './staffing-export';

const options: TicketSimulation = {
  municipalityCode: '0169',
  population: 50_835,
  from: '2019-01-01',
  to: '2022-12-31',
  seed: 20201201,
};

/** Mean hours per opening day and activity over a range of days. */
function meanHours(from: string, to: string) {
  const sums = { counter: 0, phone: 0, back_office: 0 };
  let openingDays = 0;
  for (const date of eachDay(from, to)) {
    const rows = simulateRotaDay(date, options);
    if (rows.length === 0) continue;
    openingDays += 1;
    for (const row of rows) sums[row.activity] += row.hours;
  }
  return {
    counter: sums.counter / openingDays,
    phone: sums.phone / openingDays,
    backOffice: sums.back_office / openingDays,
  };
}

describe(writeStaffingExports.name, () => {
  it('writes one rota file per month, deterministic by seed', async () => {
    const short = { ...options, from: '2020-11-30', to: '2021-01-08' };
    const [a, b, c] = ['a', 'b', 'c'].map((name) => mkdtempSync(join(tmpdir(), `rota-${name}-`)));
    const first = await writeStaffingExports(short, a!);
    const second = await writeStaffingExports(short, b!);
    const otherSeed = await writeStaffingExports({ ...short, seed: 8 }, c!);

    expect(first.map((f) => f.path.slice(a!.length + 1))).toEqual([
      'vagtplan-0169-2020-11.csv',
      'vagtplan-0169-2020-12.csv',
      'vagtplan-0169-2021-01.csv',
    ]);
    // Three activities per opening day: 30 Nov; 23 weekdays of December less 24, 25 and 31; 4–8 Jan.
    expect(first.map((f) => f.rows)).toEqual([3, 3 * 20, 3 * 5]);
    const texts = first.map((f) => readFileSync(f.path, 'utf8'));
    expect(second.map((f) => readFileSync(f.path, 'utf8'))).toEqual(texts);
    expect(otherSeed.map((f) => readFileSync(f.path, 'utf8'))).not.toEqual(texts);
    expect(texts[0]).toMatch(
      /^\uFEFFDato;Enhed;Aktivitet;Timer\r\n30-11-2020;Borgerservice;Skranke;\d+(,\d\d?)?\r\n/,
    );
  });

  it('has no rows on closed days and no counter during the spring 2020 COVID closure', () => {
    expect(simulateRotaDay('2019-03-09', options)).toEqual([]); // Saturday
    expect(simulateRotaDay('2019-12-24', options)).toEqual([]);
    expect(simulateRotaDay('2020-04-15', options).map((r) => r.activity)).toEqual([
      'phone',
      'back_office',
    ]);
  });

  it('plants the mandatory-booking effect: one counter FTE less, a little more phone time', () => {
    const before = meanHours('2019-01-01', '2019-12-31');
    const after = meanHours(MANDATORY_BOOKING_STAFFING_EFFECT.fullFrom, '2022-05-31');
    const counterFteBefore = (before.counter * 5) / 37;
    const counterFteAfter = (after.counter * 5) / 37;

    expect(HOURS_PER_FTE_PER_OPENING_DAY).toBeCloseTo(7.4, 10);
    expect(Math.abs(before.counter - after.counter - HOURS_PER_FTE_PER_OPENING_DAY)).toBeLessThan(
      0.5,
    );
    expect(Math.abs(counterFteBefore - counterFteAfter - 1)).toBeLessThan(0.07);
    expect(
      Math.abs(
        after.phone - before.phone - MANDATORY_BOOKING_STAFFING_EFFECT.phoneHoursPerOpeningDay,
      ),
    ).toBeLessThan(0.4);
    expect(Math.abs(after.backOffice - before.backOffice)).toBeLessThan(0.4);
    // Half-way through the six months, about half of the FTE is gone.
    const ramp = meanHours('2021-02-15', '2021-03-15');
    expect(before.counter - ramp.counter).toBeGreaterThan(2.5);
    expect(before.counter - ramp.counter).toBeLessThan(5);
  });
});
