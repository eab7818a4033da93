import {
  copenhagenOffsetMinutes,
  copenhagenWallClockToUtc,
  toCopenhagenWallClock,
} from './copenhagen-time';
import { eachDay, parseIsoDate } from './local-date';

const HOUR = 3_600_000;

const intlCopenhagen = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The reference answer, from the IANA time-zone database via Intl. */
function intlWallClock(utcMillis: number) {
  const parts = Object.fromEntries(
    intlCopenhagen.formatToParts(utcMillis).map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? '') + 1,
    isoDate: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

function hourKey(w: { year: number; month: number; day: number; hour: number }): string {
  return `${w.year}-${w.month}-${w.day} ${w.hour}`;
}

describe('Copenhagen time against Intl, every hour of 2019–2026', () => {
  // Sweep a day either side so every local hour of the range has all its UTC instants.
  const first = Date.UTC(2018, 11, 31);
  const last = Date.UTC(2027, 0, 2);
  const intlByUtc = new Map<number, ReturnType<typeof intlWallClock>>();
  const utcInstantsByLocalHour = new Map<string, number[]>();
  for (let utc = first; utc <= last; utc += HOUR) {
    const wallClock = intlWallClock(utc);
    intlByUtc.set(utc, wallClock);
    const key = hourKey(wallClock);
    utcInstantsByLocalHour.set(key, [...(utcInstantsByLocalHour.get(key) ?? []), utc]);
  }

  it(`${toCopenhagenWallClock.name} agrees on the hour and the second before it`, () => {
    let mismatches = 0;
    for (let utc = first; utc <= last; utc += HOUR) {
      for (const instant of [utc, utc - 1000]) {
        const ours = toCopenhagenWallClock(instant);
        const theirs = intlByUtc.get(instant) ?? intlWallClock(instant);
        if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
          // Fail with a readable diff on the first mismatch rather than tens of thousands.
          expect({ instant: new Date(instant).toISOString(), ...ours }).toEqual({
            instant: new Date(instant).toISOString(),
            ...theirs,
          });
          mismatches++;
        }
      }
    }
    expect(mismatches).toBe(0);
  });

  it(`${copenhagenOffsetMinutes.name} agrees with the wall clock Intl reports`, () => {
    for (const [utc, w] of intlByUtc) {
      const offsetMinutes = (Date.UTC(w.year, w.month - 1, w.day, w.hour) - utc) / 60_000;
      if (copenhagenOffsetMinutes(utc) !== offsetMinutes) {
        expect({ utc: new Date(utc).toISOString(), offset: copenhagenOffsetMinutes(utc) }).toEqual({
          utc: new Date(utc).toISOString(),
          offset: offsetMinutes,
        });
      }
    }
  });

  it(`${copenhagenWallClockToUtc.name} finds exactly the instants Intl shows at each local hour`, () => {
    const kinds = { ok: 0, gap: 0, ambiguous: 0 };
    for (const iso of eachDay('2019-01-01', '2026-12-31')) {
      const { year, month, day } = parseIsoDate(iso);
      for (let hour = 0; hour < 24; hour++) {
        const result = copenhagenWallClockToUtc(year, month, day, hour, 0);
        kinds[result.kind]++;
        const found =
          result.kind === 'ok'
            ? [result.utcMillis]
            : result.kind === 'ambiguous'
              ? [result.earlierUtcMillis, result.laterUtcMillis]
              : [];
        const expected = utcInstantsByLocalHour.get(hourKey({ year, month, day, hour })) ?? [];
        if (JSON.stringify(found) !== JSON.stringify(expected)) {
          expect({ iso, hour, found }).toEqual({ iso, hour, found: expected });
        }
      }
    }
    // One spring-forward and one fall-back hour per year.
    expect(kinds.gap).toBe(8);
    expect(kinds.ambiguous).toBe(8);
  });
});

