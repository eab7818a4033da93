import type { EvaluationEstimate, EvaluationSummary } from '../api/evaluation-types';
import { defaultEvaluationId, isInconclusive } from './pick-evaluation';

function evaluation(id: string, kpiId: string, channelCodes: string[] | null = null) {
  return {
    id,
    metric: { kpiId, channelCodes, serviceCodes: null, ageBands: null },
  } as EvaluationSummary;
}

function estimate(overrides: Partial<EvaluationEstimate>): EvaluationEstimate {
  return {
    name: 'step',
    estimate: 0,
    ciLow: 0,
    ciHigh: 0,
    pValue: 0.5,
    ratio: null,
    ratioLow: null,
    ratioHigh: null,
    scale: 'ABSOLUTE',
    unit: 'HOURS',
    sentenceDa: '',
    sentenceEn: '',
    ...overrides,
  };
}

describe('defaultEvaluationId', () => {
  it('prefers the evaluation of all visits', () => {
    expect(
      defaultEvaluationId([
        evaluation('uden-tid', 'walk_in_share'),
        evaluation('skranke', 'visits', ['visit']),
        evaluation('fremmoeder', 'visits'),
      ]),
    ).toBe('fremmoeder');
  });

  it('falls back to the first, and is undefined without evaluations', () => {
    expect(defaultEvaluationId([evaluation('a', 'mean_wait'), evaluation('b', 'bookings')])).toBe(
      'a',
    );
    expect(defaultEvaluationId([])).toBeUndefined();
  });
});

describe('isInconclusive', () => {
  it('reads a rate ratio interval holding 1 as no clear change', () => {
    const ratio = { scale: 'RATE_RATIO' as const, ratio: 0.95 };
    expect(isInconclusive(estimate({ ...ratio, ratioLow: 0.79, ratioHigh: 1.14 }))).toBe(true);
    expect(isInconclusive(estimate({ ...ratio, ratioLow: 0.86, ratioHigh: 0.91 }))).toBe(false);
  });

  it('reads an absolute interval holding 0 as no clear change', () => {
    expect(isInconclusive(estimate({ estimate: -7.2, ciLow: -7.8, ciHigh: -6.6 }))).toBe(false);
    expect(isInconclusive(estimate({ estimate: -1, ciLow: -2, ciHigh: 0.5 }))).toBe(true);
  });
});
