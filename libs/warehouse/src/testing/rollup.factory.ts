import type { DataSource } from 'typeorm';
import {
  BOOKING_AGE_MONTHLY,
  BOOKING_MONTHLY,
  BOOKING_STATUS_DAILY,
} from '../rollups/booking-rollups';
import { BOOKING_SLOT_ROLLUPS } from '../rollups/booking-slot-rollups';
import { CALL_ARRIVALS_MONTHLY, CALL_MONTHLY } from '../rollups/call-rollups';
import { rebuildRollups, type Rollup } from '../rollups/rollup-range';
import { VISIT_ARRIVALS_MONTHLY, VISIT_MONTHLY } from '../rollups/visit-rollups';

/**
 * Rows inserted straight into the mart rollups, for tests of queries that read them: the numbers
 * are chosen by the test rather than derived from facts. Service and site codes (by default the
 * `raadhus` site) are resolved to their keys. The daily inserts rebuild the rollups derived from the daily ones
 * after them, as a load does.
 */

export interface VisitDailyRow {
  municipalityCode: string;
  /** YYYY-MM-DD */
  day: string;
  serviceCode: string;
  siteCode: string;
  isBooked: boolean;
  countTickets: number;
  countServed: number;
  countNoShow: number;
  sumWaitSeconds: number;
  countWaits: number;
  sumHandlingSeconds: number;
  countHandled: number;
}

export interface CallDailyRow {
  municipalityCode: string;
  day: string;
  serviceCode: string;
  outcome: string;
  queueBucketSeconds: number;
  countCalls: number;
  sumQueueSeconds: number;
  sumTalkSeconds: number;
  sumHoldSeconds: number;
  sumWrapUpSeconds: number;
  countFirstContactResolved: number;
  countResolutionCoded: number;
}

export interface BookingDailyRow {
  municipalityCode: string;
  slotDay: string;
  serviceCode: string;
  siteCode: string;
  bookingChannel: string;
  status: string;
  ageBandCode: string;
  countBookings: number;
  sumSlotMinutes: number;
  sumLeadSeconds: number;
}

export function newVisitDaily(overrides: Partial<VisitDailyRow> = {}): VisitDailyRow {
  return {
    municipalityCode: '0169',
    day: '2024-03-04',
    serviceCode: 'pas',
    siteCode: 'raadhus',
    isBooked: false,
    countTickets: 1,
    countServed: 1,
    countNoShow: 0,
    sumWaitSeconds: 600,
    countWaits: 1,
    sumHandlingSeconds: 300,
    countHandled: 1,
    ...overrides,
  };
}

export function newCallDaily(overrides: Partial<CallDailyRow> = {}): CallDailyRow {
  return {
    municipalityCode: '0169',
    day: '2024-03-04',
    serviceCode: 'pas',
    outcome: 'answered',
    queueBucketSeconds: 0,
    countCalls: 1,
    sumQueueSeconds: 0,
    sumTalkSeconds: 0,
    sumHoldSeconds: 0,
    sumWrapUpSeconds: 0,
    countFirstContactResolved: 0,
    countResolutionCoded: 0,
    ...overrides,
  };
}

export function newBookingDaily(overrides: Partial<BookingDailyRow> = {}): BookingDailyRow {
  return {
    municipalityCode: '0169',
    slotDay: '2024-03-06',
    serviceCode: 'pas',
    siteCode: 'raadhus',
    bookingChannel: 'web',
    status: 'attended',
    ageBandCode: '',
    countBookings: 1,
    sumSlotMinutes: 15,
    sumLeadSeconds: 86_400,
    ...overrides,
  };
}