describe(copenhagenWallClockToUtc.name, () => {
  it('converts a winter time with UTC+1', () => {
    expect(copenhagenWallClockToUtc(2024, 1, 15, 12, 0)).toEqual({
      kind: 'ok',
      utcMillis: 1_705_316_400_000, // 2024-01-15T11:00:00Z
    });
  });

  it('converts a summer time with UTC+2', () => {
    expect(copenhagenWallClockToUtc(2024, 7, 1, 12, 0)).toEqual({
      kind: 'ok',
      utcMillis: 1_719_828_000_000, // 2024-07-01T10:00:00Z
    });
  });

  it('keeps seconds', () => {
    expect(copenhagenWallClockToUtc(2024, 1, 15, 12, 0, 59)).toEqual({
      kind: 'ok',
      utcMillis: 1_705_316_400_000 + 59_000,
    });
  });

  it('reports the skipped hour of 28 March 2021 as a gap', () => {
    expect(copenhagenWallClockToUtc(2021, 3, 28, 2, 30)).toEqual({ kind: 'gap' });
    expect(copenhagenWallClockToUtc(2021, 3, 28, 2, 0)).toEqual({ kind: 'gap' });
    expect(copenhagenWallClockToUtc(2021, 3, 28, 2, 59, 59)).toEqual({ kind: 'gap' });
  });

  it('has 01:59:59 and 03:00 on either side of the gap', () => {
    const transition = Date.UTC(2021, 2, 28, 1);
    expect(copenhagenWallClockToUtc(2021, 3, 28, 1, 59, 59)).toEqual({
      kind: 'ok',
      utcMillis: transition - 1000,
    });
    expect(copenhagenWallClockToUtc(2021, 3, 28, 3, 0)).toEqual({
      kind: 'ok',
      utcMillis: transition,
    });
  });

  it('reports the repeated hour of 31 October 2021 as ambiguous, CEST first', () => {
    expect(copenhagenWallClockToUtc(2021, 10, 31, 2, 30)).toEqual({
      kind: 'ambiguous',
      earlierUtcMillis: 1_635_640_200_000, // 2021-10-31T00:30:00Z, 02:30 CEST
      laterUtcMillis: 1_635_643_800_000, // 2021-10-31T01:30:00Z, 02:30 CET
    });
  });

  it('has 01:59:59 and 03:00 unambiguous around the repeated hour', () => {
    const transition = Date.UTC(2021, 9, 31, 1);
    expect(copenhagenWallClockToUtc(2021, 10, 31, 1, 59, 59)).toEqual({
      kind: 'ok',
      utcMillis: transition - HOUR - 1000,
    });
    expect(copenhagenWallClockToUtc(2021, 10, 31, 3, 0)).toEqual({
      kind: 'ok',
      utcMillis: transition + HOUR,
    });
  });

  it.each([
    [2021, 2, 29, 12, 0, 0],
    [2021, 13, 1, 12, 0, 0],
    [2021, 1, 1, 24, 0, 0],
    [2021, 1, 1, 12, 60, 0],
    [2021, 1, 1, 12, 0, 60],
    [2021, 1, 1, 12.5, 0, 0],
  ])('rejects the impossible wall clock %i-%i-%i %i:%i:%i', (y, mo, d, h, mi, s) => {
    expect(() => copenhagenWallClockToUtc(y, mo, d, h, mi, s)).toThrow(RangeError);
  });
});

describe(copenhagenOffsetMinutes.name, () => {
  it('switches exactly at 01:00 UTC on the last Sundays of March and October', () => {
    const springForward = Date.UTC(2025, 2, 30, 1);
    const fallBack = Date.UTC(2025, 9, 26, 1);
    expect(copenhagenOffsetMinutes(springForward - 1)).toBe(60);
    expect(copenhagenOffsetMinutes(springForward)).toBe(120);
    expect(copenhagenOffsetMinutes(fallBack - 1)).toBe(120);
    expect(copenhagenOffsetMinutes(fallBack)).toBe(60);
  });

  it('ends summer time on the last Sunday of September until 1995, as Denmark did', () => {
    const fallBack1995 = Date.UTC(1995, 8, 24, 1);
    expect(copenhagenOffsetMinutes(fallBack1995 - 1)).toBe(120);
    expect(copenhagenOffsetMinutes(fallBack1995)).toBe(60);
    expect(copenhagenOffsetMinutes(Date.UTC(1995, 9, 1))).toBe(60);
    expect(copenhagenOffsetMinutes(Date.UTC(1996, 9, 1))).toBe(120);
  });

  it('rejects instants outside the supported years and non-numbers', () => {
    expect(() => copenhagenOffsetMinutes(Date.UTC(1980, 5, 1))).toThrow(RangeError);
    expect(() => copenhagenOffsetMinutes(Number.NaN)).toThrow(RangeError);
  });
});

describe(toCopenhagenWallClock.name, () => {
  it('gives the wall clock, weekday and ISO date in summer', () => {
    expect(toCopenhagenWallClock(Date.UTC(2024, 6, 1, 22, 15, 30, 999))).toEqual({
      year: 2024,
      month: 7,
      day: 2,
      hour: 0,
      minute: 15,
      second: 30,
      weekday: 2,
      isoDate: '2024-07-02',
    });
  });

  it('crosses New Year in local time before UTC does', () => {
    expect(toCopenhagenWallClock(Date.UTC(2024, 11, 31, 23, 30))).toMatchObject({
      year: 2025,
      month: 1,
      day: 1,
      hour: 0,
      minute: 30,
      weekday: 3,
      isoDate: '2025-01-01',
    });
  });

  it('shows the repeated hour twice', () => {
    const transition = Date.UTC(2021, 9, 31, 1);
    expect(toCopenhagenWallClock(transition - 1800_000)).toMatchObject({ hour: 2, minute: 30 });
    expect(toCopenhagenWallClock(transition + 1800_000)).toMatchObject({ hour: 2, minute: 30 });
  });
});
