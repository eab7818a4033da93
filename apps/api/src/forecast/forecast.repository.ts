import { Injectable } from '@nestjs/common';
import { dateKey } from '@kanalindsigt/calendar/local-date';
import type { BookingCount } from '@kanalindsigt/forecast/booked-forecast';
import type { CalendarEvent, DailyCount } from '@kanalindsigt/forecast/daily-forecast';
import type { SlotCount } from '@kanalindsigt/forecast/intraday';
import { Warehouse } from '../database/warehouse';

export type DailyChannel = 'calls' | 'walkIns';

export interface HandlingRow {
  call_aht_seconds: number | null;
  call_patience_seconds: number | null;
  counter_handling_seconds: number | null;
}

export interface RotaRow {
  date: string;
  phone_hours: number;
  counter_hours: number;
}

const DAILY_SQL: Record<DailyChannel, string> = {
  calls: `SELECT to_char(d.date, 'YYYY-MM-DD') AS date, sum(c.count_calls)::int AS count
          FROM mart.call_daily c JOIN dw.dim_date d ON d.date_key = c.date_key
          WHERE c.municipality_code = $1 AND c.date_key BETWEEN $2 AND $3
          GROUP BY d.date ORDER BY d.date`,
  walkIns: `SELECT to_char(d.date, 'YYYY-MM-DD') AS date, sum(v.count_tickets)::int AS count
            FROM mart.visit_daily v JOIN dw.dim_date d ON d.date_key = v.date_key
            WHERE v.municipality_code = $1 AND v.date_key BETWEEN $2 AND $3 AND NOT v.is_booked
            GROUP BY d.date ORDER BY d.date`,
};

/** What the forecast reads: daily and half-hourly arrivals, bookings, the calendar, the rota. */
@Injectable()
export class ForecastRepository {
  constructor(private readonly warehouse: Warehouse) {}

  /** The last day with calls or visits loaded: the default forecast origin. */
  async lastDay(municipalityCode: string): Promise<string | null> {
    const [row] = await this.warehouse.query<{ last_day: string | null }>(
      `SELECT to_char(to_date(greatest(
                (SELECT max(date_key) FROM mart.call_daily WHERE municipality_code = $1),
                (SELECT max(date_key) FROM mart.visit_daily WHERE municipality_code = $1))::text,
              'YYYYMMDD'), 'YYYY-MM-DD') AS last_day`,
      [municipalityCode],
    );
    return row?.last_day ?? null;
  }

  daily(
    channel: DailyChannel,
    municipalityCode: string,
    from: string,
    to: string,
  ): Promise<DailyCount[]> {
    return this.warehouse.query<DailyCount>(DAILY_SQL[channel], [
      municipalityCode,
      dateKey(from),
      dateKey(to),
    ]);
  }

  /**
   * Bookings per slot day, Copenhagen day they were made and status, for slot days in the range;
   * the forecast itself drops those made after its origin.
   */
  bookings(municipalityCode: string, from: string, to: string): Promise<BookingCount[]> {
    return this.warehouse.query<BookingCount>(
      `SELECT to_char(to_date(b.slot_date_key::text, 'YYYYMMDD'), 'YYYY-MM-DD') AS "slotDate",
              to_char((b.booked_at AT TIME ZONE 'Europe/Copenhagen')::date, 'YYYY-MM-DD') AS "bookedDate",
              b.status, count(*)::int AS count
       FROM dw.fact_booking b
       WHERE b.municipality_code = $1 AND b.slot_date_key BETWEEN $2 AND $3
       GROUP BY 1, 2, 3`,
      [municipalityCode, dateKey(from), dateKey(to)],
    );
  }

  /** Arrivals per half hour: calls, visits (all tickets), and attended booked slots. */
  halfHours(
    channel: 'calls' | 'visits' | 'booked',
    municipalityCode: string,
    from: string,
    to: string,
  ): Promise<SlotCount[]> {
    const sql = {
      calls: `SELECT date_key, time_key / 2 AS half_hour, sum(count_calls) AS count
              FROM mart.call_arrivals WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
              GROUP BY 1, 2`,
      visits: `SELECT date_key, time_key / 2 AS half_hour, sum(count_arrivals) AS count
               FROM mart.visit_arrivals WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
               GROUP BY 1, 2`,
      booked: `SELECT slot_date_key AS date_key, slot_time_key / 2 AS half_hour, count(*) AS count
               FROM dw.fact_booking
               WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3 AND status = 'attended'
               GROUP BY 1, 2`,
    }[channel];
    return this.warehouse.query<SlotCount>(
      `SELECT to_char(to_date(s.date_key::text, 'YYYYMMDD'), 'YYYY-MM-DD') AS date,
              s.half_hour::int AS "halfHour", s.count::int AS count
       FROM (${sql}) s`,
      [municipalityCode, dateKey(from), dateKey(to)],
    );
  }

  /** The municipality's and the national annotations: closures, interventions, other events. */
  events(municipalityCode: string): Promise<CalendarEvent[]> {
    return this.warehouse.query<CalendarEvent>(
      `SELECT to_char(date_from, 'YYYY-MM-DD') AS "dateFrom",
              to_char(date_to, 'YYYY-MM-DD') AS "dateTo", kind
       FROM dw.annotation
       WHERE municipality_code = $1 OR municipality_code IS NULL
       ORDER BY date_from`,
      [municipalityCode],
    );
  }

  /**
   * Mean handling time of answered calls (talk + hold + wrap-up), the callers' mean patience
   * (queue time of every call over the abandoned ones: the exponential-patience estimate under
   * censoring) and the counter's mean handling time, over the range.
   */
  async handling(municipalityCode: string, from: string, to: string): Promise<HandlingRow> {
    const [row] = await this.warehouse.query<HandlingRow>(
      `SELECT
         (SELECT sum(sum_talk_seconds + sum_hold_seconds + sum_wrap_up_seconds)::float8
                 / nullif(sum(count_calls) FILTER (WHERE outcome = 'answered'), 0)
          FROM mart.call_daily
          WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3 AND handled_by = 'municipality'
         ) AS call_aht_seconds,
         (SELECT sum(sum_queue_seconds)::float8
                 / nullif(sum(count_calls) FILTER (WHERE outcome = 'abandoned'), 0)
          FROM mart.call_daily
          WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3 AND handled_by = 'municipality'
         ) AS call_patience_seconds,
         (SELECT sum(sum_handling_seconds)::float8 / nullif(sum(count_handled), 0)
          FROM mart.visit_daily
          WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
         ) AS counter_handling_seconds`,
      [municipalityCode, dateKey(from), dateKey(to)],
    );
    return row!;
  }

  /** Planned phone and counter hours per day (dw.fact_staffing, all units). */
  rota(municipalityCode: string, from: string, to: string): Promise<RotaRow[]> {
    return this.warehouse.query<RotaRow>(
      `SELECT to_char(to_date(date_key::text, 'YYYYMMDD'), 'YYYY-MM-DD') AS date,
              coalesce(sum(staff_hours) FILTER (WHERE activity = 'phone'), 0)::float8 AS phone_hours,
              coalesce(sum(staff_hours) FILTER (WHERE activity = 'counter'), 0)::float8 AS counter_hours
       FROM dw.fact_staffing
       WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
       GROUP BY date_key ORDER BY date_key`,
      [municipalityCode, dateKey(from), dateKey(to)],
    );
  }
}
