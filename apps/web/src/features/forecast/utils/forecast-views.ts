import type { MessageKey } from '../../../lib/i18n';
import type { ChannelForecast, Forecast, ForecastChannel, ForecastDay } from '../api/get-forecast';

/** The page's channel filter (in person, phone, appointments), as the forecast reads it. */
export type ForecastView = 'VISIT' | 'CALL' | 'BOOKING';

/** The forecast channel each view draws with its bands: in person means the walk-ins. */
export const MAIN_CHANNEL: Record<ForecastView, ForecastChannel> = {
  VISIT: 'WALK_INS',
  CALL: 'CALLS',
  BOOKING: 'BOOKED',
};

export const VIEW_LABEL: Record<ForecastView, MessageKey> = {
  VISIT: 'forecast.VISIT',
  CALL: 'forecast.CALL',
  BOOKING: 'forecast.BOOKING',
};

export const VIEW_UNIT: Record<ForecastView, MessageKey> = {
  VISIT: 'forecast.VISIT.unit',
  CALL: 'forecast.CALL.unit',
  BOOKING: 'forecast.BOOKING.unit',
};

export function channelOf(
  forecast: Forecast,
  channel: ForecastChannel,
): ChannelForecast | undefined {
  return forecast.channels.find((c) => c.channel === channel);
}

/** The first and last forecast day, 'YYYY-MM-DD'. */
export function forecastRange(days: readonly ForecastDay[]): { from: string; to: string } | null {
  const first = days[0];
  const last = days[days.length - 1];
  return first && last ? { from: first.date, to: last.date } : null;
}
