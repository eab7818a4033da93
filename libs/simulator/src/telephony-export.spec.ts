import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCopenhagenWallClock } from '@kanalindsigt/calendar/copenhagen-time';
import { eachDay } from '@kanalindsigt/calendar/local-date';
import {
  BOOKING_CALLS,
  CALL_TARGETS,
  HOTLINE,
  MITID_SURGE,
  PHONE_OPENING_HOURS,
  SHORT_ABANDON,
  TELEPHONY_COLUMNS,
  simulateCallDay,
  writeTelephonyExport,
  writeTelephonyExports,
  type CallRow,
  type CallSimulation,
} from './telephony-export';

const options: CallSimulation = {
  municipalityCode: '0169',
  population: 50_835,
  from: '2019-01-01',
  to: '2019-12-31',
  seed: 7,
};
const day = (date: string, seed = options.seed) => simulateCallDay(date, { ...options, seed });
const range = (from: string, to: string) => eachDay(from, to).flatMap((date) => day(date));
// Call ids start with the Copenhagen date of the call (yyyyMMdd).
const monthOf = (call: CallRow) => call.callId.slice(0, 6);
const byMonth = (calls: CallRow[]) => {
  const months = new Map<string, CallRow[]>();
  for (const call of calls) {
    const month = monthOf(call);
    const list = months.get(month) ?? [];
    list.push(call);
    months.set(month, list);
  }
  return months;
};
const offered = (calls: CallRow[]) => calls.filter((c) => c.result !== 'IvrOnly');
const answered = (calls: CallRow[]) =>
  calls.filter((c) => c.result === 'Answered' || c.result === 'Transferred');

describe(simulateCallDay.name, () => {
  it('is deterministic by seed', () => {
    expect(day('2019-03-04')).toEqual(day('2019-03-04'));
    expect(day('2019-03-04', 8)).not.toEqual(day('2019-03-04'));
  });

  describe('a year at 50,835 inhabitants (2019)', () => {
    const year = range('2019-01-01', '2019-12-31');
    const queue = offered(year).filter((c) => c.result !== 'ForwardedDDH');
    const picked = answered(year);

    it('has about 5,300 calls a month', () => {
      expect(year.length / 12).toBeGreaterThan(5_100);
      expect(year.length / 12).toBeLessThan(5_500);
    });

    it('answers about 72 % of the calls in queue, after a mean wait near 1:48', () => {
      const rate = picked.length / queue.length;
      const meanWait = picked.reduce((sum, c) => sum + c.waitMs, 0) / picked.length / 1000;
      expect(Math.abs(rate - CALL_TARGETS.answerRate)).toBeLessThan(0.015);
      expect(Math.abs(meanWait - CALL_TARGETS.meanAnswerWaitSeconds)).toBeLessThan(5);
    });

    it('resolves 53–57 % of the answered calls at first contact', () => {
      const resolved = picked.filter((c) => c.wrapUpCode === 'Straksafklaret').length;
      expect(resolved / picked.length).toBeGreaterThan(0.53);
      expect(resolved / picked.length).toBeLessThan(0.57);
    });

    it('has short abandons under 5 seconds', () => {
      const abandoned = year.filter((c) => c.result === 'Abandoned');
      const short = abandoned.filter((c) => c.waitMs < SHORT_ABANDON.maxSeconds * 1000);
      expect(short.length / abandoned.length).toBeGreaterThan(0.1);
    });

    it('peaks on Monday mornings', () => {
      const perWeekdayHour = new Map<string, number>();
      for (const call of year) {
        const local = toCopenhagenWallClock(call.startUtcMillis);
        const key = `${local.weekday}-${local.hour}`;
        perWeekdayHour.set(key, (perWeekdayHour.get(key) ?? 0) + 1);
      }
      const perHour = (weekday: number, hour: number) =>
        perWeekdayHour.get(`${weekday}-${hour}`) ?? 0;
      const mondayMorning = perHour(1, 9);
      for (const weekday of [2, 3, 4, 5])
        expect(mondayMorning).toBeGreaterThan(perHour(weekday, 9) * 1.4);
      expect(mondayMorning).toBeGreaterThan(perHour(1, 13) * 1.8);
    });

    it('queues calls only in opening hours on opening days; the rest end in the IVR', () => {
      const outsideHours = offered(year).filter((call) => {
        const local = toCopenhagenWallClock(call.startUtcMillis);
        const hours = PHONE_OPENING_HOURS[local.weekday];
        const minute = local.hour * 60 + local.minute;
        return !hours || minute < hours[0] || minute >= hours[1];
      });
      expect(outsideHours).toEqual([]);
      expect(offered(day('2019-12-24'))).toEqual([]);
      expect(offered(day('2019-03-09'))).toEqual([]);
      expect(day('2019-03-09').length).toBeGreaterThan(0);
    });

    it('sends no call to the hotline before the municipality joined', () => {
      expect(year.some((c) => c.result === 'ForwardedDDH')).toBe(false);
    });
  });

  it('writes UTC: 09:00 in Copenhagen is 08:00 UTC in winter and 07:00 UTC in summer', () => {
    const firstHour = (date: string) =>
      new Date(offered(day(date))[0]!.startUtcMillis).toISOString().slice(11, 13);
    expect(firstHour('2019-01-07')).toBe('08');
    expect(firstHour('2019-06-03')).toBe('07');
  });

  it('forwards 7.6–18.9 % of the offered calls to the hotline in every month after joining', () => {
    const months = byMonth(range(HOTLINE.joinedOn, '2022-12-31'));
    expect(months.size).toBe(28);
    for (const calls of months.values()) {
      const queueCalls = offered(calls);
      const share =
        queueCalls.filter((c) => c.result === 'ForwardedDDH').length / queueCalls.length;
      expect(share).toBeGreaterThan(0.076);
      expect(share).toBeLessThan(0.189);
    }
  });

  it('multiplies the calls on the MitID choice during the MitID surge', () => {
    const mitid = (from: string, to: string) =>
      range(from, to).filter((c) => c.ivrChoice === MITID_SURGE.ivrChoice).length;
    expect(mitid('2021-11-01', '2021-11-30')).toBeGreaterThan(
      mitid('2019-11-01', '2019-11-30') * 2.2,
    );
  });

  it('multiplies the calls on the booking choice after mandatory booking', () => {
    const booking = (from: string, to: string) =>
      range(from, to).filter((c) => c.ivrChoice === BOOKING_CALLS.ivrChoice).length;
    expect(booking('2021-02-01', '2021-02-28')).toBeGreaterThan(
      booking('2020-02-01', '2020-02-28') * 2,
    );
  });
});

