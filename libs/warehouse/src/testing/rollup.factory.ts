import type { DataSource } from 'typeorm';

/**
 * Rows inserted straight into the mart rollups, for tests of queries that read them: the numbers
 * are chosen by the test rather than derived from facts. Service codes and the default `raadhus`
 * site are resolved to their keys.
 */

export interface VisitDailyRow {
  municipalityCode: string;
  /** YYYY-MM-DD */
  day: string;
  serviceCode: string;
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
            "isBooked" bool, "countTickets" int, "countServed" int, "countNoShow" int, "sumWaitSeconds" bigint,
            "countWaits" int, "sumHandlingSeconds" bigint, "countHandled" int)
     JOIN dw.dim_service s ON s.service_code = x."serviceCode"
     JOIN dw.dim_site site ON site.municipality_code = x."municipalityCode" AND site.site_code = 'raadhus'`,
    [JSON.stringify(rows)],
  );
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
            "bookingChannel" text, status text, "ageBandCode" text, "countBookings" int, "sumSlotMinutes" bigint,
            "sumLeadSeconds" bigint)
     JOIN dw.dim_service s ON s.service_code = x."serviceCode"
     JOIN dw.dim_site site ON site.municipality_code = x."municipalityCode" AND site.site_code = 'raadhus'`,
    [JSON.stringify(rows)],
  );
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
