import { OKABE_ITO } from '../../../lib/colors';
import type { MessageKey } from '../../../lib/i18n';
import type { MixSegment } from '../utils/channel-mix';

/** The same colour per channel in every chart of the view; labels always name the channel too. */
export const CHANNEL_COLORS: Record<MixSegment, string> = {
  visit: OKABE_ITO.blue,
  call: OKABE_ITO.orange,
  digital: OKABE_ITO.bluishGreen,
  other: OKABE_ITO.grey,
};

export const CHANNEL_LABELS = {
  visit: 'channels.visit',
  call: 'channels.call',
  digital: 'channels.digital',
  other: 'channels.other',
} as const satisfies Record<MixSegment, MessageKey>;
