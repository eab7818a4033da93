import { dailyForecast } from './daily-forecast';
import { simulateDays } from './testing/simulated-days';

const weekdayRates = { 1: 120, 2: 90, 3: 80, 4: 100, 5: 60 };

describe(dailyForecast.name, () => {
  const history = simulateDays({ from: '2023-01-01', to: '2025-03-31', weekdayRates, seed: 1 });

  it('learns the opening weekdays and closes the holidays of the future calendar', () => {
    const sut = dailyForecast({ history, origin: '2025-03-31', horizonDays: 56 });
    expect(sut.openWeekdays).toEqual([1, 2, 3, 4, 5]);
    const byDate = new Map(sut.days.map((d) => [d.date, d]));
    // Easter 2025: Maundy Thursday 17 April to Easter Monday 21 April.
    for (const date of ['2025-04-17', '2025-04-18', '2025-04-21', '2025-04-19'])
      expect(byDate.get(date)).toMatchObject({ isOpen: false, mean: 0, high95: 0 });
    const monday = byDate.get('2025-04-07')!;
    expect(monday.mean).toBeGreaterThan(105);
    expect(monday.mean).toBeLessThan(135);
    expect(byDate.get('2025-04-11')!.mean).toBeLessThan(72);
  });

  it('learns a Saturday opening from a centre that has one', () => {
    const saturdays = simulateDays({
      from: '2023-01-01',
      to: '2025-03-31',
      weekdayRates: { ...weekdayRates, 6: 30 },
      seed: 2,
    });
    const sut = dailyForecast({ history: saturdays, origin: '2025-03-31', horizonDays: 14 });
    expect(sut.openWeekdays).toEqual([1, 2, 3, 4, 5, 6]);
    const saturday = sut.days.find((d) => d.date === '2025-04-05')!;
    expect(saturday.mean).toBeGreaterThan(22);
    expect(saturday.mean).toBeLessThan(38);
  });

  it('closes the days of a closure event and follows a level shift', () => {
    const shifted = simulateDays({
      from: '2023-01-01',
      to: '2025-03-31',
      weekdayRates,
      seed: 3,
      levelShift: { from: '2025-02-03', factor: 0.6 },
    });
    const sut = dailyForecast({
      history: shifted,
      origin: '2025-03-31',
      horizonDays: 14,
      events: [{ kind: 'closure', dateFrom: '2025-04-08', dateTo: '2025-04-09' }],
    });
    const byDate = new Map(sut.days.map((d) => [d.date, d]));
    expect(byDate.get('2025-04-08')!.isOpen).toBe(false);
    expect(byDate.get('2025-04-09')!.mean).toBe(0);
    // 120 × 0.6 = 72 on Mondays after the shift.
    expect(byDate.get('2025-04-07')!.mean).toBeGreaterThan(60);
    expect(byDate.get('2025-04-07')!.mean).toBeLessThan(85);
  });

  it('has intervals that cover about their share of a simulated future', () => {
    const all = simulateDays({ from: '2023-01-01', to: '2025-12-31', weekdayRates, seed: 4 });
    const actual = new Map(all.map((d) => [d.date, d.count]));
    let inside80 = 0;
    let inside95 = 0;
    let open = 0;
    for (const origin of ['2025-03-02', '2025-05-04', '2025-07-06', '2025-09-07']) {
      const sut = dailyForecast({ history: all, origin, horizonDays: 56 });
      for (const day of sut.days.filter((d) => d.isOpen)) {
        const y = actual.get(day.date)!;
        open += 1;
        if (y >= day.low80 && y <= day.high80) inside80 += 1;
        if (y >= day.low95 && y <= day.high95) inside95 += 1;
      }
    }
    expect(inside80 / open).toBeGreaterThan(0.72);
    expect(inside80 / open).toBeLessThan(0.9);
    expect(inside95 / open).toBeGreaterThan(0.9);
  });

  it('ignores data after the origin and refuses negative counts', () => {
    const cut = history.filter((d) => d.date <= '2024-12-31');
    const later = [...cut, { date: '2025-01-02', count: 10_000 }];
    const a = dailyForecast({ history: cut, origin: '2024-12-31', horizonDays: 7 });
    const b = dailyForecast({ history: later, origin: '2024-12-31', horizonDays: 7 });
    expect(b.days).toEqual(a.days);
    expect(() =>
      dailyForecast({
        history: [{ date: '2024-01-02', count: -1 }],
        origin: '2024-12-31',
        horizonDays: 7,
      }),
    ).toThrow(/The count on 2024-01-02 is -1/);
    expect(() => dailyForecast({ history, origin: '2024-12-31', horizonDays: 57 })).toThrow(
      /horizonDays must be a whole number from 1 to 56/,
    );
  });
});
