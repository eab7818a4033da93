import {
  calendarDay,
  danishClosureDays,
  danishPublicHolidays,
  easterSunday,
  isOpeningDay,
} from './danish-holidays';
import { eachDay } from './local-date';

function holidayDate(year: number, nameDa: string): string | undefined {
  return danishPublicHolidays(year).find((h) => h.nameDa === nameDa)?.date;
}

describe(easterSunday.name, () => {
  it.each([
    [2019, '2019-04-21'],
    [2020, '2020-04-12'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    // The extremes of the Gregorian Easter window (22 March – 25 April).
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2038, '2038-04-25'],
  ])('puts Easter %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('rejects years outside 1990–2100', () => {
    expect(() => easterSunday(1989)).toThrow(RangeError);
    expect(() => easterSunday(2101)).toThrow(RangeError);
  });
});

describe(danishPublicHolidays.name, () => {
  it('lists every holiday of 2023, sorted by date', () => {
    expect(danishPublicHolidays(2023).map((h) => [h.date, h.nameDa])).toEqual([
      ['2023-01-01', 'Nytårsdag'],
      ['2023-04-06', 'Skærtorsdag'],
      ['2023-04-07', 'Langfredag'],
      ['2023-04-09', 'Påskedag'],
      ['2023-04-10', '2. påskedag'],
      ['2023-05-05', 'Store bededag'],
      ['2023-05-18', 'Kristi himmelfartsdag'],
      ['2023-05-28', 'Pinsedag'],
      ['2023-05-29', '2. pinsedag'],
      ['2023-12-25', 'Juledag'],
      ['2023-12-26', '2. juledag'],
    ]);
  });

  it('keeps Store bededag up to 2023 and drops it from 2024', () => {
    expect(holidayDate(2023, 'Store bededag')).toBe('2023-05-05');
    expect(holidayDate(2020, 'Store bededag')).toBe('2020-05-08');
    expect(holidayDate(2024, 'Store bededag')).toBeUndefined();
    expect(calendarDay('2024-04-26').isPublicHoliday).toBe(false);
  });

  it('has 11 holidays a year up to 2023 and 10 from 2024', () => {
    for (let year = 1990; year <= 2100; year++) {
      const holidays = danishPublicHolidays(year);
      expect(holidays).toHaveLength(year <= 2023 ? 11 : 10);
      expect(new Set(holidays.map((h) => h.date)).size).toBe(holidays.length);
      expect(holidays.every((h) => h.date.startsWith(`${year}-`))).toBe(true);
      const dates = holidays.map((h) => h.date);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('dates the Easter-based holidays relative to Easter', () => {
    expect(holidayDate(2020, 'Kristi himmelfartsdag')).toBe('2020-05-21');
    expect(holidayDate(2020, 'Skærtorsdag')).toBe('2020-04-09');
    expect(holidayDate(2020, 'Langfredag')).toBe('2020-04-10');
    expect(holidayDate(2020, '2. påskedag')).toBe('2020-04-13');
    expect(holidayDate(2020, 'Pinsedag')).toBe('2020-05-31');
    expect(holidayDate(2020, '2. pinsedag')).toBe('2020-06-01');
  });

  it('returns a fresh array, so a caller cannot corrupt later answers', () => {
    danishPublicHolidays(2025).pop();
    expect(danishPublicHolidays(2025)).toHaveLength(10);
  });
});

describe(danishClosureDays.name, () => {
  it('lists Grundlovsdag, Juleaftensdag and Nytårsaftensdag', () => {
    expect(danishClosureDays(2025)).toEqual([
      { date: '2025-06-05', nameDa: 'Grundlovsdag', nameEn: 'Constitution Day' },
      { date: '2025-12-24', nameDa: 'Juleaftensdag', nameEn: 'Christmas Eve' },
      { date: '2025-12-31', nameDa: 'Nytårsaftensdag', nameEn: "New Year's Eve" },
    ]);
  });
});

describe(isOpeningDay.name, () => {
  it.each([
    ['2020-12-24', 'Juleaftensdag, a Thursday'],
    ['2021-06-05', 'Grundlovsdag, a Saturday'],
    ['2025-06-05', 'Grundlovsdag, a Thursday'],
    ['2021-12-31', 'Nytårsaftensdag, a Friday'],
    ['2024-01-01', 'Nytårsdag, a Monday'],
    ['2020-05-21', 'Kristi himmelfartsdag'],
    ['2023-05-05', 'Store bededag'],
    ['2024-03-30', 'an ordinary Saturday'],
    ['2024-03-31', 'an ordinary Sunday'],
  ])('is false on %s (%s)', (iso) => {
    expect(isOpeningDay(iso)).toBe(false);
  });

  it.each([
    ['2024-03-05', 'an ordinary Tuesday'],
    ['2024-04-26', 'the Friday that was Store bededag until 2023'],
    ['2020-12-23', 'the day before Juleaftensdag'],
  ])('is true on %s (%s)', (iso) => {
    expect(isOpeningDay(iso)).toBe(true);
  });

  it('gives about 250 opening days a year', () => {
    for (const year of [2019, 2023, 2024, 2025]) {
      const openingDays = eachDay(`${year}-01-01`, `${year}-12-31`).filter(isOpeningDay);
      expect(openingDays.length).toBeGreaterThanOrEqual(245);
      expect(openingDays.length).toBeLessThanOrEqual(254);
    }
  });
});

describe(calendarDay.name, () => {
  it('describes an ordinary weekday', () => {
    expect(calendarDay('2024-03-05')).toEqual({
      date: '2024-03-05',
      dateKey: 20240305,
      year: 2024,
      quarter: 1,
      month: 3,
      isoYear: 2024,
      isoWeek: 10,
      weekday: 2,
      isWeekend: false,
      isPublicHoliday: false,
      holidayNameDa: null,
      isClosureDay: false,
      isOpeningDay: true,
    });
  });

  it('describes a public holiday that falls in the previous ISO year', () => {
    expect(calendarDay('2021-01-01')).toMatchObject({
      quarter: 1,
      isoYear: 2020,
      isoWeek: 53,
      weekday: 5,
      isWeekend: false,
      isPublicHoliday: true,
      holidayNameDa: 'Nytårsdag',
      isClosureDay: false,
      isOpeningDay: false,
    });
  });

  it('marks a closure day without calling it a public holiday', () => {
    expect(calendarDay('2020-12-24')).toMatchObject({
      quarter: 4,
      isPublicHoliday: false,
      holidayNameDa: null,
      isClosureDay: true,
      isOpeningDay: false,
    });
  });

  it('keeps both flags when Grundlovsdag is also Pinsedag (2022)', () => {
    expect(calendarDay('2022-06-05')).toMatchObject({
      weekday: 7,
      isWeekend: true,
      isPublicHoliday: true,
      holidayNameDa: 'Pinsedag',
      isClosureDay: true,
      isOpeningDay: false,
    });
  });

  it('puts each month in the right quarter', () => {
    const quarters = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(
      (month) => calendarDay(`2024-${String(month).padStart(2, '0')}-15`).quarter,
    );
    expect(quarters).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
  });

  it('rejects an invalid date', () => {
    expect(() => calendarDay('2021-02-30')).toThrow(RangeError);
  });
});
