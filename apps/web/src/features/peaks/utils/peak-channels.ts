import type { MessageKey } from '../../../lib/i18n';
import type { CalendarDay, ContactChannel } from '../api/get-peaks';

/** The channel filter's URL values (Danish, like the other filters) and the API's channels. */
export const CHANNEL_BY_PARAM = {
  fremmoede: 'VISIT',
  telefon: 'CALL',
  tidsbestilling: 'BOOKING',
} as const satisfies Record<string, ContactChannel>;

export type ChannelParam = keyof typeof CHANNEL_BY_PARAM;
export const CHANNEL_PARAMS = Object.keys(CHANNEL_BY_PARAM) as ChannelParam[];

export const CHANNEL_LABEL: Record<ContactChannel, MessageKey> = {
  VISIT: 'peaks.VISIT',
  CALL: 'peaks.CALL',
  BOOKING: 'peaks.BOOKING',
};

export const CHANNEL_UNIT: Record<ContactChannel, MessageKey> = {
  VISIT: 'peaks.VISIT.unit',
  CALL: 'peaks.CALL.unit',
  BOOKING: 'peaks.BOOKING.unit',
};

/** The calendar's count of the channel. */
export const CALENDAR_FIELD = {
  VISIT: 'visits',
  CALL: 'calls',
  BOOKING: 'bookings',
} as const satisfies Record<ContactChannel, keyof CalendarDay>;
