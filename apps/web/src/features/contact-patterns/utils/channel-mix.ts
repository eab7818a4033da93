import type { ChannelMixPoint } from '../api/get-contact-patterns';

/** The channels of the mix, in stacking order (bottom to top). */
export const CHANNELS = ['visit', 'call', 'digital'] as const;
export type Channel = (typeof CHANNELS)[number];

const SHARE_FIELD = {
  visit: 'visitShare',
  call: 'callShare',
  digital: 'digitalShare',
} as const satisfies Record<Channel, keyof ChannelMixPoint>;

/**
 * The mix's segments: the three channels and the rest of the contacts (chatbot sessions and
 * pickup-box pickups count as contacts but belong to none of the three), so a bar adds up to 100 %.
 */
export const MIX_SEGMENTS = [...CHANNELS, 'other'] as const;
export type MixSegment = (typeof MIX_SEGMENTS)[number];

/** Channel shares in percent; null where no contact had a known channel. */
export type ChannelShares = Record<Channel, number | null>;

export type MixRow = Record<MixSegment, number | null> & { period: string; contacts: number };

/** 100 % less the three channels' shares; null unless all three are known. */
function otherShare({ visit, call, digital }: ChannelShares): number | null {
  if (visit === null || call === null || digital === null) return null;
  // Rounding can leave a hair below zero when there is no other contact.
  return Math.max(0, 100 - visit - call - digital);
}

/** Contact-weighted shares of a set of points: services and periods add up by their contacts. */
function weightedShares(points: readonly ChannelMixPoint[]): ChannelShares {
  const shares = {} as ChannelShares;
  for (const channel of CHANNELS) {
    let weighted = 0;
    let weights = 0;
    for (const point of points) {
      const share = point[SHARE_FIELD[channel]];
      if (share === null) continue;
      weighted += share * point.contacts;
      weights += point.contacts;
    }
    shares[channel] = weights > 0 ? weighted / weights : null;
  }
  return shares;
}

function groupBy<K>(points: readonly ChannelMixPoint[], keyOf: (point: ChannelMixPoint) => K) {
  const groups = new Map<K, ChannelMixPoint[]>();
  for (const point of points) {
    const group = groups.get(keyOf(point));
    if (group) group.push(point);
    else groups.set(keyOf(point), [point]);
  }
  return groups;
}

/**
 * The channel mix per period, for one service or (serviceCode '') all services together, in
 * period order. All services together weigh each service by its contacts.
 */
export function channelMixByPeriod(
  points: readonly ChannelMixPoint[],
  serviceCode: string,
): MixRow[] {
  const chosen = serviceCode ? points.filter((p) => p.serviceCode === serviceCode) : points;
  return [...groupBy(chosen, (p) => p.period)]
    .map(([period, group]) => {
      const shares = weightedShares(group);
      return {
        period,
        contacts: group.reduce((sum, p) => sum + p.contacts, 0),
        ...shares,
        other: otherShare(shares),
      };
    })
    .filter((row) => row.contacts > 0)
    .sort((a, b) => a.period.localeCompare(b.period));
}

/** The services with contacts, by code. */
export function servicesIn(points: readonly ChannelMixPoint[]): string[] {
  return [...new Set(points.filter((p) => p.contacts > 0).map((p) => p.serviceCode))].sort();
}

export type ShiftRow = {
  serviceCode: string;
  channel: Channel;
  share: number | null;
  shareLastYear: number | null;
  /** Percentage points; null when either share is unknown. */
  changePoints: number | null;
};

/**
 * Per service and channel: the share over the whole period now and over the same dates a year
 * earlier, and the change in percentage points. Services are those with contacts in either year.
 */
export function channelShiftByService(
  current: readonly ChannelMixPoint[],
  lastYear: readonly ChannelMixPoint[],
): ShiftRow[] {
  const now = groupBy(current, (p) => p.serviceCode);
  const then = groupBy(lastYear, (p) => p.serviceCode);
  const codes = [...new Set([...servicesIn(current), ...servicesIn(lastYear)])].sort();
  return codes.flatMap((serviceCode) => {
    const shares = weightedShares(now.get(serviceCode) ?? []);
    const sharesLastYear = weightedShares(then.get(serviceCode) ?? []);
    return CHANNELS.map((channel) => {
      const share = shares[channel];
      const shareLastYear = sharesLastYear[channel];
      return {
        serviceCode,
        channel,
        share,
        shareLastYear,
        changePoints: share === null || shareLastYear === null ? null : share - shareLastYear,
      };
    });
  });
}

/** A period label moved by whole years: '2025-03' → '2026-03', '2025-Q1' → '2026-Q1'. */
export function shiftPeriodYears(period: string, years: number): string {
  const match = /^(\d{4})(.*)$/.exec(period);
  if (!match) return period;
  return `${String(Number(match[1]) + years).padStart(4, '0')}${match[2]}`;
}
