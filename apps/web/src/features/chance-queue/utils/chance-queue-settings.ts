/**
 * The chance-queue what-if's settings as kept in the URL: `minutter` (staff minutes per walk-in,
 * 1–240) and `udeblivelser` (per cent of no-show slot minutes usable, 0–100). A missing or invalid
 * value means the API's default (the mean slot length; 50 %).
 */
export const MINUTES_PARAM = 'minutter';
export const NO_SHOW_PARAM = 'udeblivelser';

export const MINUTES_RANGE = { min: 1, max: 240 } as const;
export const NO_SHOW_PERCENT_RANGE = { min: 0, max: 100 } as const;

export type ChanceQueueSettings = {
  minutesPerWalkIn?: number;
  /** 0–1, as the API takes it. */
  noShowShareUsable?: number;
};

function parseInRange(
  text: string | null,
  range: { min: number; max: number },
): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) && value >= range.min && value <= range.max ? value : undefined;
}

export function parseMinutes(text: string | null): number | undefined {
  return parseInRange(text, MINUTES_RANGE);
}

export function parseNoShowPercent(text: string | null): number | undefined {
  return parseInRange(text, NO_SHOW_PERCENT_RANGE);
}

/** The settings from the URL's `minutter` and `udeblivelser`; invalid values are ignored. */
export function readChanceQueueSettings(
  minutesText: string | null,
  noShowText: string | null,
): ChanceQueueSettings {
  const minutesPerWalkIn = parseMinutes(minutesText);
  const percent = parseNoShowPercent(noShowText);
  return {
    ...(minutesPerWalkIn !== undefined && { minutesPerWalkIn }),
    ...(percent !== undefined && { noShowShareUsable: percent / 100 }),
  };
}

/** The no-show share as the per cent the form and the URL show (one decimal at most). */
export function noShowPercentOf(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** The URL parameters that hold the settings; null removes a parameter (the API default). */
export function chanceQueueSearchParams(
  settings: ChanceQueueSettings,
): Record<string, string | null> {
  return {
    [MINUTES_PARAM]:
      settings.minutesPerWalkIn === undefined ? null : String(settings.minutesPerWalkIn),
    [NO_SHOW_PARAM]:
      settings.noShowShareUsable === undefined
        ? null
        : String(noShowPercentOf(settings.noShowShareUsable)),
  };
}

/** A round figure for a sentence ("ca. 3.500"): whole below 100, tens below 1,000, else hundreds. */
export function roundForText(value: number): number {
  const size = Math.abs(value);
  if (size < 100) return Math.round(value);
  if (size < 1000) return Math.round(value / 10) * 10;
  return Math.round(value / 100) * 100;
}
