import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { checkPeriod } from '../digital-exclusion.service';
import { DigitalExclusionArgs } from './digital-exclusion.args';

const valid = { municipalityCode: '0169', from: '2024-01-01', to: '2024-09-30' };

function messages(plain: object): string[] {
  return validateSync(plainToInstance(DigitalExclusionArgs, { ...valid, ...plain })).flatMap(
    (error) => Object.values(error.constraints ?? {}),
  );
}

describe(DigitalExclusionArgs.name, () => {
  it('accepts whole quarters', () => {
    expect(messages({})).toEqual([]);
    expect(messages({ from: '2024-10-01', to: '2024-12-31' })).toEqual([]);
  });

  it('refuses a period that does not start or end with a quarter, naming the argument', () => {
    expect(messages({ from: '2024-01-02' })).toEqual([
      expect.stringMatching(/^from must be the first day of a quarter/),
    ]);
    expect(messages({ to: '2024-09-29' })).toEqual([
      expect.stringMatching(/^to must be the last day of a quarter/),
    ]);
    expect(messages({ to: '2024-02-31' })).toContain('to must be a date written YYYY-MM-DD');
  });
});

describe(checkPeriod.name, () => {
  const args = (from: string, to: string) =>
    plainToInstance(DigitalExclusionArgs, { ...valid, from, to });

  it('gives the calendar years the period touches', () => {
    expect(checkPeriod(args('2023-07-01', '2024-03-31'))).toEqual({ fromYear: 2023, toYear: 2024 });
  });

  it('refuses a period that ends before it starts, or covers more than five years', () => {
    expect(() => checkPeriod(args('2024-04-01', '2024-03-31'))).toThrow(BadRequestException);
    expect(() => checkPeriod(args('2019-01-01', '2024-12-31'))).toThrow(
      /covers more than 5 calendar years/,
    );
  });
});
