import type { ServiceMonthVisits } from '../api/get-visits-by-service-month';
import { stackTopServices } from './stack-top-services';

function visit(month: string, serviceCode: string, visits: number): ServiceMonthVisits {
  return {
    month,
    serviceCode,
    serviceNameDa: `Ydelse ${serviceCode}`,
    serviceNameEn: `Service ${serviceCode}`,
    visits,
  };
}

describe('stackTopServices', () => {
  it('keeps the six largest services and groups the rest as other', () => {
    const visits = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((code, index) =>
      visit('2024-01', code, 100 - index * 10),
    );
    visits.push(visit('2024-02', 'H', 5));

    const { series, rows, total } = stackTopServices(
      visits,
      ['2024-01', '2024-02', '2024-03'],
      'da',
      'Øvrige',
    );

    expect(series.map((s) => s.label)).toEqual([
      'Ydelse A',
      'Ydelse B',
      'Ydelse C',
      'Ydelse D',
      'Ydelse E',
      'Ydelse F',
      'Øvrige',
    ]);
    expect(series.at(-1)?.total).toBe(40 + 30 + 5);
    expect(new Set(series.map((s) => s.color)).size).toBe(7);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ month: '2024-01', s0: 100, s5: 50, other: 70, total: 520 });
    expect(rows[1]).toMatchObject({ month: '2024-02', s0: 0, other: 5, total: 5 });
    expect(rows[2]).toMatchObject({ month: '2024-03', total: 0 });
    expect(total).toBe(525);
  });

  it('has no other series when there are few services, and uses English names', () => {
    const { series } = stackTopServices(
      [visit('2024-01', 'A', 1), visit('2024-01', 'B', 2)],
      ['2024-01'],
      'en',
      'Other',
    );
    expect(series.map((s) => s.label)).toEqual(['Service B', 'Service A']);
  });
});
