import { translate } from '../../../lib/i18n';
import type { StatusTile } from '../api/get-quarterly-status';
import {
  formatKpiDelta,
  formatKpiValue,
  formatTarget,
  relativeChange,
  targetSummary,
} from './kpi-format';

const da = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('da', key, params);
const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate('en', key, params);

describe('KPI formatting', () => {
  it('formats values with their unit, waits in minutes', () => {
    expect(formatKpiValue(12345, 'COUNT', 'da', da)).toBe('12.345');
    expect(formatKpiValue(87.46, 'PERCENT', 'da', da)).toBe('87,5 %');
    expect(formatKpiValue(87.46, 'PERCENT', 'en', en)).toBe('87.5%');
    expect(formatKpiValue(615, 'SECONDS', 'da', da)).toBe('10,3 min');
    expect(formatKpiValue(82, 'PERCENT', 'da', da)).toBe('82,0 %');
    expect(formatKpiValue(null, 'PERCENT', 'da', da)).toBe('ingen tal');
  });

  it('signs changes and reads percentages as percentage points', () => {
    expect(formatKpiDelta(545, 'COUNT', 'da', da)).toEqual({ direction: 'up', text: '+545' });
    expect(formatKpiDelta(-2.21, 'PERCENT', 'da', da)).toEqual({
      direction: 'down',
      text: '−2,2 pct.-point',
    });
    expect(formatKpiDelta(0.02, 'PERCENT', 'en', en)).toEqual({
      direction: 'flat',
      text: '±0.0 percentage points',
    });
    expect(formatKpiDelta(-48, 'SECONDS', 'da', da)).toEqual({
      direction: 'down',
      text: '−0,8 min',
    });
  });

  it('gives the per cent change only when there is a base', () => {
    expect(relativeChange(110, 100)).toBeCloseTo(10);
    expect(relativeChange(110, 0)).toBeUndefined();
    expect(relativeChange(null, 100)).toBeUndefined();
  });

  it('states targets as at least / at most', () => {
    const target = { comparator: 'min', value: 90, validFrom: '2025-01-01' };
    expect(formatTarget(target, 'PERCENT', 'da', da)).toBe('mindst 90 %');
    expect(formatTarget({ ...target, comparator: 'max', value: 600 }, 'SECONDS', 'en', en)).toBe(
      'at most 10 min',
    );
  });

  it('counts met targets among the tiles that have one', () => {
    const tile = (status: StatusTile['status']) => ({ status }) as StatusTile;
    const summary = targetSummary(
      ['MET', 'MET', 'NOT_MET', 'NO_TARGET', 'NO_DATA'].map((s) => tile(s as StatusTile['status'])),
    );
    expect(summary).toMatchObject({ total: 4, met: 2, noData: 1 });
    expect(summary.notMet).toHaveLength(1);
  });
});
