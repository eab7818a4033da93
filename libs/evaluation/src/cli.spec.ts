/** `npm run evaluate` end to end on committed CSV files, and its errors for bad input. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli';
import { FIXTURES, readRTerms, sameSignificant } from './testing/r-fixtures';

const example = [
  '--csv',
  join(FIXTURES, 'sample-visits.csv'),
  '--time',
  'month',
  '--count',
  'visits',
  '--offset',
  'opening_days',
  '--intervention',
  '2020-12',
  '--exclude',
  '2020-03..2020-05',
  '--exclude-dummy',
  '2020-06..2020-08',
  '--season',
  'month',
];

function csvFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'evaluate-')), 'series.csv');
  writeFileSync(path, text);
  return path;
}

describe(runCli.name, () => {
  it('prints one JSON object with family, dispersion, n and the step on the rate-ratio scale', () => {
    const sut = runCli([...example, '--json']);
    expect(sut.exitCode).toBe(0);
    const output = JSON.parse(sut.stdout);
    expect(output).toMatchObject({ family: 'quasipoisson', n: 69, p: 15 });
    expect(output.dispersion).toBeGreaterThan(1);
    const step = output.terms.find((t: { name: string }) => t.name === 'step');
    expect(step.ratio).toBeCloseTo(Math.exp(step.coef), 12);
    expect(step.ciLow).toBeCloseTo(Math.exp(step.coef - 1.96 * step.se), 12);
    expect(step.ciLow).toBeLessThan(step.ratio);
    expect(step.ciHigh).toBeGreaterThan(step.ratio);
    expect(output.counterfactual[0].period).toBe('2020-12');
    expect(output.counterfactual).toHaveLength(25);
  });

  it('prints a table without --json', () => {
    const sut = runCli(example);
    expect(sut.stdout).toMatch(/^Model: quasipoisson, n = 69, p = 15/);
    expect(sut.stdout).toMatch(/\nstep +-0\.1\d+ +0\.0\d+ +0\.8\d+ /);
    expect(sut.stdout).toMatch(/Ljung–Box Q\(12\)/);
  });

  it('agrees with R on the Poisson fixture with an integer time index, harmonics and slope change', () => {
    const sut = runCli([
      '--csv',
      join(FIXTURES, 'poisson-its.csv'),
      '--time',
      'time',
      '--count',
      'visits',
      '--offset',
      'days',
      '--season',
      'month',
      '--fourier',
      '2',
      '--period',
      '12',
      '--intervention',
      '37',
      '--exclude-dummy',
      '20..22',
      '--slope-change',
      '--family',
      'poisson',
      '--json',
    ]);
    const terms = JSON.parse(sut.stdout).terms as { name: string; coef: number; se: number }[];
    const r = readRTerms('r-poisson-its-poisson.csv', { post: 'step', slope: 'slope_change' });
    for (const name of ['step', 'slope_change']) {
      const term = terms.find((t) => t.name === name)!;
      expect(sameSignificant(term.coef, r.get(name)!.estimate)).toBe(true);
      expect(sameSignificant(term.se, r.get(name)!.se)).toBe(true);
    }
  });

  it('reads ISO dates, semicolons and decimal commas (Gaussian: absolute change)', () => {
    const rows = Array.from({ length: 30 }, (_, i) => {
      const date = new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10);
      return `${date};${(14 - (i >= 20 ? 5 : 0) + (i % 3) * 0.3).toFixed(1).replace('.', ',')}`;
    });
    const path = csvFile(['uge;ventetid', ...rows].join('\n'));
    const sut = runCli([
      ...['--csv', path, '--time', 'uge', '--count', 'ventetid', '--intervention', '2024-05-20'],
      ...['--family', 'gaussian', '--newey-west', 'auto', '--json'],
    ]);
    const output = JSON.parse(sut.stdout);
    const step = output.terms.find((t: { name: string }) => t.name === 'step');
    expect(step.ratio).toBeNull();
    expect(step.coef).toBeCloseTo(-5, 0);
    expect(output.standardErrors).toBe('newey-west');
  });

  it.each([
    [
      'month,visits\n2020-01,10\n2020-02,x\n',
      /series\.csv, row 3, column "visits": "x" is not a number/,
    ],
    ['month,visits\n2020-01,10\n2020-02,-1\n', /row 3, column "visits": -1 is negative/],
    ['month,visits\n2020-02,10\n2020-01,12\n', /row 3, column "month": .*does not come after/],
    [
      'month,visits\n2020-01,10\n2020-13,12\n',
      /row 3, column "month": "2020-13" is not a valid YYYY-MM/,
    ],
    ['maaned,visits\n2020-01,10\n', /series\.csv: no column "month"/],
  ])('names file, row and column for bad input: %j', (text, message) => {
    const sut = runCli([
      '--csv',
      csvFile(text),
      '--time',
      'month',
      '--count',
      'visits',
      '--intervention',
      '2020-02',
    ]);
    expect(sut.exitCode).toBe(1);
    expect(sut.stderr).toMatch(message);
  });

  it('an integer index is no season by itself', () => {
    const path = csvFile('t,y\n1,5\n2,6\n3,4\n4,7\n');
    const sut = runCli([
      '--csv',
      path,
      '--time',
      't',
      '--count',
      'y',
      '--intervention',
      '3',
      '--season',
      't',
    ]);
    expect(sut.exitCode).toBe(1);
    expect(sut.stderr).toMatch(/an integer time index has no calendar season/);
  });

  it('passes the engine’s errors on (too few pre-intervention periods)', () => {
    const path = csvFile('t,y\n1,5\n2,6\n3,4\n4,7\n');
    const sut = runCli(['--csv', path, '--time', 't', '--count', 'y', '--intervention', '3']);
    expect(sut.exitCode).toBe(1);
    expect(sut.stderr).toMatch(/Only 2 period\(s\) before the intervention/);
  });

  it('usage errors exit with 2 and print the usage', () => {
    const sut = runCli(['--csv', 'x.csv']);
    expect(sut.exitCode).toBe(2);
    expect(sut.stderr).toMatch(/Usage: npm run evaluate/);
  });
});
