import { formatDecimal, formatNumber, type Language } from '../../../lib/format';
import type { Translate } from '../../../lib/i18n';
import type { KpiUnit, StatusTarget, StatusTile } from '../api/get-quarterly-status';

/** Waits come in seconds; directors read them in minutes. */
export function displayValue(value: number, unit: KpiUnit): number {
  return unit === 'SECONDS' ? value / 60 : value;
}

function fractionDigits(unit: KpiUnit): number {
  return unit === 'COUNT' || unit === 'DKK' ? 0 : 1;
}

/**
 * "12.345", "87,5 %", "12,3 min": a KPI value in the language's format with its unit. Measured
 * values keep a fixed number of decimals (82,0 % beside 35,2 %); targets are round numbers and
 * are shown without trailing zeros ("mindst 90 %").
 */
export function formatKpiValue(
  value: number | null,
  unit: KpiUnit,
  language: Language,
  t: Translate,
  style: 'measured' | 'target' = 'measured',
): string {
  if (value === null) return t('quarterlyStatus.noValue');
  const digits = fractionDigits(unit);
  const shown = displayValue(value, unit);
  const number =
    style === 'measured'
      ? formatDecimal(shown, language, digits)
      : formatNumber(shown, language, digits);
  return unit === 'COUNT' ? number : t(`quarterlyStatus.unit.${unit}`, { value: number });
}

export type Direction = 'up' | 'down' | 'flat';

export type FormattedDelta = { direction: Direction; text: string };

/**
 * A change with its sign and unit: "+312", "−2,1 pct.-point", "+0,5 min". Percentages change by
 * percentage points, never by per cent of a per cent.
 */
export function formatKpiDelta(
  delta: number,
  unit: KpiUnit,
  language: Language,
  t: Translate,
): FormattedDelta {
  const digits = fractionDigits(unit);
  const shown = displayValue(delta, unit);
  const rounded = Number(shown.toFixed(digits));
  const direction: Direction = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
  const sign = direction === 'up' ? '+' : direction === 'down' ? '−' : '±';
  const number = `${sign}${formatDecimal(Math.abs(rounded), language, digits)}`;
  if (unit === 'COUNT') return { direction, text: number };
  if (unit === 'PERCENT')
    return { direction, text: t('quarterlyStatus.points', { value: number }) };
  return { direction, text: t(`quarterlyStatus.unit.${unit}`, { value: number }) };
}

/** The change in per cent of the earlier value, for counts; undefined when there is no base. */
export function relativeChange(current: number | null, base: number | null): number | undefined {
  if (current === null || base === null || base === 0) return undefined;
  return ((current - base) / base) * 100;
}

/** "mindst 90,0 %" / "højst 10,0 min": what a target asks for. */
export function formatTarget(
  target: StatusTarget,
  unit: KpiUnit,
  language: Language,
  t: Translate,
): string {
  const value = formatKpiValue(target.value, unit, language, t, 'target');
  return t(target.comparator === 'max' ? 'quarterlyStatus.atMost' : 'quarterlyStatus.atLeast', {
    value,
  });
}

/** How many of the quarter's targets were met, and which were not. */
export function targetSummary(tiles: readonly StatusTile[]) {
  const withTarget = tiles.filter((tile) => tile.status !== 'NO_TARGET');
  return {
    total: withTarget.length,
    met: withTarget.filter((tile) => tile.status === 'MET').length,
    notMet: withTarget.filter((tile) => tile.status === 'NOT_MET'),
    noData: withTarget.filter((tile) => tile.status === 'NO_DATA').length,
  };
}
