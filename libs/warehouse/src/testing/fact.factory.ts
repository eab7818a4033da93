import type { DataSource } from 'typeorm';
import { insertFactorySourceFile } from './source-file.factory';
import { refreshDerivedRollups } from './rollup.factory';

/**
 * Rows inserted straight into the facts other than visits (see visit.factory.ts), for tests of
 * queries that read them or of rollups built from them. Times are Copenhagen wall-clock
 * 'YYYY-MM-DD HH:MM'; service and site codes are resolved to their keys. Each insert files its
 * rows under one factory source file of the kind.
 */

let sequence = 0;
const nextRef = (prefix: string) => `${prefix}${(sequence += 1)}`;

export interface CallFactoryRow {
  municipalityCode: string;
  callRef: string;
  serviceCode: string;
  arrivedAt: string;
  outcome: string;
  queueSeconds: number | null;
  talkSeconds: number | null;
  holdSeconds: number | null;
  wrapUpSeconds: number | null;
  isFirstContactResolved: boolean | null;
}

export function newCall(overrides: Partial<CallFactoryRow> = {}): CallFactoryRow {
  return {
    municipalityCode: '0169',
    callRef: nextRef('C'),
    serviceCode: 'pas',
    arrivedAt: '2024-03-04 09:10',
    outcome: 'answered',
    queueSeconds: 30,
    talkSeconds: 120,
    holdSeconds: 0,
    wrapUpSeconds: 30,
    isFirstContactResolved: true,
    ...overrides,
  };
}

export interface BookingFactoryRow {
  municipalityCode: string;
  bookingRef: string;
  serviceCode: string;
  siteCode: string;
  bookedAt: string;
  bookingChannel: string;
  slotStartAt: string;
  slotMinutes: number;
  status: string;
  ageBandCode: string | null;
}

export function newBooking(overrides: Partial<BookingFactoryRow> = {}): BookingFactoryRow {
  return {
    municipalityCode: '0169',
    bookingRef: nextRef('B'),
    serviceCode: 'pas',
    siteCode: 'raadhus',
    bookedAt: '2024-03-01 12:00',
    bookingChannel: 'web',
    slotStartAt: '2024-03-06 10:00',
    slotMinutes: 15,
    status: 'attended',
    ageBandCode: '30-49',
    ...overrides,
  };
}

export interface BookingSlotFactoryRow {
  municipalityCode: string;
  serviceCode: string | null;
  siteCode: string;
  slotStartAt: string;
  slotMinutes: number;
}

export function newBookingSlot(
  overrides: Partial<BookingSlotFactoryRow> = {},
): BookingSlotFactoryRow {
  return {
    municipalityCode: '0169',
    serviceCode: 'pas',
    siteCode: 'raadhus',
    slotStartAt: '2024-03-06 10:00',
    slotMinutes: 15,
    ...overrides,
  };
}

export interface SelfServiceUsageFactoryRow {
  municipalityCode: string;
  solutionLabel: string;
  serviceCode: string;
  usageKind: string;
  /** YYYY-MM-DD */
  periodStart: string;
  periodEnd: string;
  countUses: number;
}

export function newSelfServiceUsage(
  overrides: Partial<SelfServiceUsageFactoryRow> = {},
): SelfServiceUsageFactoryRow {
  return {
    municipalityCode: '0169',
    solutionLabel: 'Pas',
    serviceCode: 'pas',
    usageKind: 'digital',
    periodStart: '2024-03-01',
    periodEnd: '2024-03-31',
    countUses: 10,
    ...overrides,
  };
}

export interface StaffingFactoryRow {
  municipalityCode: string;
  /** YYYY-MM-DD */
  day: string;
  unit: string;
  activity: string;
  staffHours: number;
}

export function newStaffing(overrides: Partial<StaffingFactoryRow> = {}): StaffingFactoryRow {
  return {
    municipalityCode: '0169',
    day: '2024-03-04',
    unit: 'Borgerservice',
    activity: 'counter',
    staffHours: 7.5,
    ...overrides,
  };
}

