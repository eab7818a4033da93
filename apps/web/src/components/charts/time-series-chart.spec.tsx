import { render, screen } from '@testing-library/react';
import { I18nProvider } from '../../lib/i18n';
import { periodOf, TimeSeriesChart, TimeSeriesLegend } from './time-series-chart';

describe('periodOf', () => {
  it('places a date in the period that holds it', () => {
    const months = ['2020-10', '2020-11', '2020-12', '2021-01'];
    expect(periodOf('2020-12-01', months)).toBe('2020-12');
    expect(periodOf('2020-12-31', months)).toBe('2020-12');
    expect(periodOf('2020-09-30', months)).toBeUndefined();
    expect(periodOf('2020-12-01', ['2020-Q3', '2020-Q4', '2021-Q1'])).toBe('2020-Q4');
    expect(periodOf('2020-12-01', ['2020-11-30', '2020-12-01', '2020-12-02'])).toBe('2020-12-01');
  });
});

describe('TimeSeriesChart', () => {
  it('is one labelled image, with a legend that tells lines apart by style', () => {
    const lines = [
      { key: 'now', label: '2026', color: '#0072B2', points: [{ period: '2026-01', value: 5 }] },
      {
        key: 'before',
        label: '2025',
        color: '#E69F00',
        dashed: true,
        points: [{ period: '2026-01', value: 4 }],
      },
    ];
    render(
      <I18nProvider initialLanguage="da">
        <TimeSeriesChart lines={lines} formatValue={String} label="Fremmøder pr. måned" />
        <TimeSeriesLegend lines={lines} />
      </I18nProvider>,
    );
    expect(screen.getByRole('img', { name: 'Fremmøder pr. måned' })).toBeInTheDocument();
    expect(screen.getByText('2025').querySelector('line')).toHaveAttribute(
      'stroke-dasharray',
      '6 4',
    );
  });
});
