import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { checkRequest } from '../metrics.service';
import { Dimension, Grain } from '../kpis/kpi-types';
import { MetricsArgs } from './metrics.args';

const valid = {
  kpis: ['visits'],
  municipalityCodes: ['0169'],
  from: '2024-03-01',
  to: '2024-03-31',
};

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
      waitTargetSeconds: 900,
      hoursPerFte: 1628,
      costPerFte: 400_000,
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

  it('accepts any threshold of whole seconds up to an hour', () => {
    expect(messages({ serviceLevelSeconds: 25, shortAbandonSeconds: 7 })).toEqual([]);
    expect(messages({ serviceLevelSeconds: 0, shortAbandonSeconds: 3601 })).toEqual([
      'serviceLevelSeconds must be a whole number of seconds from 1 to 3600; got 0',
      'shortAbandonSeconds must be a whole number of seconds from 0 to 3600; got 3601',
    ]);
    expect(messages({ waitTargetSeconds: 1.5 })).toEqual([
      'waitTargetSeconds must be a whole number of seconds from 0 to 3600; got 1.5',
    ]);
  });

  it('names bad municipalities, filters and FTE options', () => {
    expect(
      messages({
        municipalityCodes: ['169'],
        serviceCodes: ['Pas!'],
        bookingChannels: ['fax'],
        hoursPerFte: 0,
        costPerFte: -1,
      }).sort(),
    ).toEqual(
      [
        'municipalityCodes must be official four-digit codes such as 0169',
        'serviceCodes must be service codes such as pas',
        'bookingChannels must be among web, phone, counter, floorwalker',
        'hoursPerFte must be a positive number of hours; got 0',
        'costPerFte must be a number of DKK of 0 or more; got -1',
      ].sort(),
    );
    expect(messages({ municipalityCodes: [] })).toEqual([
      'municipalityCodes must name at least one municipality',
    ]);
  });

  it('refuses an unknown variant, grain or dimension and a malformed date', () => {
    // The inherited period arguments are validated after MetricsArgs' own, so compare as sets.
    expect(
      messages({
        serviceLevelVariant: 'D',
        grain: 'WEEK',
        dimension: 'MINUTE',
        from: '2024-02-30',
      }).sort(),
    ).toEqual(
      [
        'from must be a date written YYYY-MM-DD',
        'grain must be one of DAY, ISO_WEEK, MONTH, QUARTER, YEAR',
        'dimension must be one of SERVICE, WEEKDAY, BOOKING_CHANNEL, SITE, AGE_BAND, HOUR, CHANNEL, MUNICIPALITY',
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

  it('refuses a dimension that neither of a KPI’s paths has', () => {
    expect(() =>
      checkRequest(args({ kpis: ['bookings', 'visits'], dimension: Dimension.BOOKING_CHANNEL })),
    ).toThrow(
      new BadRequestException(
        'KPI visits cannot be split by BOOKING_CHANNEL; it allows SERVICE, WEEKDAY, SITE, HOUR, MUNICIPALITY',
      ),
    );
    expect(() =>
      checkRequest(args({ kpis: ['bookings'], dimension: Dimension.BOOKING_CHANNEL })),
    ).not.toThrow();
  });
});
