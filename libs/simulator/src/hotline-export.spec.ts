import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eachDay } from '@kanalindsigt/calendar/local-date';
import { DDH_QUALITY, simulateHotlineMonth, writeHotlineExports } from './hotline-export';
import { simulateCallDay, type CallSimulation } from './telephony-export';

const options: CallSimulation = {
  municipalityCode: '0169',
  population: 50_835,
  from: '2021-01-01',
  to: '2021-12-31',
  seed: 7,
};

describe(simulateHotlineMonth.name, () => {
  it('is deterministic by seed', () => {
    expect(simulateHotlineMonth('2021-03', options)).toEqual(
      simulateHotlineMonth('2021-03', options),
    );
    expect(simulateHotlineMonth('2021-03', { ...options, seed: 8 })).not.toEqual(
      simulateHotlineMonth('2021-03', options),
    );
  });

  it("offers exactly the calls the municipality's own export forwards to the hotline", () => {
    const forwarded = eachDay('2021-03-01', '2021-03-31')
      .flatMap((date) => simulateCallDay(date, options))
      .filter((call) => call.result === 'ForwardedDDH').length;
    expect(simulateHotlineMonth('2021-03', options).offered).toBe(forwarded);
  });

  it("reports the hotline's quality figures over a year: 72 % answered, 1:48 mean wait, 53–57 % resolved", () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      simulateHotlineMonth(`2021-${String(i + 1).padStart(2, '0')}`, options),
    );
    const sum = (pick: (m: (typeof months)[number]) => number) =>
      months.reduce((total, m) => total + pick(m), 0);
    const answered = sum((m) => m.answered);
    const meanWait = sum((m) => m.meanWaitSeconds * m.answered) / answered;

    expect(Math.abs(answered / sum((m) => m.offered) - DDH_QUALITY.answerRate)).toBeLessThan(0.02);
    expect(Math.abs(meanWait - DDH_QUALITY.meanWaitSeconds)).toBeLessThan(5);
    expect(sum((m) => m.resolved) / answered).toBeGreaterThan(0.53);
    expect(sum((m) => m.resolved) / answered).toBeLessThan(0.57);
    for (const month of months) {
      expect(month.offered).toBeGreaterThan(400);
      expect(month.offered).toBeLessThan(1_000);
    }
  });
});

describe(writeHotlineExports.name, () => {
  it('writes a year file per year from the month the municipality joined, as Excel saves it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ddh-'));
    const written = await writeHotlineExports(
      { ...options, from: '2020-07-15', to: '2021-01-10' },
      dir,
    );

    expect(written).toEqual([
      { path: join(dir, 'ddh-statistik-0169-2020.csv'), rows: 4 },
      { path: join(dir, 'ddh-statistik-0169-2021.csv'), rows: 1 },
    ]);
    const lines = readFileSync(written[0]!.path, 'utf8').split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFKommune;Måned;Tilbudte;Besvarede;Straksafklarede;Gns. ventetid (sek.)',
    );
    expect(lines[1]).toMatch(/^Høje-Taastrup;09-2020;\d+;\d+;\d+;\d+,\d$/);
    expect(lines[5]).toBe('');
  });

  it('groups thousands with a dot for a large municipality', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ddh-aarhus-'));
    const [written] = await writeHotlineExports(
      {
        ...options,
        municipalityCode: '0751',
        population: 360_000,
        from: '2021-11-01',
        to: '2021-11-30',
      },
      dir,
    );

    expect(readFileSync(written!.path, 'utf8')).toMatch(/\r\nAarhus;11-2021;\d\.\d{3};/);
  });
});
