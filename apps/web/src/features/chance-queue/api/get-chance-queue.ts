import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';

/** The chance-queue query's arguments; left-out settings take the API's defaults. */
export type ChanceQueueParams = {
  municipalityCode: string;
  /** 'YYYY-MM-DD', inclusive. */
  from: string;
  /** 'YYYY-MM-DD', inclusive. */
  to: string;
  /** Staff minutes per chance-queue citizen, 1–240; default the mean slot length. */
  minutesPerWalkIn?: number;
  /** Share of no-show slot minutes usable, 0–1; default 0.5. */
  noShowShareUsable?: number;
};

/** One weekday × hour: means per opening day of that weekday. */
export type ChanceQueueCell = {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  hour: number;
  walkIns: number;
  walkInsServable: number;
  idleUnbookedMinutes: number;
  idleNoShowMinutes: number;
  usableIdleMinutes: number;
  staffMinutes: number;
};

export type ChanceQueueTotals = {
  openingDays: number;
  walkIns: number;
  walkInsServable: number;
  walkInsNotFitting: number;
  idleUnbookedMinutes: number;
  idleNoShowMinutes: number;
  usableIdleMinutes: number;
  staffHoursInIdleSlots: number;
  idleValueDkk: number;
  idleValueFte: number;
  hourlyCostDkk: number;
  extraStaffHours: number;
  extraStaffCostDkk: number;
};

export type ChanceQueueAssumption = { key: string; da: string; en: string };

export type ChanceQueue = {
  municipalityCode: string;
  from: string;
  to: string;
  minutesPerWalkIn: number | null;
  minutesPerWalkInSource: 'ARGUMENT' | 'MEAN_SLOT_LENGTH' | null;
  meanWalkInHandlingMinutes: number | null;
  unbookedShareUsable: number;
  noShowShareUsable: number;
  hoursPerFte: number;
  costPerFte: number;
  cells: ChanceQueueCell[];
  totals: ChanceQueueTotals;
  assumptions: ChanceQueueAssumption[];
};

export const CHANCE_QUEUE_QUERY = /* GraphQL */ `
  query ChanceQueue(
    $municipalityCode: String!
    $from: String!
    $to: String!
    $minutesPerWalkIn: Float
    $noShowShareUsable: Float
  ) {
    chanceQueue(
      municipalityCode: $municipalityCode
      from: $from
      to: $to
      minutesPerWalkIn: $minutesPerWalkIn
      noShowShareUsable: $noShowShareUsable
    ) {
      municipalityCode
      from
      to
      minutesPerWalkIn
      minutesPerWalkInSource
      meanWalkInHandlingMinutes
      unbookedShareUsable
      noShowShareUsable
      hoursPerFte
      costPerFte
      cells {
        weekday
        hour
        walkIns
        walkInsServable
        idleUnbookedMinutes
        idleNoShowMinutes
        usableIdleMinutes
        staffMinutes
      }
      totals {
        openingDays
        walkIns
        walkInsServable
        walkInsNotFitting
        idleUnbookedMinutes
        idleNoShowMinutes
        usableIdleMinutes
        staffHoursInIdleSlots
        idleValueDkk
        idleValueFte
        hourlyCostDkk
        extraStaffHours
        extraStaffCostDkk
      }
      assumptions {
        key
        da
        en
      }
    }
  }
`;

/** The query data carries the arguments it was fetched for, so a kept previous result is labelled right. */
export type ChanceQueueResult = { params: ChanceQueueParams; chanceQueue: ChanceQueue };

export function getChanceQueueQueryOptions(params: ChanceQueueParams) {
  return queryOptions({
    queryKey: ['chance-queue', params],
    queryFn: async ({ signal }): Promise<ChanceQueueResult> => ({
      params,
      chanceQueue: (
        await graphqlRequest<{ chanceQueue: ChanceQueue }, ChanceQueueParams>(
          CHANCE_QUEUE_QUERY,
          params,
          { signal },
        )
      ).chanceQueue,
    }),
  });
}

/** The chance-queue what-if for a period; idle until the page knows the municipality and period. */
export function useChanceQueue(params: ChanceQueueParams | undefined) {
  return useQuery({
    ...getChanceQueueQueryOptions(params ?? { municipalityCode: '', from: '', to: '' }),
    enabled: params !== undefined,
    placeholderData: keepPreviousData,
  });
}
