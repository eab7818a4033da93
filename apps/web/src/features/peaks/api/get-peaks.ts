import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';
// The document lives in a .graphql file of its own, so bench:api sends the very same one.
import PEAKS_QUERY from './get-peaks.graphql?raw';

export type PeakResolution = 'HOUR' | 'QUARTER_HOUR';
export type ContactChannel = 'VISIT' | 'CALL' | 'BOOKING';

/**
 * One municipality (and maybe one of its sites), an inclusive date range, the slot length and how
 * many peak days to list.
 */
export type PeaksParams = {
  municipalityCode: string;
  /** 'YYYY-MM-DD', inclusive. */
  from: string;
  /** 'YYYY-MM-DD', inclusive. */
  to: string;
  resolution: PeakResolution;
  topDays: number;
  /** One site: narrows visits and bookings (calls are not kept per site); all sites when left out. */
  siteCode?: string;
};

export type ArrivalCell = {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Hour of the day in Copenhagen time, 0-23. */
  hour: number;
  /** First minute of the slot: 0 at HOUR resolution, else 0, 15, 30 or 45. */
  minute: number;
  meanArrivals: number;
};

export type ArrivalProfile = {
  /** 'YYYY-MM-DD'. */
  from: string;
  /** 'YYYY-MM-DD', inclusive. */
  to: string;
  openingDays: number;
  cells: ArrivalCell[];
};

export type PeakDay = {
  rank: number;
  /** 'YYYY-MM-DD'. */
  date: string;
  weekday: number;
  contacts: number;
  /** The weekday before was a public holiday or closure day. */
  followsClosure: boolean;
  closureNameDa: string | null;
};

export type ChannelPeaks = {
  channel: ContactChannel;
  /** Null for bookings: slot times have no rollup yet. */
  profile: ArrivalProfile | null;
  profileLastYear: ArrivalProfile | null;
  peakDays: PeakDay[];
};

export type CalendarDay = {
  /** 'YYYY-MM-DD'. */
  date: string;
  weekday: number;
  isOpeningDay: boolean;
  holidayNameDa: string | null;
  visits: number;
  calls: number;
  bookings: number;
};

export type Peaks = {
  resolution: PeakResolution;
  channels: ChannelPeaks[];
  calendar: CalendarDay[];
};

export async function getPeaks(params: PeaksParams, signal?: AbortSignal): Promise<Peaks> {
  const data = await graphqlRequest<{ peaks: Peaks }, PeaksParams>(PEAKS_QUERY, params, {
    signal,
  });
  return data.peaks;
}

/** The query data carries the filter it was fetched for, so a kept previous result is labelled right. */
export type PeaksResult = { params: PeaksParams; peaks: Peaks };

export function getPeaksQueryOptions(params: PeaksParams) {
  return queryOptions({
    queryKey: ['peaks', params],
    queryFn: async ({ signal }): Promise<PeaksResult> => ({
      params,
      peaks: await getPeaks(params, signal),
    }),
  });
}

/** Weekday profiles, peak days and the daily calendar; idle until the filter is known. */
export function usePeaks(params: PeaksParams | undefined) {
  return useQuery({
    ...getPeaksQueryOptions(
      params ?? { municipalityCode: '', from: '', to: '', resolution: 'HOUR', topDays: 0 },
    ),
    enabled: params !== undefined,
    placeholderData: keepPreviousData,
  });
}
