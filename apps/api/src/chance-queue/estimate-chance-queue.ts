/** One hour of one opening day: the calendar's slot minutes and the walk-ins who arrived. */
export interface CalendarHour {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Hour of the day in Copenhagen time, 0–23, of the slots' start and the tickets' arrival. */
  hour: number;
  offeredMinutes: number;
  /** Minutes of bookings that hold their slot: booked, attended or no-show. */
  bookedMinutes: number;
  noShowMinutes: number;
  /** Queue tickets drawn without a booking. */
  walkIns: number;
}

export interface ChanceQueueSettings {
  minutesPerWalkIn: number;
  /** Share, 0–1, of unbooked slot minutes a chance queue could use. */
  unbookedShareUsable: number;
  /** Share, 0–1, of no-show slot minutes a chance queue could use. */
  noShowShareUsable: number;
  hoursPerFte: number;
  costPerFteDkk: number;
}

/** Means per opening day of one weekday × hour. */
export interface ChanceQueueCellEstimate {
  weekday: number;
  hour: number;
  idleUnbookedMinutes: number;
  idleNoShowMinutes: number;
  usableIdleMinutes: number;
  walkIns: number;
  walkInsServable: number;
  staffMinutes: number;
}

/** Sums over the period. */
export interface ChanceQueueTotals {
  openingDays: number;
  idleUnbookedMinutes: number;
  idleNoShowMinutes: number;
  usableIdleMinutes: number;
  walkIns: number;
  walkInsServable: number;
  walkInsNotFitting: number;
  /** Staff hours a chance queue would spend in slots that are paid for and otherwise idle. */
  staffHoursInIdleSlots: number;
  hourlyCostDkk: number;
  /** What those hours are worth: the paid idle time put to use, at the hourly cost. */
  idleValueDkk: number;
  /** Those hours in FTE (hours ÷ hours per FTE; a year's period gives FTE a year). */
  idleValueFte: number;
  /** Staff hours, beyond the calendar's, to serve the walk-ins that fit no idle slot. */
  extraStaffHours: number;
  extraStaffCostDkk: number;
}

export interface ChanceQueueEstimate {
  cells: ChanceQueueCellEstimate[];
  totals: ChanceQueueTotals;
}

const CELL_SUMS = [
  'idleUnbookedMinutes',
  'idleNoShowMinutes',
  'usableIdleMinutes',
  'walkIns',
  'walkInsServable',
  'staffMinutes',
] as const;
type CellSums = Record<(typeof CELL_SUMS)[number], number>;

/**
 * What a chance queue could have done with the calendar's idle slots. Idle time and walk-ins are
 * matched hour by hour on each day before anything is averaged: idle minutes on a quiet Tuesday
 * cannot serve Wednesday's queue, and a mean of minima is smaller than a minimum of means.
 * `openingDaysByWeekday` is the divisor of each weekday's cells (days on which the calendar
 * offered slots, with or without idle time or walk-ins).
 */
export function estimateChanceQueue(
  hours: readonly CalendarHour[],
  openingDaysByWeekday: ReadonlyMap<number, number>,
  settings: ChanceQueueSettings,
): ChanceQueueEstimate {
  const sums = new Map<string, { weekday: number; hour: number } & CellSums>();
  for (const h of hours) {
    // More booked than offered (a booking outside the exported calendar) leaves nothing unbooked.
    const idleUnbooked = Math.max(0, h.offeredMinutes - h.bookedMinutes);
    const usable =
      idleUnbooked * settings.unbookedShareUsable + h.noShowMinutes * settings.noShowShareUsable;
    const servable = Math.min(h.walkIns, usable / settings.minutesPerWalkIn);
    const key = `${h.weekday}:${h.hour}`;
    const cell = sums.get(key) ?? {
      weekday: h.weekday,
      hour: h.hour,
      ...(Object.fromEntries(CELL_SUMS.map((field) => [field, 0])) as CellSums),
    };
    cell.idleUnbookedMinutes += idleUnbooked;
    cell.idleNoShowMinutes += h.noShowMinutes;
    cell.usableIdleMinutes += usable;
    cell.walkIns += h.walkIns;
    cell.walkInsServable += servable;
    cell.staffMinutes += servable * settings.minutesPerWalkIn;
    sums.set(key, cell);
  }

  const all = [...sums.values()];
  const total = (field: keyof CellSums) => all.reduce((sum, cell) => sum + cell[field], 0);
  const cells = all
    .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour)
    .map((cell) => {
      const days = openingDaysByWeekday.get(cell.weekday) ?? 0;
      const mean = (value: number) => (days > 0 ? value / days : 0);
      return {
        weekday: cell.weekday,
        hour: cell.hour,
        ...(Object.fromEntries(CELL_SUMS.map((field) => [field, mean(cell[field])])) as CellSums),
      };
    });

  const hourlyCostDkk = settings.costPerFteDkk / settings.hoursPerFte;
  const walkIns = total('walkIns');
  const walkInsServable = total('walkInsServable');
  const staffHoursInIdleSlots = total('staffMinutes') / 60;
  const walkInsNotFitting = walkIns - walkInsServable;
  const extraStaffHours = (walkInsNotFitting * settings.minutesPerWalkIn) / 60;
  return {
    cells,
    totals: {
      openingDays: [...openingDaysByWeekday.values()].reduce((sum, days) => sum + days, 0),
      idleUnbookedMinutes: total('idleUnbookedMinutes'),
      idleNoShowMinutes: total('idleNoShowMinutes'),
      usableIdleMinutes: total('usableIdleMinutes'),
      walkIns,
      walkInsServable,
      walkInsNotFitting,
      staffHoursInIdleSlots,
      hourlyCostDkk,
      idleValueDkk: staffHoursInIdleSlots * hourlyCostDkk,
      idleValueFte: staffHoursInIdleSlots / settings.hoursPerFte,
      extraStaffHours,
      extraStaffCostDkk: extraStaffHours * hourlyCostDkk,
    },
  };
}