export interface PopulationFactoryRow {
  municipalityCode: string;
  year: number;
  ageBandCode: string;
  sex: string | null;
  countInhabitants: number;
}

export function newPopulation(overrides: Partial<PopulationFactoryRow> = {}): PopulationFactoryRow {
  return {
    municipalityCode: '0169',
    year: 2024,
    ageBandCode: '30-49',
    sex: null,
    countInhabitants: 1000,
    ...overrides,
  };
}

async function insertRows<T extends { municipalityCode: string }>(
  dataSource: DataSource,
  sourceKind: string,
  rows: T[],
  sql: string,
): Promise<void> {
  const fileId = await insertFactorySourceFile(
    dataSource,
    sourceKind,
    rows[0]?.municipalityCode ?? '0169',
    rows.length,
  );
  await dataSource.query(sql, [fileId, JSON.stringify(rows)]);
}

/** Local wall-clock text → timestamptz, and its Copenhagen day and quarter-hour keys. */
const AT = (column: string) => `(x."${column}"::timestamp AT TIME ZONE 'Europe/Copenhagen')`;
const DAY_KEY = (column: string) => `to_char(x."${column}"::timestamp, 'YYYYMMDD')::int`;
const TIME_KEY = (column: string) =>
  `(extract(hour FROM x."${column}"::timestamp) * 4 + floor(extract(minute FROM x."${column}"::timestamp) / 15))::smallint`;

/** handled_by follows the loader's rule: forwarded calls are the hotline's. */
export async function insertCalls(dataSource: DataSource, rows: CallFactoryRow[]): Promise<void> {
  await insertRows(
    dataSource,
    'calls',
    rows,
    `INSERT INTO dw.fact_call (municipality_code, source_file_id, source_row, call_ref, queue_label, service_id, date_key,
                               arrival_time_key, arrived_at, answered_at, ended_at, outcome, handled_by, queue_seconds,
                               talk_seconds, hold_seconds, wrap_up_seconds, is_first_contact_resolved)
     SELECT x."municipalityCode", $1, (row_number() OVER ())::int, x."callRef", x."serviceCode", s.service_id, ${DAY_KEY('arrivedAt')},
            ${TIME_KEY('arrivedAt')}, ${AT('arrivedAt')},
            CASE WHEN x.outcome = 'answered' THEN ${AT('arrivedAt')} + make_interval(secs => coalesce(x."queueSeconds", 0)) END,
            ${AT('arrivedAt')} + make_interval(secs => coalesce(x."queueSeconds", 0) + coalesce(x."talkSeconds", 0)
                                                     + coalesce(x."holdSeconds", 0)),
            x.outcome, CASE WHEN x.outcome = 'forwarded_hotline' THEN 'hotline' ELSE 'municipality' END,
            x."queueSeconds", x."talkSeconds", x."holdSeconds", x."wrapUpSeconds", x."isFirstContactResolved"
     FROM jsonb_to_recordset($2::jsonb) AS x ("municipalityCode" char(4), "callRef" text,
            "serviceCode" text, "arrivedAt" text, outcome text, "queueSeconds" int, "talkSeconds" int,
            "holdSeconds" int, "wrapUpSeconds" int, "isFirstContactResolved" bool)
     JOIN dw.dim_service s ON s.service_code = x."serviceCode"`,
  );
}

export async function insertBookings(
  dataSource: DataSource,
  rows: BookingFactoryRow[],
): Promise<void> {
  await insertRows(
    dataSource,
    'bookings',
    rows,
    `INSERT INTO dw.fact_booking (municipality_code, source_file_id, source_row, booking_ref, site_id, service_id,
                                  service_label, booked_at, booking_channel, slot_start_at, slot_minutes, slot_date_key,
                                  slot_time_key, status, age_band_code)
     SELECT x."municipalityCode", $1, (row_number() OVER ())::int, x."bookingRef", site.site_id, s.service_id, s.name_da, ${AT('bookedAt')},
            x."bookingChannel", ${AT('slotStartAt')}, x."slotMinutes", ${DAY_KEY('slotStartAt')},
            ${TIME_KEY('slotStartAt')}, x.status, x."ageBandCode"
     FROM jsonb_to_recordset($2::jsonb) AS x ("municipalityCode" char(4), "bookingRef" text,
            "serviceCode" text, "siteCode" text, "bookedAt" text, "bookingChannel" text, "slotStartAt" text,
            "slotMinutes" int, status text, "ageBandCode" text)
     JOIN dw.dim_service s ON s.service_code = x."serviceCode"
     JOIN dw.dim_site site ON site.municipality_code = x."municipalityCode" AND site.site_code = x."siteCode"`,
  );
}

