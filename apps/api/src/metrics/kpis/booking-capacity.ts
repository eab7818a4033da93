import { eventKpi, type EventKind, type KpiDefinition } from './kpi-definition';
import { KpiUnit } from './kpi-types';

// Booking capacity: offered slots against bookings, over mart.booking_slot_daily and the slots
// and bookings it is built from.

interface CapacitySql {
  offered: string;
  /** Minutes a booking still holds: cancelled and rescheduled bookings free their slot. */
  booked: string;
  attended: string;
  noShow: string;
}

const minutes = (status: string) => `coalesce(sum(r.minutes) FILTER (WHERE r.status ${status}), 0)`;

// As libs/warehouse/src/rollups/booking-slot-rollups.ts builds mart.booking_slot_daily from the slots and
// mart.booking_daily (itself the bookings' slot minutes by status).
const CAPACITY: EventKind<CapacitySql> = {
  rollup: 'capacityDaily',
  facts: 'capacityFacts',
  rollupSql: {
    offered: 'sum(r.offered_minutes)',
    booked: 'sum(r.booked_minutes)',
    attended: 'sum(r.attended_minutes)',
    noShow: 'sum(r.no_show_minutes)',
  },
  factsSql: {
    offered: minutes(`= 'offered'`),
    booked: minutes(`IN ('booked', 'attended', 'no_show')`),
    attended: minutes(`= 'attended'`),
    noShow: minutes(`= 'no_show'`),
  },
};

export const CAPACITY_KPIS: KpiDefinition[] = [
  eventKpi(CAPACITY, {
    id: 'offered_slot_minutes',
    labelDa: 'Udbudte tidsminutter',
    labelEn: 'Offered slot minutes',
    descriptionDa: 'Minutter i de tider kalenderen udbød.',
    descriptionEn: 'Minutes of the slots the booking calendar offered.',
    unit: KpiUnit.MINUTES,
    definitionVersion: 1,
    numerator: (c) => c.offered,
  }),
  eventKpi(CAPACITY, {
    id: 'booked_slot_minutes',
    labelDa: 'Bookede tidsminutter',
    labelEn: 'Booked slot minutes',
    descriptionDa: 'Minutter i bestillinger der holder deres tid (bestilt, fremmødt, udeblevet).',
    descriptionEn: 'Minutes of bookings that hold their slot (booked, attended, no-show).',
    unit: KpiUnit.MINUTES,
    definitionVersion: 1,
    numerator: (c) => c.booked,
  }),
  eventKpi(CAPACITY, {
    id: 'attended_slot_minutes',
    labelDa: 'Fremmødte tidsminutter',
    labelEn: 'Attended slot minutes',
    descriptionDa: 'Minutter i bestillinger hvor borgeren mødte op.',
    descriptionEn: 'Minutes of bookings the citizen attended.',
    unit: KpiUnit.MINUTES,
    definitionVersion: 1,
    numerator: (c) => c.attended,
  }),
  eventKpi(CAPACITY, {
    id: 'idle_minutes',
    labelDa: 'Ledig kapacitet',
    labelEn: 'Idle capacity',
    descriptionDa: 'Udbudte minutter − fremmødte minutter (ubookede + udeblevne).',
    descriptionEn: 'Offered minutes − attended minutes (unbooked + no-show).',
    unit: KpiUnit.MINUTES,
    definitionVersion: 1,
    numerator: (c) => `${c.offered} - ${c.attended}`,
  }),
  eventKpi(CAPACITY, {
    id: 'idle_unbooked_minutes',
    labelDa: 'Ledig kapacitet, ubooket',
    labelEn: 'Idle capacity, unbooked',
    descriptionDa: 'Udbudte minutter − bookede minutter.',
    descriptionEn: 'Offered minutes − booked minutes.',
    unit: KpiUnit.MINUTES,
    definitionVersion: 1,
    numerator: (c) => `${c.offered} - ${c.booked}`,
  }),
  eventKpi(CAPACITY, {
    id: 'idle_no_show_minutes',
    labelDa: 'Ledig kapacitet, udeblevet',
    labelEn: 'Idle capacity, no-show',
    descriptionDa: 'Minutter i bestillinger hvor borgeren udeblev.',
    descriptionEn: 'Minutes of bookings the citizen did not attend.',
    unit: KpiUnit.MINUTES,
    definitionVersion: 1,
    numerator: (c) => c.noShow,
  }),
  eventKpi(CAPACITY, {
    id: 'slot_utilisation',
    labelDa: 'Udnyttelse af tider',
    labelEn: 'Slot utilisation',
    descriptionDa: 'Fremmødte tidsminutter ÷ udbudte tidsminutter.',
    descriptionEn: 'Attended slot minutes ÷ offered slot minutes.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (c) => c.attended,
    denominator: (c) => c.offered,
  }),
];
