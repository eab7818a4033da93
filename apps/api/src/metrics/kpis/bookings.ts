import { eventKpi, type EventKind, type KpiDefinition } from './kpi-definition';
import { KpiUnit } from './kpi-types';

// Bookings: the booking system's appointments, over mart.booking_daily and dw.fact_booking.

interface BookingSql {
  bookings(filter?: string): string;
}

// As BOOKING_DAILY (libs/warehouse/src/rollups/booking-rollups.ts) builds mart.booking_daily from dw.fact_booking.
const BOOKINGS: EventKind<BookingSql> = {
  rollup: 'bookingDaily',
  facts: 'bookingFacts',
  rollupSql: {
    bookings: (filter) => `sum(r.count_bookings)${filter ? ` FILTER (WHERE ${filter})` : ''}`,
  },
  factsSql: { bookings: (filter) => `count(*)${filter ? ` FILTER (WHERE ${filter})` : ''}` },
};

export const BOOKING_KPIS: KpiDefinition[] = [
  eventKpi(BOOKINGS, {
    id: 'bookings',
    labelDa: 'Tidsbestillinger',
    labelEn: 'Bookings',
    descriptionDa: 'Bestillinger pr. tidsdag uanset status (også aflyste og flyttede).',
    descriptionEn: 'Bookings by slot day, whatever their status (cancelled and rescheduled too).',
    unit: KpiUnit.COUNT,
    definitionVersion: 1,
    numerator: (b) => b.bookings(),
  }),
  eventKpi(BOOKINGS, {
    id: 'booking_no_show_rate',
    labelDa: 'Udeblivelsesprocent',
    labelEn: 'Booking no-show rate',
    descriptionDa:
      'Udeblevne ÷ (fremmødte + udeblevne); kun afholdte tider har en af de to statusser.',
    descriptionEn: 'No-shows ÷ (attended + no-shows); only slots in the past carry either status.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (b) => b.bookings(`r.status = 'no_show'`),
    denominator: (b) => b.bookings(`r.status IN ('attended', 'no_show')`),
  }),
  eventKpi(BOOKINGS, {
    id: 'cancellation_rate',
    labelDa: 'Aflysningsprocent',
    labelEn: 'Cancellation rate',
    descriptionDa: 'Aflyste bestillinger ÷ alle bestillinger.',
    descriptionEn: 'Cancelled bookings ÷ all bookings.',
    unit: KpiUnit.PERCENT,
    definitionVersion: 1,
    numerator: (b) => b.bookings(`r.status = 'cancelled'`),
    denominator: (b) => b.bookings(),
  }),
];
