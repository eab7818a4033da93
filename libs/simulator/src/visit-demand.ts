/**
 * The demand model behind simulated queue tickets: how many citizens arrive on a day, when, for
 * what, and whether they booked. Figures are calibrated on the seeds: Ballerup's footfall mix by
 * service, peaks on Mondays and Thursday afternoons, the spring 2020 COVID closure, the pickup box
 * from Q3 2020, mandatory booking from 2020-12-01 and the MitID surge of 2021–22.
 */
import { isoWeekday, parseIsoDate } from '@kanalindsigt/calendar/local-date';

export interface QueueService {
  label: string;
  weight: number;
  medianHandlingMinutes: number;
}

/** Weights follow Ballerup's 2016 footfall table, grouped onto the queue names of the export. */
export const QUEUE_SERVICES: readonly QueueService[] = [
  { label: 'Pas', weight: 6281, medianHandlingMinutes: 9 },
  { label: 'Kørekort', weight: 4863, medianHandlingMinutes: 8 },
  { label: 'Udlevering pas og kørekort', weight: 719, medianHandlingMinutes: 3 },
  { label: 'Folkeregister/flytning', weight: 2087, medianHandlingMinutes: 10 },
  { label: 'Sundhedskort/lægevalg', weight: 645, medianHandlingMinutes: 5 },
  { label: 'Indrejse/EU-ophold', weight: 500, medianHandlingMinutes: 18 },
  { label: 'NemID/MitID', weight: 1300, medianHandlingMinutes: 12 },
  { label: 'Digital Post', weight: 386, medianHandlingMinutes: 7 },
  { label: 'Hjælp til selvbetjening', weight: 1118, medianHandlingMinutes: 15 },
  { label: 'Pension', weight: 1465, medianHandlingMinutes: 12 },
  { label: 'Boligstøtte', weight: 405, medianHandlingMinutes: 12 },
  { label: 'Skat', weight: 468, medianHandlingMinutes: 10 },
  { label: 'Vielse', weight: 143, medianHandlingMinutes: 20 },
  { label: 'Øvrige', weight: 650, medianHandlingMinutes: 7 },
];

export const MANDATORY_BOOKING_FROM = '2020-12-01';

/**
 * Planted effect of mandatory booking on the counters: fewer visits (errands moved to phone and
 * self-service), the booked share ramping up, and shorter walk-in waits.
 */
export const MANDATORY_BOOKING_VISIT_EFFECT = {
  from: MANDATORY_BOOKING_FROM,
  visitVolumeFactor: 0.88,
  bookedShareBefore: 0.08,
  bookedShareCovidReopening: 0.35,
  bookedShareAtGoLive: 0.65,
  bookedShareRisePerMonth: 0.08,
  bookedShareMax: 0.9,
  walkInMedianWaitMinutesBefore: 14,
  walkInMedianWaitMinutesAfter: 9,
} as const;
export const COVID_CLOSED = { from: '2020-03-12', to: '2020-05-17' };
const COVID_REDUCED_UNTIL = '2020-08-31';
export const PICKUP_BOX_FROM = '2020-07-01';
export const MITID_SURGE_PERIOD = { from: '2021-10-01', to: '2022-06-30' };

/** Opening hours per ISO weekday as [open, close) in minutes after midnight. */
export const OPENING_HOURS: Readonly<Record<number, readonly [number, number]>> = {
  1: [9 * 60, 15 * 60],
  2: [9 * 60, 15 * 60],
  3: [9 * 60, 15 * 60],
  4: [9 * 60, 17 * 60 + 30],
  5: [9 * 60, 13 * 60],
};

