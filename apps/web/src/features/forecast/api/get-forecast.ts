import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphqlRequest } from '../../../lib/graphql-client';
import type { ForecastParams } from './forecast-params';
// The document lives in a .graphql file of its own, like the other features' (bench:api reads them).
import FORECAST_QUERY from './get-forecast.graphql?raw';

export type ForecastChannel = 'CALLS' | 'WALK_INS' | 'BOOKED';

export type ForecastDay = {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** False on days the model expects closed: forecast 0 with empty bands. */
  isOpen: boolean;
  expected: number;
  low80: number;
  high80: number;
  low95: number;
  high95: number;
  /** BOOKED only: appointments already booked at the origin. */
  knownBookings: number | null;
};

export type ForecastHourCell = {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Hour of the day in Copenhagen time, 0-23. */
  hour: number;
  expected: number;
};

export type ChannelForecast = {
  channel: ForecastChannel;
  days: ForecastDay[];
  heatmap: ForecastHourCell[];
  noShowRate: number | null;
};

export type Forecast = {
  /** The last day known, 'YYYY-MM-DD'; the forecast starts the day after. */
  origin: string;
  weeks: number;
  channels: ChannelForecast[];
};

export async function getForecast(params: ForecastParams, signal?: AbortSignal): Promise<Forecast> {
  const data = await graphqlRequest<{ forecast: Forecast }, ForecastParams>(
    FORECAST_QUERY,
    params,
    { signal },
  );
  return data.forecast;
}

/** The query data carries the filter it was fetched for, so a kept previous result is labelled right. */
export type ForecastResult = { params: ForecastParams; forecast: Forecast };

export function getForecastQueryOptions(params: ForecastParams) {
  return queryOptions({
    queryKey: ['forecast', params],
    queryFn: async ({ signal }): Promise<ForecastResult> => ({
      params,
      forecast: await getForecast(params, signal),
    }),
  });
}

/** Calls, walk-ins and booked visits per day for the coming weeks; idle until the filter is known. */
export function useForecast(params: ForecastParams | undefined) {
  return useQuery({
    ...getForecastQueryOptions(params ?? { municipalityCode: '', weeks: 0 }),
    enabled: params !== undefined,
    placeholderData: keepPreviousData,
  });
}