export async function insertVisitDaily(
  dataSource: DataSource,
  rows: VisitDailyRow[],
): Promise<void> {
  await dataSource.query(
    `INSERT INTO mart.visit_daily (municipality_code, date_key, site_id, service_id, is_booked, count_tickets,
                                   count_served, count_no_show, sum_wait_seconds, count_waits,
                                   sum_handling_seconds, count_handled)
     SELECT x."municipalityCode", to_char(x.day, 'YYYYMMDD')::int, site.site_id, s.service_id, x."isBooked",
            x."countTickets", x."countServed", x."countNoShow", x."sumWaitSeconds", x."countWaits",
            x."sumHandlingSeconds", x."countHandled"
     FROM jsonb_to_recordset($1::jsonb) AS x ("municipalityCode" char(4), day date, "serviceCode" text,
            "siteCode" text, "isBooked" bool, "countTickets" int, "countServed" int, "countNoShow" int, "sumWaitSeconds" bigint,
            "countWaits" int, "sumHandlingSeconds" bigint, "countHandled" int)
     JOIN dw.dim_service s ON s.service_code = x."serviceCode"
     JOIN dw.dim_site site ON site.municipality_code = x."municipalityCode" AND site.site_code = x."siteCode"`,
    [JSON.stringify(rows)],
  );
  await refreshDerivedRollups(dataSource);
}

/** handled_by follows the loader's rule: forwarded calls are the hotline's. */
export async function insertCallDaily(dataSource: DataSource, rows: CallDailyRow[]): Promise<void> {
  await dataSource.query(
    `INSERT INTO mart.call_daily (municipality_code, date_key, service_id, handled_by, outcome, queue_bucket_seconds,
                                  count_calls, sum_queue_seconds, sum_talk_seconds, sum_hold_seconds,
                                  sum_wrap_up_seconds, count_first_contact_resolved, count_resolution_coded)
     SELECT x."municipalityCode", to_char(x.day, 'YYYYMMDD')::int, s.service_id,
            CASE WHEN x.outcome = 'forwarded_hotline' THEN 'hotline' ELSE 'municipality' END,
            x.outcome, x."queueBucketSeconds", x."countCalls", x."sumQueueSeconds", x."sumTalkSeconds",
            x."sumHoldSeconds", x."sumWrapUpSeconds", x."countFirstContactResolved", x."countResolutionCoded"
     FROM jsonb_to_recordset($1::jsonb) AS x ("municipalityCode" char(4), day date, "serviceCode" text,
            outcome text, "queueBucketSeconds" smallint, "countCalls" int, "sumQueueSeconds" bigint,
            "sumTalkSeconds" bigint, "sumHoldSeconds" bigint, "sumWrapUpSeconds" bigint,
            "countFirstContactResolved" int, "countResolutionCoded" int)
     JOIN dw.dim_service s ON s.service_code = x."serviceCode"`,
    [JSON.stringify(rows)],
  );
  await refreshDerivedRollups(dataSource);
}

export async function insertBookingDaily(
  dataSource: DataSource,
  rows: BookingDailyRow[],
): Promise<void> {
  await dataSource.query(
    `INSERT INTO mart.booking_daily (municipality_code, slot_date_key, site_id, service_id, booking_channel, status,
                                     age_band_code, count_bookings, sum_slot_minutes, sum_lead_seconds)
     SELECT x."municipalityCode", to_char(x."slotDay", 'YYYYMMDD')::int, site.site_id, s.service_id,
            x."bookingChannel", x.status, x."ageBandCode", x."countBookings", x."sumSlotMinutes", x."sumLeadSeconds"
     FROM jsonb_to_recordset($1::jsonb) AS x ("municipalityCode" char(4), "slotDay" date, "serviceCode" text,
            "siteCode" text, "bookingChannel" text, status text, "ageBandCode" text, "countBookings" int, "sumSlotMinutes" bigint,
            "sumLeadSeconds" bigint)
     JOIN dw.dim_service s ON s.service_code = x."serviceCode"
     JOIN dw.dim_site site ON site.municipality_code = x."municipalityCode" AND site.site_code = x."siteCode"`,
    [JSON.stringify(rows)],
  );
  await refreshDerivedRollups(dataSource);
}

export interface VisitAgeDailyRow {
  municipalityCode: string;
  day: string;
  /** '' when unknown, as the rollup writes it. */
  ageBandCode: string;
  isBooked: boolean;
  /** '' when not recorded. */
  walkInResolution: string;
  isAssistedSelfService: boolean;
  countVisits: number;
}

export function newVisitAgeDaily(overrides: Partial<VisitAgeDailyRow> = {}): VisitAgeDailyRow {
  return {
    municipalityCode: '0169',
    day: '2024-03-04',
    ageBandCode: '',
    isBooked: false,
    walkInResolution: '',
    isAssistedSelfService: false,
    countVisits: 1,
    ...overrides,
  };
}

