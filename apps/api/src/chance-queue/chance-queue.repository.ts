import { Injectable } from '@nestjs/common';
import { Warehouse } from '../database/warehouse';

/** One municipality's days from..to as date keys (YYYYMMDD), inclusive. */
export interface DayKeyRange {
  municipalityCode: string;
  fromKey: number;
  toKey: number;
}

/** One hour of one day on which the calendar offered slots. */
export interface CalendarHourRow {
  weekday: number;
  hour: number;
  offered_minutes: number;
  booked_minutes: number;
  no_show_minutes: number;
  walk_ins: number;
}

export interface OpeningDaysRow {
  weekday: number;
  opening_days: number;
}

/** Figures the defaults of the estimate are taken from, over the calendar's days. */
export interface ReferenceRow {
  /** Null when the calendar offered no slot in the period. */
  mean_slot_minutes: number | null;
  /** Null when no served walk-in has a recorded handling time. */
  mean_walk_in_handling_minutes: number | null;
  /** Queue tickets of any kind: zero means the queue system's data is missing, not no walk-ins. */
  visits: number;
}

/**
 * The calendar days of the period: days on which the booking calendar offered at least one slot.
 * Only they have idle slots a chance queue could fill.
 */
const CALENDAR_DAYS = `
  SELECT DISTINCT date_key FROM dw.fact_booking_slot
  WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3`;

/**
 * The chance-queue view reads the facts: slot and booking times and walk-in arrivals by hour have
 * no rollup (mart.booking_daily has no time of day). Each fact is read by its (municipality, day)
 * index over the period.
 */
@Injectable()
export class ChanceQueueRepository {
  constructor(private readonly warehouse: Warehouse) {}

  /**
   * Per calendar day and hour (Copenhagen time): offered slot minutes, minutes of bookings holding
   * their slot (booked, attended, no-show; a cancelled or moved booking frees it), no-show
   * minutes, and queue tickets drawn without a booking. A slot or booking counts in the hour it
   * starts, a ticket in the hour it was drawn. Hours are compared by day, not summed first, so the
   * estimate can match idle time and walk-ins of the same day.
   */
  calendarHours({ municipalityCode, fromKey, toKey }: DayKeyRange): Promise<CalendarHourRow[]> {
    return this.warehouse.query(
      `WITH calendar_days AS (${CALENDAR_DAYS}
       ), offered AS (
         SELECT date_key, time_key / 4 AS hour, sum(slot_minutes) AS minutes
         FROM dw.fact_booking_slot
         WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3
         GROUP BY 1, 2
       ), booked AS (
         SELECT slot_date_key AS date_key, slot_time_key / 4 AS hour, sum(slot_minutes) AS minutes,
                coalesce(sum(slot_minutes) FILTER (WHERE status = 'no_show'), 0) AS no_show_minutes
         FROM dw.fact_booking
         WHERE municipality_code = $1 AND slot_date_key BETWEEN $2 AND $3
           AND status IN ('booked', 'attended', 'no_show')
         GROUP BY 1, 2
       ), walk_ins AS (
         SELECT date_key, arrival_time_key / 4 AS hour, count(*) AS tickets
         FROM dw.fact_visit
         WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3 AND NOT is_booked
         GROUP BY 1, 2
       )
       -- USING merges each key of the full joins: the day and hour of whichever side has it.
       SELECT d.weekday::int, hour::int,
              coalesce(o.minutes, 0)::float8 AS offered_minutes,
              coalesce(b.minutes, 0)::float8 AS booked_minutes,
              coalesce(b.no_show_minutes, 0)::float8 AS no_show_minutes,
              coalesce(w.tickets, 0)::int AS walk_ins
       FROM offered o
       FULL JOIN booked b USING (date_key, hour)
       FULL JOIN walk_ins w USING (date_key, hour)
       JOIN calendar_days USING (date_key)
       JOIN dw.dim_date d USING (date_key)
       ORDER BY date_key, hour`,
      [municipalityCode, fromKey, toKey],
    );
  }

  /** Calendar days per ISO weekday: the divisor of each weekday's means. */
  openingDays({ municipalityCode, fromKey, toKey }: DayKeyRange): Promise<OpeningDaysRow[]> {
    return this.warehouse.query(
      `SELECT d.weekday::int, count(*)::int AS opening_days
       FROM (${CALENDAR_DAYS}) c
       JOIN dw.dim_date d USING (date_key)
       GROUP BY d.weekday
       ORDER BY d.weekday`,
      [municipalityCode, fromKey, toKey],
    );
  }

  /** Mean offered slot length, and mean handling time of served walk-ins, on calendar days. */
  async reference({ municipalityCode, fromKey, toKey }: DayKeyRange): Promise<ReferenceRow> {
    const [row] = await this.warehouse.query<ReferenceRow>(
      `SELECT (SELECT avg(slot_minutes)::float8 FROM dw.fact_booking_slot
               WHERE municipality_code = $1 AND date_key BETWEEN $2 AND $3) AS mean_slot_minutes,
              (avg(v.handling_seconds) FILTER (WHERE NOT v.is_booked) / 60)::float8 AS mean_walk_in_handling_minutes,
              count(*)::int AS visits
       FROM (${CALENDAR_DAYS}) c
       JOIN dw.fact_visit v ON v.municipality_code = $1 AND v.date_key = c.date_key`,
      [municipalityCode, fromKey, toKey],
    );
    return row!;
  }
}
