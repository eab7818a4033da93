import { KpiUnit } from '../metrics/kpis/kpi-types';
import { describeEffect, type EffectForSentence } from './estimate-sentence';

const walkIns = (ratio: number, ratioLow: number, ratioHigh: number): EffectForSentence => ({
  labelDa: 'Fremmøder uden tid',
  labelEn: 'Walk-in visits',
  ratio,
  ratioLow,
  ratioHigh,
  estimate: Math.log(ratio),
  ciLow: Math.log(ratioLow),
  ciHigh: Math.log(ratioHigh),
  unit: KpiUnit.PERCENT,
  perOpeningDay: false,
});

const absolute = (
  estimate: number,
  ciLow: number,
  ciHigh: number,
  unit: KpiUnit,
  perOpeningDay = false,
): EffectForSentence => ({
  labelDa: 'Ventetid',
  labelEn: 'Wait',
  ratio: null,
  ratioLow: null,
  ratioHigh: null,
  estimate,
  ciLow,
  ciHigh,
  unit,
  perOpeningDay,
});

describe(describeEffect.name, () => {
  it('tells a rate ratio below 1 as a fall in per cent, the interval turned round', () => {
    expect(describeEffect(walkIns(0.62, 0.56, 0.69))).toEqual({
      da: 'Fremmøder uden tid faldt med 38 % (95 %-KI 31–44 %)',
      en: 'Walk-in visits fell by 38% (95% CI 31–44%)',
    });
  });

  it('tells a rise, with one decimal below 10 and a decimal comma in Danish', () => {
    expect(describeEffect(walkIns(1.055, 1.021, 2.5))).toEqual({
      da: 'Fremmøder uden tid steg med 5,5 % (95 %-KI 2,1–150 %)',
      en: 'Walk-in visits rose by 5.5% (95% CI 2.1–150%)',
    });
  });

  it('says so when the interval holds no change', () => {
    expect(describeEffect(walkIns(0.97, 0.92, 1.02))).toEqual({
      da: 'Fremmøder uden tid: ingen sikker ændring (−3 %, 95 %-KI −8 % til +2 %)',
      en: 'Walk-in visits: no clear change (−3%, 95% CI −8% to +2%)',
    });
  });

  it('tells seconds in minutes and hours per opening day in their unit', () => {
    expect(describeEffect(absolute(-378, -396, -360, KpiUnit.SECONDS))).toEqual({
      da: 'Ventetid faldt med 6,3 minutter (95 %-KI 6–6,6 minutter)',
      en: 'Wait fell by 6.3 minutes (95% CI 6–6.6 minutes)',
    });
    expect(describeEffect(absolute(-7.43, -8.1, -6.77, KpiUnit.HOURS, true)).da).toBe(
      'Ventetid faldt med 7,4 timer pr. åbningsdag (95 %-KI 6,8–8,1 timer pr. åbningsdag)',
    );
  });

  it('writes Danish thousands with a point', () => {
    expect(describeEffect(absolute(1234.4, 1100, 1400, KpiUnit.COUNT)).da).toBe(
      'Ventetid steg med 1.234 (95 %-KI 1.100–1.400)',
    );
  });
});
