/**
 * Staff hours needed per day from the half-hourly forecast, set against the rota: the phone by
 * Erlang A (Erlang C without a patience), the counter by Erlang C for the walk-ins on top of the
 * staff the booked appointments hold (booked slots are a fixed load, not a queue).
 */
import { agentsNeeded, type ServiceTarget } from './erlang';
import { HALF_HOURS } from './intraday';
import { StaffingError } from './staffing-error';

const INTERVAL_SECONDS = 1800;

export interface DayLoad {
  date: string;
  /** Expected calls per half hour (48 values). */
  calls: readonly number[];
  walkIns: readonly number[];
  booked: readonly number[];
}

export interface StaffingAssumptions {
  callAhtSeconds: number;
  /** Mean patience of callers, from the abandoned calls; absent: Erlang C. */
  callPatienceSeconds?: number;
  callTarget: ServiceTarget;
  counterHandlingSeconds: number;
  walkInTarget: ServiceTarget;
}

export interface RotaDay {
  date: string;
  phoneHours: number;
  counterHours: number;
}

export interface StaffingDay {
  date: string;
  phoneHoursNeeded: number;
  counterHoursNeeded: number;
  /** Null when the rota has no row for the day (not loaded that far ahead), not zero hours. */
  phoneHoursRota: number | null;
  counterHoursRota: number | null;
  /** Rota minus need: negative is short, positive over; null without a rota for the day. */
  phoneHoursBalance: number | null;
  counterHoursBalance: number | null;
  /** The most agents any half hour needs. */
  peakPhoneAgents: number;
  peakCounterStaff: number;
}

export function staffingPlan(
  days: readonly DayLoad[],
  assumptions: StaffingAssumptions,
  rota: readonly RotaDay[],
): StaffingDay[] {
  const rotaByDate = new Map(rota.map((r) => [r.date, r]));
  return days.map((day) => {
    for (const series of [day.calls, day.walkIns, day.booked])
      if (series.length !== HALF_HOURS)
        throw new StaffingError(
          'invalid-input',
          `${day.date}: a day has ${HALF_HOURS} half hours; got ${series.length} values.`,
        );
    const phone = day.calls.map(
      (arrivals) =>
        agentsNeeded(
          {
            arrivals,
            intervalSeconds: INTERVAL_SECONDS,
            ahtSeconds: assumptions.callAhtSeconds,
            ...(assumptions.callPatienceSeconds === undefined
              ? {}
              : { patienceSeconds: assumptions.callPatienceSeconds }),
          },
          assumptions.callTarget,
        ).agents,
    );
    const counter = day.walkIns.map((arrivals, i) => {
      // Booked appointments hold a counter each for their handling time; rounding down a hair
      // keeps floating-point noise (2.0000001) from adding a person.
      const bookedStaff = Math.ceil(
        (day.booked[i]! * assumptions.counterHandlingSeconds) / INTERVAL_SECONDS - 1e-9,
      );
      const walkIn = agentsNeeded(
        {
          arrivals,
          intervalSeconds: INTERVAL_SECONDS,
          ahtSeconds: assumptions.counterHandlingSeconds,
        },
        assumptions.walkInTarget,
      ).agents;
      return Math.max(0, bookedStaff) + walkIn;
    });
    const hours = (agents: readonly number[]) =>
      agents.reduce((s, v) => s + v, 0) * (INTERVAL_SECONDS / 3600);
    const phoneHoursNeeded = hours(phone);
    const counterHoursNeeded = hours(counter);
    const planned = rotaByDate.get(day.date);
    return {
      date: day.date,
      phoneHoursNeeded,
      counterHoursNeeded,
      phoneHoursRota: planned?.phoneHours ?? null,
      counterHoursRota: planned?.counterHours ?? null,
      phoneHoursBalance: planned ? planned.phoneHours - phoneHoursNeeded : null,
      counterHoursBalance: planned ? planned.counterHours - counterHoursNeeded : null,
      peakPhoneAgents: Math.max(...phone),
      peakCounterStaff: Math.max(...counter),
    };
  });
}
