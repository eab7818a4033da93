import { buildCalendarMonths, isoWeek, isoWeekday } from './calendar-months';

describe('isoWeek', () => {
  it('numbers weeks as ISO 8601 does', () => {
    expect(isoWeek('2026-01-01')).toBe(1); // a Thursday
    expect(isoWeek('2027-01-01')).toBe(53); // a Friday: still 2026's last week
    expect(isoWeek('2025-12-29')).toBe(1); // Monday of 2026's week 1
    expect(isoWeek('2026-11-02')).toBe(45);
  });

  it('knows the weekday', () => {
    expect(isoWeekday('2026-11-02')).toBe(1);
    expect(isoWeekday('2026-11-01')).toBe(7);
  });
});

describe('buildCalendarMonths', () => {
  it('puts each day under its weekday, a row per week, a grid per month', () => {
    const days = ['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03'].map(
      (date) => ({ date }),
    );
    const months = buildCalendarMonths(days);
    expect(months.map((m) => m.month)).toEqual(['2026-10', '2026-11']);
    // Friday 30 and Saturday 31 October in week 44.
    expect(months[0]?.weeks).toEqual([
      {
        week: 44,
        days: [null, null, null, null, { date: '2026-10-30' }, { date: '2026-10-31' }, null],
      },
    ]);
    // Sunday 1 November closes week 44; Monday 2 November starts week 45.
    expect(months[1]?.weeks.map((w) => w.week)).toEqual([44, 45]);
    expect(months[1]?.weeks[0]?.days[6]).toEqual({ date: '2026-11-01' });
    expect(months[1]?.weeks[1]?.days.slice(0, 2)).toEqual([
      { date: '2026-11-02' },
      { date: '2026-11-03' },
    ]);
  });

  it('is empty without days', () => {
    expect(buildCalendarMonths([])).toEqual([]);
  });
});
