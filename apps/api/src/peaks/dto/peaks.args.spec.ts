import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PeakResolution, PeaksArgs } from './peaks.args';

const valid = { municipalityCode: '0169', from: '2024-03-01', to: '2024-03-31' };

function messages(plain: object): string[] {
  return validateSync(plainToInstance(PeaksArgs, { ...valid, ...plain })).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );
}

describe(PeaksArgs.name, () => {
  it('accepts a valid request and fills in the defaults', () => {
    const args = plainToInstance(PeaksArgs, valid);
    expect(validateSync(args)).toEqual([]);
    expect(args).toMatchObject({ resolution: PeakResolution.HOUR, topDays: 10 });
  });

  it('names the argument that is out of range', () => {
    expect(messages({ topDays: 0 })).toEqual(['topDays must be between 1 and 50']);
    expect(messages({ topDays: 51 })).toEqual(['topDays must be between 1 and 50']);
    expect(messages({ resolution: 'MINUTE' })).toEqual(['resolution must be HOUR or QUARTER_HOUR']);
    expect(messages({ siteCode: 'Rådhus' })).toEqual([
      'siteCode must be a site code such as raadhus',
    ]);
  });

  it('takes a site or none', () => {
    expect(messages({ siteCode: 'raadhus' })).toEqual([]);
    expect(messages({ siteCode: null })).toEqual([]);
  });
});
