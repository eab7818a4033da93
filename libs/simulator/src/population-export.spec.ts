import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TicketSimulation } from './frontdesk-export';
import {
  OLDEST_SHARE_GROWTH_PER_YEAR,
  simulatePopulationYear,
  writePopulationExports,
} from './population-export';

const options: TicketSimulation = {
  municipalityCode: '0169',
  population: 50_835,
  from: '2017-01-01',
  to: '2026-12-31',
  seed: 20201201,
};

const sum = (counts: number[]) => counts.reduce((a, c) => a + c, 0);

describe(writePopulationExports.name, () => {
  it('writes one Windows-1252 table per year the range touches, deterministic by seed', async () => {
    const short = { ...options, from: '2020-11-01', to: '2021-01-31' };
    const [a, b, c] = ['a', 'b', 'c'].map((name) => mkdtempSync(join(tmpdir(), `folk-${name}-`)));
    const first = await writePopulationExports(short, a!);
    const second = await writePopulationExports(short, b!);
    const otherSeed = await writePopulationExports({ ...short, seed: 8 }, c!);

    expect(first.map((f) => f.path.slice(a!.length + 1))).toEqual([
      'folk1a-0169-2020.csv',
      'folk1a-0169-2021.csv',
    ]);
    expect(first.map((f) => f.rows)).toEqual([12, 12]);
    const bytes = first.map((f) => readFileSync(f.path));
    expect(second.map((f) => readFileSync(f.path))).toEqual(bytes);
    expect(otherSeed.map((f) => readFileSync(f.path))).not.toEqual(bytes);
    // "År" in Windows-1252 is one byte per letter, no BOM.
    expect([...bytes[0]!.subarray(0, 3)]).toEqual([0xc5, 0x72, 0x3b]);
    const text = bytes[0]!.toString('latin1');
    expect(text).toMatch(/^År;Alder;Køn;Antal\r\n2020;0-17 år;Mænd;\d\.\d{3}\r\n/);
    expect(text).toContain(';80 år og derover;Kvinder;');
  });

  it('adds up to the given population in every year', () => {
    for (const year of [2010, 2019, 2026, 2035]) {
      expect(sum(simulatePopulationYear(year, options).map((r) => r.count))).toBe(50_835);
    }
  });

  it('has a Danish age structure whose 80+ share rises slowly', () => {
    const shareOf = (year: number, band: string) => {
      const rows = simulatePopulationYear(year, options);
      return sum(rows.filter((r) => r.band === band).map((r) => r.count)) / options.population;
    };
    const oldest2017 = shareOf(2017, '80+');
    const oldest2026 = shareOf(2026, '80+');

    expect(oldest2017).toBeGreaterThan(0.03);
    expect(oldest2017).toBeLessThan(0.06);
    expect(Math.abs((oldest2026 - oldest2017) / 9 - OLDEST_SHARE_GROWTH_PER_YEAR)).toBeLessThan(
      0.0003,
    );
    expect(shareOf(2019, '0-17')).toBeGreaterThan(0.18);
    expect(shareOf(2019, '0-17')).toBeLessThan(0.23);
    const oldest = simulatePopulationYear(2019, options).filter((r) => r.band === '80+');
    const women = oldest.find((r) => r.sex === 'F')!.count;
    const men = oldest.find((r) => r.sex === 'M')!.count;
    expect(women).toBeGreaterThan(men * 1.3);
  });
});
