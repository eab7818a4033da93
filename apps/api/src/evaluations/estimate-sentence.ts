import { KpiUnit } from '../metrics/kpis/kpi-types';

/** What a sentence needs of an effect term. */
export interface EffectForSentence {
  labelDa: string;
  labelEn: string;
  /** Rate ratio and its interval (Poisson families); null for an absolute change. */
  ratio: number | null;
  ratioLow: number | null;
  ratioHigh: number | null;
  estimate: number;
  ciLow: number;
  ciHigh: number;
  /** Unit of the absolute change: the KPI's unit, per opening day when the model divided by it. */
  unit: KpiUnit;
  perOpeningDay: boolean;
}

const MINUS = '\u2212';

/** Whole numbers from 10 on, one decimal below: "38", "6,3" (da) / "6.3" (en). */
function number(value: number, locale: 'da-DK' | 'en-GB'): string {
  const digits = Math.abs(value) >= 10 ? 0 : 1;
  const text = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(Math.abs(value));
  // A value that rounds to zero is written without a sign.
  return value < 0 && Number(text.replace(/[.,]/g, '')) !== 0 ? `${MINUS}${text}` : text;
}

const signed = (value: number, locale: 'da-DK' | 'en-GB') =>
  value > 0 ? `+${number(value, locale)}` : number(value, locale);

/** Seconds are told in minutes: nobody reads a wait of 378 seconds. */
function unitWords(effect: EffectForSentence): { da: string; en: string; scale: number } {
  const perDay = effect.perOpeningDay
    ? { da: ' pr. åbningsdag', en: ' per opening day' }
    : { da: '', en: '' };
  const base: Record<KpiUnit, { da: string; en: string; scale: number }> = {
    [KpiUnit.SECONDS]: { da: ' minutter', en: ' minutes', scale: 1 / 60 },
    [KpiUnit.MINUTES]: { da: ' minutter', en: ' minutes', scale: 1 },
    [KpiUnit.HOURS]: { da: ' timer', en: ' hours', scale: 1 },
    [KpiUnit.PERCENT]: { da: ' procentpoint', en: ' percentage points', scale: 1 },
    [KpiUnit.PER_HOUR]: { da: ' pr. time', en: ' per hour', scale: 1 },
    [KpiUnit.PER_THOUSAND]: { da: ' pr. 1.000', en: ' per 1,000', scale: 1 },
    [KpiUnit.FTE]: { da: ' årsværk', en: ' FTE', scale: 1 },
    [KpiUnit.DKK]: { da: ' kr.', en: ' DKK', scale: 1 },
    [KpiUnit.COUNT]: { da: '', en: '', scale: 1 },
  };
  const words = base[effect.unit];
  return { da: words.da + perDay.da, en: words.en + perDay.en, scale: words.scale };
}

/**
 * The effect in one plain sentence per language, e.g. "Fremmøder uden tid faldt med 38 % (95 %-KI
 * 31–44 %)" / "Walk-in visits fell by 38% (95% CI 31–44%)". A rate ratio is told as a percentage
 * change; an absolute change in the metric's unit. An interval that holds no change is said so.
 */
export function describeEffect(effect: EffectForSentence): { da: string; en: string } {
  if (effect.ratio !== null && effect.ratioLow !== null && effect.ratioHigh !== null) {
    const pct = (r: number) => (r - 1) * 100;
    const [estimate, low, high] = [pct(effect.ratio), pct(effect.ratioLow), pct(effect.ratioHigh)];
    if (high < 0)
      return {
        da: `${effect.labelDa} faldt med ${number(-estimate, 'da-DK')} % (95 %-KI ${number(-high, 'da-DK')}–${number(-low, 'da-DK')} %)`,
        en: `${effect.labelEn} fell by ${number(-estimate, 'en-GB')}% (95% CI ${number(-high, 'en-GB')}–${number(-low, 'en-GB')}%)`,
      };
    if (low > 0)
      return {
        da: `${effect.labelDa} steg med ${number(estimate, 'da-DK')} % (95 %-KI ${number(low, 'da-DK')}–${number(high, 'da-DK')} %)`,
        en: `${effect.labelEn} rose by ${number(estimate, 'en-GB')}% (95% CI ${number(low, 'en-GB')}–${number(high, 'en-GB')}%)`,
      };
    return {
      da: `${effect.labelDa}: ingen sikker ændring (${signed(estimate, 'da-DK')} %, 95 %-KI ${signed(low, 'da-DK')} % til ${signed(high, 'da-DK')} %)`,
      en: `${effect.labelEn}: no clear change (${signed(estimate, 'en-GB')}%, 95% CI ${signed(low, 'en-GB')}% to ${signed(high, 'en-GB')}%)`,
    };
  }
  const unit = unitWords(effect);
  const [estimate, low, high] = [effect.estimate, effect.ciLow, effect.ciHigh].map(
    (v) => v * unit.scale,
  ) as [number, number, number];
  if (high < 0)
    return {
      da: `${effect.labelDa} faldt med ${number(-estimate, 'da-DK')}${unit.da} (95 %-KI ${number(-high, 'da-DK')}–${number(-low, 'da-DK')}${unit.da})`,
      en: `${effect.labelEn} fell by ${number(-estimate, 'en-GB')}${unit.en} (95% CI ${number(-high, 'en-GB')}–${number(-low, 'en-GB')}${unit.en})`,
    };
  if (low > 0)
    return {
      da: `${effect.labelDa} steg med ${number(estimate, 'da-DK')}${unit.da} (95 %-KI ${number(low, 'da-DK')}–${number(high, 'da-DK')}${unit.da})`,
      en: `${effect.labelEn} rose by ${number(estimate, 'en-GB')}${unit.en} (95% CI ${number(low, 'en-GB')}–${number(high, 'en-GB')}${unit.en})`,
    };
  return {
    da: `${effect.labelDa}: ingen sikker ændring (${signed(estimate, 'da-DK')}${unit.da}, 95 %-KI ${signed(low, 'da-DK')} til ${signed(high, 'da-DK')}${unit.da})`,
    en: `${effect.labelEn}: no clear change (${signed(estimate, 'en-GB')}${unit.en}, 95% CI ${signed(low, 'en-GB')} to ${signed(high, 'en-GB')}${unit.en})`,
  };
}
