import { BadRequestException, Injectable } from '@nestjs/common';
import { dateKey } from '@kanalindsigt/calendar/local-date';
import type {
  MunicipalityPeriodArgs,
  MunicipalitySitePeriodArgs,
} from '../common/dto/municipality.args';
import { PeakResolution, type PeaksArgs } from './dto/peaks.args';
import {
  type ArrivalProfile,
  ContactChannel,
  type PeakDay,
  type Peaks,
} from './models/peaks.model';
import {
  type ArrivalsChannel,
  type DayRow,
  PeaksRepository,
  type ProfileRow,
} from './peaks.repository';

@Injectable()
export class PeaksService {
  constructor(private readonly repository: PeaksRepository) {}

  async peaks(args: PeaksArgs): Promise<Peaks> {
    const { fromKey, toKey } = periodKeys(args);
    const [visits, calls, days] = await Promise.all([
      this.profiles('VISIT', args, args.resolution),
      // Calls are not kept per site: their profile is the whole municipality's whatever the site.
      this.profiles('CALL', { ...args, siteCode: undefined }, args.resolution),
      this.repository.days(args.municipalityCode, fromKey, toKey, args.siteCode ?? null),
    ]);
    return {
      resolution: args.resolution,
      channels: [
        {
          channel: ContactChannel.VISIT,
          profile: visits.current,
          profileLastYear: visits.lastYear,
          peakDays: rankDays(days, 'visits', args.topDays),
        },
        {
          channel: ContactChannel.CALL,
          profile: calls.current,
          profileLastYear: calls.lastYear,
          peakDays: rankDays(days, 'calls', args.topDays),
        },
        {
          channel: ContactChannel.BOOKING,
          profile: null,
          profileLastYear: null,
          peakDays: rankDays(days, 'bookings', args.topDays),
        },
      ],
      calendar: days.map((day) => ({
        date: day.date,
        weekday: day.weekday,
        isOpeningDay: day.is_opening_day,
        holidayNameDa: day.holiday_name_da,
        visits: day.visits,
        calls: day.calls,
        bookings: day.bookings,
      })),
    };
  }

  /** One channel's weekday profile over the period and over the same period a year earlier. */
  async profiles(
    channel: ArrivalsChannel,
    args: MunicipalitySitePeriodArgs,
    resolution: PeakResolution,
  ): Promise<{ current: ArrivalProfile; lastYear: ArrivalProfile }> {
    const rows = await this.profileRows(channel, args, resolution, true);
    return { current: toProfile(rows, 'current'), lastYear: toProfile(rows, 'lastYear') };
  }

  /** One channel's weekday profile over the period alone. */
  async profile(
    channel: ArrivalsChannel,
    args: MunicipalitySitePeriodArgs,
    resolution: PeakResolution,
  ): Promise<ArrivalProfile> {
    return toProfile(await this.profileRows(channel, args, resolution, false), 'current');
  }

  private profileRows(
    channel: ArrivalsChannel,
    args: MunicipalitySitePeriodArgs,
    resolution: PeakResolution,
    withLastYear: boolean,
  ): Promise<ProfileRow[]> {
    periodKeys(args);
    return this.repository.profile(channel, args.municipalityCode, args.from, args.to, {
      quarterHours: resolution === PeakResolution.QUARTER_HOUR,
      withLastYear,
      siteCode: args.siteCode ?? null,
    });
  }
}

/** The period as date keys; a period that ends before it starts is the caller's mistake. */
export function periodKeys(args: MunicipalityPeriodArgs): { fromKey: number; toKey: number } {
  const fromKey = dateKey(args.from);
  const toKey = dateKey(args.to);
  if (fromKey > toKey)
    throw new BadRequestException(`from (${args.from}) is after to (${args.to})`);
  return { fromKey, toKey };
}

function toProfile(rows: ProfileRow[], period: ProfileRow['period']): ArrivalProfile {
  const own = rows.filter((row) => row.period === period);
  const first = own[0];
  if (!first) throw new Error(`no ${period} row in the profile`);
  const openingDaysByWeekday = new Map<number, number>();
  const cells: ArrivalProfile['cells'] = [];
  for (const row of own) {
    // A period without arrivals comes back as one row with no cell.
    if (row.weekday === null || row.opening_days === null) continue;
    openingDaysByWeekday.set(row.weekday, row.opening_days);
    cells.push({
      weekday: row.weekday,
      hour: row.hour ?? 0,
      minute: row.minute ?? 0,
      meanArrivals: (row.arrivals ?? 0) / row.opening_days,
    });
  }
  return {
    from: first.from_day,
    to: first.to_day,
    openingDays: [...openingDaysByWeekday.values()].reduce((sum, days) => sum + days, 0),
    openingDaysByWeekday: [...openingDaysByWeekday].map(([weekday, openingDays]) => ({
      weekday,
      openingDays,
    })),
    cells,
  };
}

/** The `top` days with the most contacts of a channel; ties go to the earlier day. */
export function rankDays(
  days: readonly DayRow[],
  channel: 'visits' | 'calls' | 'bookings',
  top: number,
): PeakDay[] {
  return days
    .filter((day) => day[channel] > 0)
    .sort((a, b) => b[channel] - a[channel] || a.date.localeCompare(b.date))
    .slice(0, top)
    .map((day, index) => ({
      rank: index + 1,
      date: day.date,
      weekday: day.weekday,
      contacts: day[channel],
      followsClosure: day.follows_closure,
      closureNameDa: day.follows_closure ? day.previous_weekday_name_da : null,
    }));
}
