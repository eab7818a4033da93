import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { checkRequest } from '../metrics.service';
import { Dimension, Grain } from '../kpi-catalogue';
import { MetricsArgs } from './metrics.args';

const valid = { kpis: ['visits'], municipalityCode: '0169', from: '2024-03-01', to: '2024-03-31' };

function messages(plain: object): string[] {
  return validateSync(plainToInstance(MetricsArgs, { ...valid, ...plain })).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );
}

describe(MetricsArgs.name, () => {
  it('accepts a valid request and fills in the default options', () => {
    const args = plainToInstance(MetricsArgs, valid);
    expect(validateSync(args)).toEqual([]);
    expect(args).toMatchObject({
      grain: Grain.MONTH,
      serviceLevelVariant: 'A',
      serviceLevelSeconds: 60,
      shortAbandonSeconds: 5,
    });
  });

  it('names an unknown KPI', () => {
    expect(messages({ kpis: ['visits', 'happiness'] })).toEqual([
      expect.stringMatching(/^unknown KPI happiness; known KPIs: visits, walk_in_share/),
    ]);
  });

  it('refuses an empty or repeated KPI list', () => {
    expect(messages({ kpis: [] })).toEqual(['kpis must name at least one KPI']);
    expect(messages({ kpis: ['visits', 'visits'] })).toEqual(['kpis must not name a KPI twice']);
  });

  it('refuses thresholds that are not queue-time bucket bounds', () => {
    expect(messages({ serviceLevelSeconds: 25, shortAbandonSeconds: 7 })).toEqual([
      'serviceLevelSeconds must be a queue-time bucket bound above 0 (0, 5, 10, 20, 30, 45, 60, 90, 120, 180, 300); got 25',
      'shortAbandonSeconds must be a queue-time bucket bound (0, 5, 10, 20, 30, 45, 60, 90, 120, 180, 300); got 7',
    ]);
    expect(messages({ serviceLevelSeconds: 0 })).toHaveLength(1);
    expect(messages({ serviceLevelSeconds: 300, shortAbandonSeconds: 0 })).toEqual([]);
  });

  it('refuses an unknown variant, grain or dimension and a malformed date', () => {
    // The inherited period arguments are validated after MetricsArgs' own, so compare as sets.
    expect(
      messages({
        serviceLevelVariant: 'D',
        grain: 'WEEK',
        dimension: 'HOUR',
        from: '2024-02-30',
      }).sort(),
    ).toEqual(
      [
        'from must be a date written YYYY-MM-DD',
        'grain must be one of DAY, ISO_WEEK, MONTH, QUARTER, YEAR',
        'dimension must be one of SERVICE, WEEKDAY, BOOKING_CHANNEL',
        'serviceLevelVariant must be A, B or C',
      ].sort(),
    );
  });
});

describe(checkRequest.name, () => {
  const args = (plain: object) => plainToInstance(MetricsArgs, { ...valid, ...plain });

  it('returns the catalogue entries in the order asked', () => {
    expect(checkRequest(args({ kpis: ['asa', 'visits'] })).map((kpi) => kpi.id)).toEqual([
      'asa',
      'visits',
    ]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => checkRequest(args({ from: '2024-04-01' }))).toThrow(
      new BadRequestException('from (2024-04-01) is after to (2024-03-31)'),
    );
  });

  it('refuses a dimension that a KPI’s rollup does not have', () => {
    expect(() =>
      checkRequest(args({ kpis: ['bookings', 'visits'], dimension: Dimension.BOOKING_CHANNEL })),
    ).toThrow(
      new BadRequestException(
        'KPI visits cannot be split by BOOKING_CHANNEL; it allows SERVICE, WEEKDAY',
      ),
    );
    expect(() =>
      checkRequest(args({ kpis: ['bookings'], dimension: Dimension.BOOKING_CHANNEL })),
    ).not.toThrow();
  });
});