export async function insertVisitAgeDaily(
  dataSource: DataSource,
  rows: VisitAgeDailyRow[],
): Promise<void> {
  await dataSource.query(
    `INSERT INTO mart.visit_age_daily (municipality_code, date_key, age_band_code, is_booked, walk_in_resolution,
                                       is_assisted_self_service, count_visits)
     SELECT x."municipalityCode", to_char(x.day, 'YYYYMMDD')::int, x."ageBandCode", x."isBooked",
            x."walkInResolution", x."isAssistedSelfService", x."countVisits"
     FROM jsonb_to_recordset($1::jsonb) AS x ("municipalityCode" char(4), day date, "ageBandCode" text,
            "isBooked" bool, "walkInResolution" text, "isAssistedSelfService" bool, "countVisits" int)`,
    [JSON.stringify(rows)],
  );
}

export interface CallArrivalsRow {
  municipalityCode: string;
  day: string;
  /** Start of the quarter hour, HH:MM in Copenhagen time. */
  time: string;
  countCalls: number;
}

export function newCallArrivals(overrides: Partial<CallArrivalsRow> = {}): CallArrivalsRow {
  return {
    municipalityCode: '0169',
    day: '2024-03-04',
    time: '09:00',
    countCalls: 1,
    ...overrides,
  };
}

export async function insertCallArrivals(
  dataSource: DataSource,
  rows: CallArrivalsRow[],
): Promise<void> {
  await dataSource.query(
    `INSERT INTO mart.call_arrivals (municipality_code, date_key, time_key, count_calls)
     SELECT x."municipalityCode", to_char(x.day, 'YYYYMMDD')::int, t.time_key, x."countCalls"
     FROM jsonb_to_recordset($1::jsonb) AS x ("municipalityCode" char(4), day date, time text, "countCalls" int)
     JOIN dw.dim_time_of_day t ON t.label = x.time`,
    [JSON.stringify(rows)],
  );
  await rebuildEverywhere(dataSource, ARRIVALS_MONTHLY);
}

/** The monthly arrivals rollups, built from the daily arrivals. */
const ARRIVALS_MONTHLY: readonly Rollup[] = [VISIT_ARRIVALS_MONTHLY, CALL_ARRIVALS_MONTHLY];

/** The rollups a load builds from the daily rollups (capacity also from the slot facts), in build order. */
const DERIVED_ROLLUPS: readonly Rollup[] = [
  VISIT_MONTHLY,
  CALL_MONTHLY,
  BOOKING_MONTHLY,
  BOOKING_AGE_MONTHLY,
  BOOKING_STATUS_DAILY,
  ...BOOKING_SLOT_ROLLUPS,
  ...ARRIVALS_MONTHLY,
];

/** Every day a date key can name: a municipality's rows of all time. */
const ALL_DAYS = { fromDateKey: 0, toDateKey: 99991231 };

/**
 * Rebuilds every rollup built from the daily rollups (the monthly ones, bookings by age band and by
 * status, booking capacity, arrivals by month), with the ETL's own statements for every
 * municipality and day: the daily inserts above and the slot inserts of fact.factory call it so
 * that requests answered from these levels see the same rows.
 */
export async function refreshDerivedRollups(dataSource: DataSource): Promise<void> {
  await rebuildEverywhere(dataSource, DERIVED_ROLLUPS);
}

/**
 * The rollups emptied, then rebuilt for each municipality of the tables they are built from
 * (emptied first, so that no municipality keeps rows its sources no longer have).
 */
async function rebuildEverywhere(
  dataSource: DataSource,
  rollups: readonly Rollup[],
): Promise<void> {
  for (const { table } of rollups) await dataSource.query(`DELETE FROM ${table}`);
  const municipalities: { code: string }[] = await dataSource.query(
    `SELECT municipality_code AS code FROM mart.visit_daily
     UNION SELECT municipality_code FROM mart.visit_arrivals
     UNION SELECT municipality_code FROM mart.call_daily
     UNION SELECT municipality_code FROM mart.call_arrivals
     UNION SELECT municipality_code FROM mart.booking_daily
     UNION SELECT municipality_code FROM dw.fact_booking_slot`,
  );
  for (const { code } of municipalities)
    await rebuildRollups(dataSource, rollups, { municipalityCode: code, ...ALL_DAYS });
}
