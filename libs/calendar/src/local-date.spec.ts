import {
  addDays,
  dateKey,
  dateKeyOf,
  daysInMonth,
  eachDay,
  formatIsoDate,
  isoFromDateKey,
  isoWeek,
  isoWeekday,
  parseIsoDate,
} from './local-date';

describe(parseIsoDate.name, () => {
  it('parses a valid date', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each(['2021-02-30', '2021-02-29', '2100-02-29', '2021-13-01', '2021-00-10', '2021-04-31'])(
    'rejects the non-existent date %s',
    (iso) => {
      expect(() => parseIsoDate(iso)).toThrow(RangeError);
    },
  );

  it.each(['2021-1-01', '21-01-01', '2021-01-01T00:00', ' 2021-01-01', 'abc', ''])(
    'rejects the malformed %j',
    (iso) => {
      expect(() => parseIsoDate(iso)).toThrow(RangeError);
    },
  );
});

describe(formatIsoDate.name, () => {
  it('zero-pads month, day and year', () => {
    expect(formatIsoDate({ year: 2021, month: 3, day: 7 })).toBe('2021-03-07');
    expect(formatIsoDate({ year: 987, month: 12, day: 31 })).toBe('0987-12-31');
  });
});

describe(daysInMonth.name, () => {
  it('knows the Gregorian leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });
});

describe(addDays.name, () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
    expect(addDays('2020-01-01', 366)).toBe('2021-01-01');
    expect(addDays('2021-06-15', 0)).toBe('2021-06-15');
  });

  it('is not thrown off by daylight saving time', () => {
    expect(addDays('2021-03-27', 1)).toBe('2021-03-28');
    expect(addDays('2021-03-28', 1)).toBe('2021-03-29');
    expect(addDays('2021-10-31', 1)).toBe('2021-11-01');
  });
});

describe(isoWeekday.name, () => {
  it('counts Monday as 1 and Sunday as 7', () => {
    expect(isoWeekday('2024-01-01')).toBe(1);
    expect(isoWeekday('2024-01-06')).toBe(6);
    expect(isoWeekday('2024-01-07')).toBe(7);
    expect(isoWeekday('2021-06-05')).toBe(6);
  });
});

describe(isoWeek.name, () => {
  it.each([
    ['2021-01-03', 2020, 53],
    ['2021-01-04', 2021, 1],
    ['2019-12-30', 2020, 1],
    ['2024-12-30', 2025, 1],
    ['2026-01-01', 2026, 1],
    ['2026-12-31', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2024-06-05', 2024, 23],
  ])('puts %s in week %i-W%i', (iso, isoYear, week) => {
    expect(isoWeek(iso)).toEqual({ isoYear, week });
  });

  it('starts a new week on every Monday and only then, 2010–2035', () => {
    const days = eachDay('2010-01-04', '2035-12-31');
    for (let i = 1; i < days.length; i++) {
      const previous = isoWeek(days[i - 1]!);
      const current = isoWeek(days[i]!);
      if (isoWeekday(days[i]!) !== 1) {
        expect(current).toEqual(previous);
      } else if (current.isoYear === previous.isoYear) {
        expect(current.week).toBe(previous.week + 1);
      } else {
        expect([52, 53]).toContain(previous.week);
        expect(current).toEqual({ isoYear: previous.isoYear + 1, week: 1 });
      }
    }
  });
});

describe(dateKey.name, () => {
  it('is the integer yyyymmdd', () => {
    expect(dateKey('2024-03-09')).toBe(20240309);
    expect(dateKey('1999-12-31')).toBe(19991231);
  });

  it('is the same from the parts of a date', () => {
    expect(dateKeyOf({ year: 2024, month: 3, day: 9 })).toBe(dateKey('2024-03-09'));
  });
});

describe(isoFromDateKey.name, () => {
  it('turns a key back into its ISO date', () => {
    expect(isoFromDateKey(20240229)).toBe('2024-02-29');
    expect(isoFromDateKey(dateKey('1999-12-31'))).toBe('1999-12-31');
  });

  it('refuses a key of no date', () => {
    expect(() => isoFromDateKey(20230229)).toThrow("No such date: '2023-02-29'");
    expect(() => isoFromDateKey(2024013)).toThrow(RangeError);
  });
});

describe(eachDay.name, () => {
  it('includes both ends', () => {
    expect(eachDay('2024-02-27', '2024-03-01')).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
  });

  it('returns one day when both ends are equal, none when they are reversed', () => {
    expect(eachDay('2024-05-01', '2024-05-01')).toEqual(['2024-05-01']);
    expect(eachDay('2024-05-02', '2024-05-01')).toEqual([]);
  });

  it('has 365 or 366 days per year', () => {
    expect(eachDay('2023-01-01', '2023-12-31')).toHaveLength(365);
    expect(eachDay('2024-01-01', '2024-12-31')).toHaveLength(366);
  });

  it('rejects invalid ends', () => {
    expect(() => eachDay('2023-02-29', '2023-03-01')).toThrow(RangeError);
  });
});