export async function insertBookingSlots(
  dataSource: DataSource,
  rows: BookingSlotFactoryRow[],
): Promise<void> {
  await insertRows(
    dataSource,
    'bookings',
    rows,
    `INSERT INTO dw.fact_booking_slot (municipality_code, source_file_id, source_row, site_id, service_id,
                                       slot_start_at, slot_minutes, date_key, time_key)
     SELECT x."municipalityCode", $1, (row_number() OVER ())::int, site.site_id, s.service_id, ${AT('slotStartAt')}, x."slotMinutes",
            ${DAY_KEY('slotStartAt')}, ${TIME_KEY('slotStartAt')}
     FROM jsonb_to_recordset($2::jsonb) AS x ("municipalityCode" char(4), "serviceCode" text,
            "siteCode" text, "slotStartAt" text, "slotMinutes" int)
     LEFT JOIN dw.dim_service s ON s.service_code = x."serviceCode"
     JOIN dw.dim_site site ON site.municipality_code = x."municipalityCode" AND site.site_code = x."siteCode"`,
  );
  // The capacity rollups set the slots against mart.booking_daily, as a calendar load does.
  await refreshDerivedRollups(dataSource);
}

export async function insertSelfServiceUsage(
  dataSource: DataSource,
  rows: SelfServiceUsageFactoryRow[],
): Promise<void> {
  await insertRows(
    dataSource,
    'selfservice',
    rows,
    `INSERT INTO dw.fact_self_service_usage (municipality_code, source_file_id, source_row, solution_label, service_id,
                                             usage_kind, period_start, period_end, count_uses)
     SELECT x."municipalityCode", $1, (row_number() OVER ())::int, x."solutionLabel", s.service_id, x."usageKind", x."periodStart",
            x."periodEnd", x."countUses"
     FROM jsonb_to_recordset($2::jsonb) AS x ("municipalityCode" char(4), "solutionLabel" text,
            "serviceCode" text, "usageKind" text, "periodStart" date, "periodEnd" date, "countUses" int)
     JOIN dw.dim_service s ON s.service_code = x."serviceCode"`,
  );
}

export async function insertStaffing(
  dataSource: DataSource,
  rows: StaffingFactoryRow[],
): Promise<void> {
  await insertRows(
    dataSource,
    'staffing',
    rows,
    `INSERT INTO dw.fact_staffing (municipality_code, source_file_id, source_row, date_key, unit, activity, staff_hours)
     SELECT x."municipalityCode", $1, (row_number() OVER ())::int, to_char(x.day, 'YYYYMMDD')::int, x.unit, x.activity, x."staffHours"
     FROM jsonb_to_recordset($2::jsonb) AS x ("municipalityCode" char(4), day date, unit text,
            activity text, "staffHours" numeric)`,
  );
}

export async function insertPopulation(
  dataSource: DataSource,
  rows: PopulationFactoryRow[],
): Promise<void> {
  await insertRows(
    dataSource,
    'population',
    rows,
    `INSERT INTO dw.fact_population (municipality_code, source_file_id, source_row, year, age_band_code, sex,
                                     count_inhabitants)
     SELECT x."municipalityCode", $1, (row_number() OVER ())::int, x.year, x."ageBandCode", x.sex, x."countInhabitants"
     FROM jsonb_to_recordset($2::jsonb) AS x ("municipalityCode" char(4), year smallint,
            "ageBandCode" text, sex char(1), "countInhabitants" int)`,
  );
}
