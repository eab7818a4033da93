/**
 * Monthly series of the sample municipality as the warehouse would hold them, simulated in memory
 * with the simulator's own day functions (the ones that write the source exports the ETL loads):
 * visits counted per ticket, walk-in waits from the tickets, calls per IVR choice, rota hours per
 * activity, bookings by channel and the age band derived from the CPR number.
 */
import { isOpeningDay } from '@kanalindsigt/calendar/danish-holidays';
import { eachDay } from '@kanalindsigt/calendar/local-date';
import { ageBandCode, ageOn, deriveFromCpr } from '@kanalindsigt/warehouse/reference/cpr';
import { simulateBookingDay } from '@kanalindsigt/simulator/booking-export';
import { simulateDay } from '@kanalindsigt/simulator/frontdesk-export';
import { simulateRotaDay } from '@kanalindsigt/simulator/staffing-export';
import { simulateCallDay } from '@kanalindsigt/simulator/telephony-export';

/** The built-in sample's simulation (etl/src/sample/sample-data.ts). */
export const SAMPLE_SIMULATION = {
  municipalityCode: '0169',
  population: 50_835,
  from: '2017-01-01',
  to: '2026-10-31',
  seed: 20201201,
};

export interface MonthTotals {
  /** YYYY-MM */
  month: string;
  openingDays: number;
  values: Record<string, number>;
}

/** Adds up `perDay(date)` by month over opening days from `from` to `to`. */
export function monthly(
  from: string,
  to: string,
  perDay: (date: string) => Record<string, number>,
): MonthTotals[] {
  const months = new Map<string, MonthTotals>();
  for (const date of eachDay(from, to)) {
    if (!isOpeningDay(date)) continue;
    const month = date.slice(0, 7);
    const totals = months.get(month) ?? { month, openingDays: 0, values: {} };
    totals.openingDays += 1;
    for (const [key, value] of Object.entries(perDay(date)))
      totals.values[key] = (totals.values[key] ?? 0) + value;
    months.set(month, totals);
  }
  return [...months.values()];
}

const minutes = (text: string) => Number(text.replace(',', '.'));

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Visits per month and the median wait of walk-in tickets. */
export function visitMonths(from: string, to: string) {
  const waits = new Map<string, number[]>();
  const totals = monthly(from, to, (date) => {
    const tickets = simulateDay(date, SAMPLE_SIMULATION, () => 0);
    const month = waits.get(date.slice(0, 7)) ?? [];
    for (const ticket of tickets)
      if (ticket.ticketType === 'Walk-in') month.push(minutes(ticket.waitMinutes));
    waits.set(date.slice(0, 7), month);
    return { visits: tickets.length };
  });
  return totals.map((total) => ({
    ...total,
    walkInMedianWait: waits.get(total.month)?.length ? median(waits.get(total.month)!) : NaN,
  }));
}

/** Calls per month on one IVR choice. */
export function callMonths(from: string, to: string, ivrChoice: string) {
  return monthly(from, to, (date) => ({
    calls: simulateCallDay(date, SAMPLE_SIMULATION).filter((call) => call.ivrChoice === ivrChoice)
      .length,
  }));
}

/** Rota hours per month by activity. */
export function rotaMonths(from: string, to: string) {
  return monthly(from, to, (date) => {
    const hours: Record<string, number> = { counter: 0, phone: 0 };
    for (const row of simulateRotaDay(date, SAMPLE_SIMULATION))
      hours[row.activity] = (hours[row.activity] ?? 0) + row.hours;
    return hours;
  });
}

/** Bookings per month by age band (derived from the CPR number): `<band>` all, `<band>:phone` by phone. */
export function bookingMonths(from: string, to: string) {
  return monthly(from, to, (date) => {
    const counts: Record<string, number> = {};
    for (const booking of simulateBookingDay(date, SAMPLE_SIMULATION)) {
      const cpr = deriveFromCpr(booking.cpr);
      if (!cpr.ok) continue;
      const band = ageBandCode(ageOn(cpr.birthDate, date));
      counts[band] = (counts[band] ?? 0) + 1;
      if (booking.channel === 'phone') counts[`${band}:phone`] = (counts[`${band}:phone`] ?? 0) + 1;
    }
    return counts;
  });
}

/** The worked example of docs/evaluation.md (fixtures/sample-visits.csv) from `visitMonths`. */
export function visitMonthsCsv(months: ReturnType<typeof visitMonths>): string {
  const lines = months.map((m) =>
    [
      m.month,
      m.values.visits ?? 0,
      m.openingDays,
      Number.isFinite(m.walkInMedianWait) ? m.walkInMedianWait.toFixed(2) : '',
    ].join(','),
  );
  return ['month,visits,opening_days,walk_in_median_wait_minutes', ...lines, ''].join('\n');
}