describe(writeTelephonyExports.name, () => {
  it('writes one UTF-8 file per month, byte for byte the same for the same seed', async () => {
    const short = { ...options, from: '2019-01-30', to: '2019-02-02' };
    const [first, second] = [
      mkdtempSync(join(tmpdir(), 'calls-a-')),
      mkdtempSync(join(tmpdir(), 'calls-b-')),
    ];
    const written = await writeTelephonyExports(short, first);
    await writeTelephonyExports(short, second);

    expect(written.map((w) => w.path)).toEqual([
      join(first, 'telefoni-opkald-0169-2019-01.csv'),
      join(first, 'telefoni-opkald-0169-2019-02.csv'),
    ]);
    for (const { path, rows } of written) {
      const text = readFileSync(path, 'utf8');
      const lines = text.trimEnd().split('\n');
      expect(lines[0]).toBe(TELEPHONY_COLUMNS.join(';'));
      expect(lines).toHaveLength(rows + 1);
      expect(text).toBe(readFileSync(path.replace(first, second), 'utf8'));
    }
    expect(readFileSync(written[0]!.path, 'utf8')).toMatch(
      /\n20190130-00001;[^;]+;[^;]*;2019-01-30 \d\d:\d\d:\d\d;/,
    );
  });
});

describe(writeTelephonyExport.name, () => {
  it('writes the first N calls of the range into one file with a header, stopping mid-day', async () => {
    const short = { ...options, from: '2019-01-30', to: '2019-02-05' };
    const calls = range(short.from, short.to);
    const maxRows = calls.length - 100;
    const path = join(mkdtempSync(join(tmpdir(), 'calls-one-')), 'nested', 'calls.csv');

    const written = await writeTelephonyExport(short, path, maxRows);

    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(written).toEqual({ path, rows: maxRows });
    expect(lines[0]).toBe(TELEPHONY_COLUMNS.join(';'));
    expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(
      calls.slice(0, maxRows).map((call) => call.callId),
    );
  });

  it('writes every call of the range when it holds fewer than N', async () => {
    const oneDay = { ...options, from: '2019-03-04', to: '2019-03-04' };
    const path = join(mkdtempSync(join(tmpdir(), 'calls-all-')), 'calls.csv');

    const written = await writeTelephonyExport(oneDay, path, 1_000_000);

    expect(written.rows).toBe(day('2019-03-04').length);
    expect(readFileSync(path, 'utf8').trimEnd().split('\n')).toHaveLength(written.rows + 1);
  });
});
