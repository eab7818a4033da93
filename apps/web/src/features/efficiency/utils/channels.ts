import { OKABE_ITO } from '../../../lib/colors';

/** The staffed channels of the efficiency view, in the order they are shown. */
export const EFFICIENCY_CHANNELS = ['visit', 'call', 'back_office'] as const;
export type EfficiencyChannel = (typeof EFFICIENCY_CHANNELS)[number];

export const CHANNEL_COLORS: Record<EfficiencyChannel, string> = {
  visit: OKABE_ITO.blue,
  call: OKABE_ITO.orange,
  back_office: OKABE_ITO.bluishGreen,
};

/**
 * The channel filter's URL values: Danish, and the same words the peaks view uses, so a link
 * keeps its channel from one view to the next.
 */
export const CHANNEL_PARAM_VALUES: Record<EfficiencyChannel, string> = {
  visit: 'fremmoede',
  call: 'telefon',
  back_office: 'backoffice',
};

export function isEfficiencyChannel(value: string | null): value is EfficiencyChannel {
  return (EFFICIENCY_CHANNELS as readonly (string | null)[]).includes(value);
}
