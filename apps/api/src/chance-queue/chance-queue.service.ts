import { BadRequestException, Injectable } from '@nestjs/common';
import { dateKey } from '@kanalindsigt/calendar/local-date';
import { chanceQueueAssumptions } from './chance-queue-assumptions';
import { ChanceQueueRepository } from './chance-queue.repository';
import type { ChanceQueueArgs } from './dto/chance-queue.args';
import { estimateChanceQueue } from './estimate-chance-queue';
import { type ChanceQueue, MinutesPerWalkInSource } from './models/chance-queue.model';

@Injectable()
export class ChanceQueueService {
  constructor(private readonly repository: ChanceQueueRepository) {}

  async chanceQueue(args: ChanceQueueArgs): Promise<ChanceQueue> {
    if (args.from > args.to)
      throw new BadRequestException(`from (${args.from}) is after to (${args.to})`);
    const range = {
      municipalityCode: args.municipalityCode,
      fromKey: dateKey(args.from),
      toKey: dateKey(args.to),
    };
    const [rows, openingDays, reference] = await Promise.all([
      this.repository.calendarHours(range),
      this.repository.openingDays(range),
      this.repository.reference(range),
    ]);

    const given = args.minutesPerWalkIn ?? null;
    const minutesPerWalkIn = given ?? reference.mean_slot_minutes;
    const minutesPerWalkInSource =
      given !== null
        ? MinutesPerWalkInSource.ARGUMENT
        : minutesPerWalkIn !== null
          ? MinutesPerWalkInSource.MEAN_SLOT_LENGTH
          : null;
    const estimate = estimateChanceQueue(
      rows.map((row) => ({
        weekday: row.weekday,
        hour: row.hour,
        offeredMinutes: row.offered_minutes,
        bookedMinutes: row.booked_minutes,
        noShowMinutes: row.no_show_minutes,
        walkIns: row.walk_ins,
      })),
      new Map(openingDays.map((row) => [row.weekday, row.opening_days])),
      {
        // Null only when the calendar offered no slot: then there is no hour to divide by it.
        minutesPerWalkIn: minutesPerWalkIn ?? 0,
        unbookedShareUsable: args.unbookedShareUsable,
        noShowShareUsable: args.noShowShareUsable,
        hoursPerFte: args.hoursPerFte,
        costPerFteDkk: args.costPerFte,
      },
    );

    const settings = {
      minutesPerWalkIn,
      minutesPerWalkInSource,
      meanWalkInHandlingMinutes: reference.mean_walk_in_handling_minutes,
      unbookedShareUsable: args.unbookedShareUsable,
      noShowShareUsable: args.noShowShareUsable,
      hoursPerFte: args.hoursPerFte,
      costPerFte: args.costPerFte,
    };
    return {
      municipalityCode: args.municipalityCode,
      from: args.from,
      to: args.to,
      ...settings,
      openingDaysByWeekday: openingDays.map((row) => ({
        weekday: row.weekday,
        openingDays: row.opening_days,
      })),
      cells: estimate.cells,
      totals: estimate.totals,
      assumptions: chanceQueueAssumptions({
        ...settings,
        openingDays: estimate.totals.openingDays,
        hourlyCostDkk: estimate.totals.hourlyCostDkk,
        visits: reference.visits,
      }),
    };
  }
}
