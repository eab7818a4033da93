import { BadRequestException, Injectable } from '@nestjs/common';
import { addDays } from '@kanalindsigt/calendar/local-date';
import { bookedForecast } from '@kanalindsigt/forecast/booked-forecast';
import { dailyForecast, type ForecastDay } from '@kanalindsigt/forecast/daily-forecast';
import { intradayShares, splitDay, weekdayHourHeatmap } from '@kanalindsigt/forecast/intraday';
import { StaffingError } from '@kanalindsigt/forecast/staffing-error';
import { staffingPlan } from '@kanalindsigt/forecast/staffing-plan';
import type { ForecastArgs, StaffingNeedArgs } from './dto/forecast.args';
import { ForecastRepository } from './forecast.repository';
import {
  type ChannelForecast,
  type Forecast,
  ForecastChannel,
  type ForecastDayModel,
  type StaffingNeed,
} from './models/forecast.model';

/** Two years of history feed the model (see docs/forecast.md). */
const HISTORY_DAYS = 730;
/** Handling times and patience: the last 12 weeks. */
const HANDLING_DAYS = 84;
/** When a municipality has no handled calls or visits to learn from. */
const FALLBACK_HANDLING_SECONDS = 300;

interface ChannelRun {
  channel: ForecastChannel;
  days: (ForecastDay & { knownBookings?: number })[];
  halfHours: ReturnType<typeof intradayShares>;
  noShowRate: number | null;
}

type Run = { origin: string; runs: ChannelRun[] };

@Injectable()
export class ForecastService {
  /**
   * Runs being computed, by municipality, origin and weeks: Spidsbelastning asks `forecast` and
   * `staffingNeed` at once, and both need the same run. Only in flight, so never stale.
   */
  private readonly inFlight = new Map<string, Promise<Run>>();

  constructor(private readonly repository: ForecastRepository) {}

  async forecast(args: ForecastArgs): Promise<Forecast> {
    const { origin, runs } = await this.run(args);
    return {
      origin,
      weeks: args.weeks,
      channels: runs.map((run): ChannelForecast => ({
        channel: run.channel,
        days: run.days.map((day): ForecastDayModel => ({
          date: day.date,
          isOpen: day.isOpen,
          expected: day.mean,
          low80: day.low80,
          high80: day.high80,
          low95: day.low95,
          high95: day.high95,
          knownBookings: day.knownBookings ?? null,
        })),
        heatmap: weekdayHourHeatmap(run.days, run.halfHours).map((cell) => ({
          weekday: cell.weekday,
          hour: cell.hour,
          expected: cell.mean,
        })),
        noShowRate: run.noShowRate,
      })),
    };
  }

  async staffingNeed(args: StaffingNeedArgs): Promise<StaffingNeed> {
    const { origin, runs } = await this.run(args);
    const [handling, rota] = await Promise.all([
      this.repository.handling(args.municipalityCode, addDays(origin, -HANDLING_DAYS + 1), origin),
      this.repository.rota(
        args.municipalityCode,
        addDays(origin, 1),
        addDays(origin, args.weeks * 7),
      ),
    ]);
    const [calls, walkIns, booked] = runs;
    const callAhtSeconds = handling.call_aht_seconds ?? FALLBACK_HANDLING_SECONDS;
    const counterHandlingSeconds = handling.counter_handling_seconds ?? FALLBACK_HANDLING_SECONDS;
    const patience = handling.call_patience_seconds;
    try {
      const days = staffingPlan(
        calls!.days.map((day, i) => ({
          date: day.date,
          calls: splitDay(day, calls!.halfHours),
          walkIns: splitDay(walkIns!.days[i]!, walkIns!.halfHours),
          booked: splitDay(booked!.days[i]!, booked!.halfHours),
        })),
        {
          callAhtSeconds,
          ...(patience === null ? {} : { callPatienceSeconds: patience }),
          callTarget: { seconds: args.callTargetSeconds, share: args.callTargetShare },
          counterHandlingSeconds,
          walkInTarget: { seconds: args.walkInTargetSeconds, share: args.walkInTargetShare },
        },
        rota.map((r) => ({
          date: r.date,
          phoneHours: r.phone_hours,
          counterHours: r.counter_hours,
        })),
      );
      return {
        origin,
        callModel: patience === null ? 'erlang-c' : 'erlang-a',
        callAhtSeconds,
        callPatienceSeconds: patience,
        counterHandlingSeconds,
        days,
      };
    } catch (error) {
      if (error instanceof StaffingError) throw new BadRequestException(error.message);
      throw error;
    }
  }

  private run(args: ForecastArgs): Promise<Run> {
    const key = `${args.municipalityCode}|${args.origin ?? ''}|${args.weeks}`;
    let run = this.inFlight.get(key);
    if (!run) {
      run = this.compute(args).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, run);
    }
    return run;
  }

  /** The three channels' daily forecasts and half-hour shapes from one origin. */
  private async compute(args: ForecastArgs): Promise<Run> {
    const m = args.municipalityCode;
    const origin = args.origin ?? (await this.repository.lastDay(m));
    if (!origin)
      throw new BadRequestException(`No calls or visits are loaded for municipality ${m}.`);
    const from = addDays(origin, -HISTORY_DAYS + 1);
    const horizonDays = args.weeks * 7;
    const [calls, walkIns, bookings, events, callSlots, visitSlots, bookedSlots] =
      await Promise.all([
        this.repository.daily('calls', m, from, origin),
        this.repository.daily('walkIns', m, from, origin),
        this.repository.bookings(m, from, addDays(origin, horizonDays)),
        this.repository.events(m),
        this.repository.halfHours('calls', m, addDays(origin, -55), origin),
        this.repository.halfHours('visits', m, addDays(origin, -55), origin),
        this.repository.halfHours('booked', m, addDays(origin, -55), origin),
      ]);
    const booked = bookedForecast({ bookings, origin, horizonDays, events });
    return {
      origin,
      runs: [
        {
          channel: ForecastChannel.CALLS,
          days: dailyForecast({ history: calls, origin, horizonDays, events }).days,
          halfHours: intradayShares(callSlots, origin),
          noShowRate: null,
        },
        {
          channel: ForecastChannel.WALK_INS,
          days: dailyForecast({ history: walkIns, origin, horizonDays, events }).days,
          halfHours: intradayShares(visitSlots, origin),
          noShowRate: null,
        },
        {
          channel: ForecastChannel.BOOKED,
          days: booked.days,
          halfHours: intradayShares(bookedSlots, origin),
          noShowRate: booked.noShowRate,
        },
      ],
    };
  }
}
