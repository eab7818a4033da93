import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ChanceQueueArgs } from './chance-queue.args';

const valid = { municipalityCode: '0169', from: '2024-03-01', to: '2024-03-31' };

function messages(plain: object): string[] {
  return validateSync(plainToInstance(ChanceQueueArgs, { ...valid, ...plain })).flatMap((error) =>
    Object.values(error.constraints ?? {}),
  );
}

describe(ChanceQueueArgs.name, () => {
  it('accepts a valid request and fills in the defaults', () => {
    const args = plainToInstance(ChanceQueueArgs, valid);
    expect(validateSync(args)).toEqual([]);
    expect(args).toMatchObject({
      unbookedShareUsable: 1,
      noShowShareUsable: 0.5,
      hoursPerFte: 1628,
      costPerFte: 400_000,
    });
    expect(args.minutesPerWalkIn).toBeUndefined();
  });

  it('names the argument that is out of range', () => {
    expect(messages({ noShowShareUsable: 1.5 })).toEqual([
      'noShowShareUsable must be a share from 0 to 1; got 1.5',
    ]);
    expect(messages({ unbookedShareUsable: -0.1 })).toEqual([
      'unbookedShareUsable must be a share from 0 to 1; got -0.1',
    ]);
    expect(messages({ minutesPerWalkIn: 0 })).toEqual([
      'minutesPerWalkIn must be from 1 to 240 minutes; got 0',
    ]);
    expect(messages({ minutesPerWalkIn: null })).toEqual([]);
  });
});
