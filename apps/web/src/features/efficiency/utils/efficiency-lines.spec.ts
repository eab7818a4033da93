import type { EfficiencyPoint } from '../api/get-efficiency';
import { efficiencyLines, linesTable, shiftYearForward } from './efficiency-lines';

const point = (
  channel: string | null,
  period: string | null,
  staffHours: number,
  contactsPerStaffHour: number | null,
): EfficiencyPoint => ({
  channel,
  period,
  staffHours,
  contactsPerStaffHour,
  fte: 0,
  staffCostDkk: 0,
  contacts: 0,
  costPerContact: null,
});

const labels = {
  channel: (channel: string) => channel.toUpperCase(),
  comparison: (label: string) => `${label} før`,
};

describe('efficiency lines', () => {
  it('shifts months and quarters a year forward', () => {
    expect(shiftYearForward('2025-03')).toBe('2026-03');
    expect(shiftYearForward('2025-Q4')).toBe('2026-Q4');
  });

  it('draws a line per chosen channel with values, and the year before dashed on the same periods', () => {
    const series = [
      point('visit', '2026-01', 100, 3),
      point('back_office', '2026-01', 50, null),
      point(null, '2026-01', 150, 2),
    ];
    const earlier = [point('visit', '2025-01', 90, 2.5), point('back_office', '2025-01', 40, null)];

    const hours = efficiencyLines(series, earlier, ['visit', 'back_office'], 'staffHours', labels);
    expect(hours.map((line) => [line.key, line.label, line.dashed ?? false])).toEqual([
      ['visit', 'VISIT', false],
      ['visit-comparison', 'VISIT før', true],
      ['back_office', 'BACK_OFFICE', false],
      ['back_office-comparison', 'BACK_OFFICE før', true],
    ]);
    expect(hours[1]?.points).toEqual([{ period: '2026-01', value: 90 }]);

    const perHour = efficiencyLines(
      series,
      undefined,
      ['visit', 'back_office'],
      'contactsPerStaffHour',
      labels,
    );
    expect(perHour.map((line) => line.key)).toEqual(['visit']);
  });

  it('tabulates the lines by period', () => {
    const lines = efficiencyLines(
      [point('visit', '2026-02', 5, null), point('visit', '2026-01', 4, null)],
      undefined,
      ['visit', 'call'],
      'staffHours',
      labels,
    );
    const table = linesTable(lines, {
      caption: 'c',
      fileName: 'f',
      periodHeader: 'Periode',
      fractionDigits: 0,
    });
    expect(table.columns.map((c) => [c.key, c.kind])).toEqual([
      ['period', 'month'],
      ['visit', 'number'],
    ]);
    expect(table.rows).toEqual([
      { period: '2026-01', visit: 4 },
      { period: '2026-02', visit: 5 },
    ]);
  });
});
