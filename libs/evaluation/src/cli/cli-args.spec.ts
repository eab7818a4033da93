import { CliUsageError, parseCliArgs } from './cli-args';

const base = [
  '--csv',
  'a.csv',
  '--time',
  'month',
  '--count',
  'visits',
  '--intervention',
  '2020-12',
];

describe(parseCliArgs.name, () => {
  it('reads every option', () => {
    const sut = parseCliArgs([
      ...base,
      '--offset',
      'days',
      '--season',
      'm',
      '--family',
      'poisson',
      '--fourier',
      '2',
      '--period',
      '12',
      '--slope-change',
      '--exclude',
      '2020-03..2020-05',
      '--exclude-dummy',
      '2020-06..2020-08',
      '--intervention',
      '2021-10',
      '--z',
      '2.576',
      '--json',
    ]);
    expect(sut).toEqual({
      csv: 'a.csv',
      time: 'month',
      count: 'visits',
      offset: 'days',
      season: 'm',
      interventions: ['2020-12', '2021-10'],
      family: 'poisson',
      fourier: { harmonics: 2, period: 12 },
      slopeChange: true,
      exclude: [{ from: '2020-03', to: '2020-05' }],
      excludeDummy: [{ from: '2020-06', to: '2020-08' }],
      z: 2.576,
      json: true,
    });
  });

  it('defaults to quasipoisson and a table', () => {
    const sut = parseCliArgs(base);
    expect(sut.family).toBe('quasipoisson');
    expect(sut.json).toBe(false);
  });

  it.each([
    [['--csv', 'a.csv'], /--time is required/],
    [[...base, '--family', 'binomial'], /--family must be one of poisson, quasipoisson, gaussian/],
    [[...base, '--fourier', '2'], /--fourier and --period go together/],
    [[...base, '--fourier', 'two', '--period', '12'], /--fourier must be a whole number/],
    [[...base, '--exclude', '2020-03'], /--exclude takes <from>..<to>/],
    [[...base, '--newey-west', '3'], /gaussian only/],
    [[...base, '--family', 'gaussian', '--offset', 'days'], /--offset applies to the poisson/],
    [[...base, '--verbose'], /Unknown argument "--verbose"/],
    [[...base, '--csv'], /--csv needs a value/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(CliUsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});
