import { type CalendarHour, estimateChanceQueue } from './estimate-chance-queue';

const settings = {
  minutesPerWalkIn: 15,
  unbookedShareUsable: 1,
  noShowShareUsable: 0.5,
  hoursPerFte: 1628,
  costPerFteDkk: 400_000,
};
const hour = (overrides: Partial<CalendarHour>): CalendarHour => ({
  weekday: 1,
  hour: 9,
  offeredMinutes: 0,
  bookedMinutes: 0,
  noShowMinutes: 0,
  walkIns: 0,
  ...overrides,
});

describe(estimateChanceQueue.name, () => {
  it('averages each weekday × hour over its opening days and sums the period', () => {
    const sut = estimateChanceQueue(
      [
        // Monday 1, 9–10: 30 unbooked + 15 no-show × 0.5 = 37.5 usable minutes → 2.5 of 3 walk-ins
        hour({ offeredMinutes: 60, bookedMinutes: 30, noShowMinutes: 15, walkIns: 3 }),
        // Monday 2, 9–10: fully booked, both walk-ins fit nowhere
        hour({ offeredMinutes: 60, bookedMinutes: 60, walkIns: 2 }),
        // Monday 1, 10–11: booked beyond the calendar leaves nothing unbooked; no walk-ins
        hour({ hour: 10, offeredMinutes: 30, bookedMinutes: 45, noShowMinutes: 30 }),
        // Tuesday, 9–10: 45 unbooked minutes, one walk-in
        hour({ weekday: 2, offeredMinutes: 45, walkIns: 1 }),
      ],
      new Map([
        [1, 2],
        [2, 1],
      ]),
      settings,
    );

    expect(sut.cells).toEqual([
      {
        weekday: 1,
        hour: 9,
        idleUnbookedMinutes: 15,
        idleNoShowMinutes: 7.5,
        usableIdleMinutes: 18.75,
        walkIns: 2.5,
        walkInsServable: 1.25,
        staffMinutes: 18.75,
      },
      {
        weekday: 1,
        hour: 10,
        idleUnbookedMinutes: 0,
        idleNoShowMinutes: 15,
        usableIdleMinutes: 7.5,
        walkIns: 0,
        walkInsServable: 0,
        staffMinutes: 0,
      },
      {
        weekday: 2,
        hour: 9,
        idleUnbookedMinutes: 45,
        idleNoShowMinutes: 0,
        usableIdleMinutes: 45,
        walkIns: 1,
        walkInsServable: 1,
        staffMinutes: 15,
      },
    ]);
    const hourly = 400_000 / 1628; // 245.70 DKK
    expect(sut.totals).toEqual({
      openingDays: 3,
      idleUnbookedMinutes: 75,
      idleNoShowMinutes: 45,
      usableIdleMinutes: 97.5,
      walkIns: 6,
      walkInsServable: 3.5,
      walkInsNotFitting: 2.5,
      staffHoursInIdleSlots: 0.875, // 3.5 × 15 min
      hourlyCostDkk: hourly,
      idleValueDkk: 0.875 * hourly,
      idleValueFte: 0.875 / 1628,
      extraStaffHours: 0.625, // 2.5 × 15 min
      extraStaffCostDkk: 0.625 * hourly,
    });
    expect(sut.totals.idleValueDkk).toBeCloseTo(214.99, 2);
    expect(sut.totals.extraStaffCostDkk).toBeCloseTo(153.56, 2);
  });

  it('matches idle time and walk-ins within a day, so idle Mondays do not serve busy ones', () => {
    const sut = estimateChanceQueue(
      [hour({ offeredMinutes: 30 }), hour({ offeredMinutes: 30, bookedMinutes: 30, walkIns: 2 })],
      new Map([[1, 2]]),
      settings,
    );
    // The means (15 idle minutes and one walk-in a Monday) would suggest one walk-in served.
    expect(sut.cells[0]).toMatchObject({ usableIdleMinutes: 15, walkIns: 1, walkInsServable: 0 });
    expect(sut.totals.walkInsNotFitting).toBe(2);
  });

  it('applies the usable shares and the minutes per walk-in', () => {
    const sut = estimateChanceQueue(
      [hour({ offeredMinutes: 100, bookedMinutes: 60, noShowMinutes: 40, walkIns: 10 })],
      new Map([[1, 1]]),
      { ...settings, minutesPerWalkIn: 20, unbookedShareUsable: 0.5, noShowShareUsable: 0.25 },
    );
    // 40 × 0.5 + 40 × 0.25 = 30 usable minutes → 1.5 walk-ins of 20 minutes
    expect(sut.totals).toMatchObject({
      usableIdleMinutes: 30,
      walkInsServable: 1.5,
      staffHoursInIdleSlots: 0.5,
      walkInsNotFitting: 8.5,
    });
    expect(sut.totals.extraStaffHours).toBeCloseTo(170 / 60, 10);
  });

  it('gives zeros, not NaN, for a period without slots', () => {
    const sut = estimateChanceQueue([], new Map(), settings);
    expect(sut.cells).toEqual([]);
    expect(sut.totals).toMatchObject({ openingDays: 0, walkIns: 0, idleValueDkk: 0 });
  });
});