const WEEKDAY_FACTOR: Readonly<Record<number, number>> = {
  1: 1.3,
  2: 1.0,
  3: 0.92,
  4: 1.18,
  5: 0.72,
};
const MONTH_FACTOR = [1.0, 0.95, 1.05, 1.1, 1.15, 1.15, 0.8, 1.0, 1.0, 1.0, 0.95, 0.75];
const HOUR_WEIGHT: Readonly<Record<number, number>> = {
  9: 1.0,
  10: 1.35,
  11: 1.3,
  12: 1.0,
  13: 0.95,
  14: 0.85,
  15: 1.25,
  16: 1.35,
  17: 0.7,
};
/** Tickets per 1,000 inhabitants on an average opening day in 2017 (Ballerup 2016: about 2.3). */
const TICKETS_PER_1000_PER_DAY = 2.3;
const YEARLY_TREND = 0.97;

export interface DayDemand {
  expectedTickets: number;
  serviceWeights: number[];
  bookedShare: number;
  /** Median wait in minutes for a walk-in at an average hour of this day. */
  walkInMedianWaitMinutes: number;
}

const between = (date: string, range: { from: string; to: string }) =>
  date >= range.from && date <= range.to;

/** Demand on one opening day; null when the town hall is closed (COVID). */
export function dayDemand(date: string, population: number): DayDemand | null {
  if (between(date, COVID_CLOSED)) return null;
  const { year, month } = parseIsoDate(date);
  const weekday = isoWeekday(date);
  const mandatory = date >= MANDATORY_BOOKING_FROM;
  let volume =
    (population / 1000) *
    TICKETS_PER_1000_PER_DAY *
    (WEEKDAY_FACTOR[weekday] ?? 1) *
    (MONTH_FACTOR[month - 1] ?? 1) *
    YEARLY_TREND ** (year - 2017);
  if (date > COVID_CLOSED.to && date <= COVID_REDUCED_UNTIL) volume *= 0.7;
  // Mandatory booking moves some errands to phone and self-service before they reach the counter.
  if (mandatory) volume *= MANDATORY_BOOKING_VISIT_EFFECT.visitVolumeFactor;

  const serviceWeights = QUEUE_SERVICES.map((service) => {
    let weight = service.weight;
    if (service.label === 'Pas' && month >= 4 && month <= 6) weight *= 1.35;
    if (service.label === 'Udlevering pas og kørekort' && date >= PICKUP_BOX_FROM) weight *= 0.35;
    if (service.label === 'NemID/MitID' && between(date, MITID_SURGE_PERIOD)) weight *= 3.5;
    return weight;
  });

  const effect = MANDATORY_BOOKING_VISIT_EFFECT;
  let bookedShare: number = effect.bookedShareBefore;
  if (date > COVID_CLOSED.to && date < MANDATORY_BOOKING_FROM)
    bookedShare = effect.bookedShareCovidReopening;
  if (mandatory) {
    const monthsSinceGoLive = (year - 2020) * 12 + month - 12;
    bookedShare = Math.min(
      effect.bookedShareMax,
      effect.bookedShareAtGoLive + effect.bookedShareRisePerMonth * monthsSinceGoLive,
    );
  }
  const walkInMedianWaitMinutes =
    (mandatory ? effect.walkInMedianWaitMinutesAfter : effect.walkInMedianWaitMinutesBefore) *
    (weekday === 1 || weekday === 4 ? 1.35 : 1);
  return { expectedTickets: volume, serviceWeights, bookedShare, walkInMedianWaitMinutes };
}

/** Relative arrival intensity per hour of the day's opening hours (Thursday afternoons peak). */
export function hourWeights(weekday: number): { hour: number; weight: number }[] {
  const hours = OPENING_HOURS[weekday];
  if (!hours) return [];
  const result: { hour: number; weight: number }[] = [];
  for (let hour = Math.floor(hours[0] / 60); hour * 60 < hours[1]; hour += 1) {
    const openMinutes = Math.min(hours[1], (hour + 1) * 60) - Math.max(hours[0], hour * 60);
    result.push({ hour, weight: (HOUR_WEIGHT[hour] ?? 1) * (openMinutes / 60) });
  }
  return result;
}
