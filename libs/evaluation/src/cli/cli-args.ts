/** The command line of `npm run evaluate`: parsed into options, or a usage error naming the flag. */
import { FAMILIES, type Family } from '../glm';

export const USAGE = `Usage: npm run evaluate -- --csv <file> --time <col> --count <col> --intervention <value>
       [--offset <col>] [--season <col>] [--family poisson|quasipoisson|gaussian]
       [--fourier <K> --period <P>] [--slope-change] [--exclude <from>..<to>]
       [--exclude-dummy <from>..<to>] [--newey-west <lag|auto>] [--z <multiplier>] [--json]

  --intervention   first post-intervention value of the time column; repeat for further
                   interventions (the first is the one evaluated)
  --time           integer index, YYYY-MM or YYYY-MM-DD, evenly spaced, ascending
  --offset         exposure column (opening days, population, …), entered as log(exposure)
  --season         season index column (1–12, week 1–53), or the time column itself for month of
                   year (week of year for weekly dates); without --fourier: season dummies
  --fourier/--period  K sin/cos pairs with period P on the season index (default season: month
                   of year for YYYY-MM and dates, position in the cycle for an integer index)
  --exclude        leave out the periods from..to (time-column values, inclusive)
  --exclude-dummy  keep them but give the block its own level
  --family         default quasipoisson`;

export class CliUsageError extends Error {}

export interface Range {
  from: string;
  to: string;
}

export interface CliOptions {
  csv: string;
  time: string;
  count: string;
  offset?: string;
  season?: string;
  interventions: string[];
  family: Family;
  fourier?: { harmonics: number; period: number };
  slopeChange: boolean;
  exclude: Range[];
  excludeDummy: Range[];
  neweyWest?: number | 'auto';
  z?: number;
  json: boolean;
}

const VALUE_FLAGS = [
  'csv',
  'time',
  'count',
  'offset',
  'season',
  'intervention',
  'family',
  'fourier',
  'period',
  'exclude',
  'exclude-dummy',
  'newey-west',
  'z',
] as const;
const SWITCHES = ['slope-change', 'json'] as const;

function positiveInteger(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new CliUsageError(`--${flag} must be a whole number ≥ 1; got "${text}".`);
  return value;
}

function range(flag: string, text: string): Range {
  const [from, to, ...rest] = text.split('..');
  if (!from || !to || rest.length > 0)
    throw new CliUsageError(`--${flag} takes <from>..<to>, e.g. 2020-03..2020-05; got "${text}".`);
  return { from, to };
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  const values = new Map<string, string[]>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const flag = arg.startsWith('--') ? arg.slice(2) : undefined;
    if ((SWITCHES as readonly string[]).includes(flag ?? '')) {
      switches.add(flag!);
    } else if ((VALUE_FLAGS as readonly string[]).includes(flag ?? '')) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--'))
        throw new CliUsageError(`--${flag} needs a value.`);
      values.set(flag!, [...(values.get(flag!) ?? []), value]);
      i += 1;
    } else throw new CliUsageError(`Unknown argument "${arg}".`);
  }
  const one = (flag: string) => {
    const given = values.get(flag);
    if (given && given.length > 1) throw new CliUsageError(`--${flag} is given more than once.`);
    return given?.[0];
  };
  const required = (flag: string) => {
    const value = one(flag);
    if (value === undefined) throw new CliUsageError(`--${flag} is required.`);
    return value;
  };

  const family = one('family') ?? 'quasipoisson';
  if (!(FAMILIES as readonly string[]).includes(family))
    throw new CliUsageError(`--family must be one of ${FAMILIES.join(', ')}; got "${family}".`);
  const fourier = one('fourier');
  const period = one('period');
  if ((fourier === undefined) !== (period === undefined))
    throw new CliUsageError('--fourier and --period go together.');
  const neweyWest = one('newey-west');
  const z = one('z');
  const options: CliOptions = {
    csv: required('csv'),
    time: required('time'),
    count: required('count'),
    interventions: values.get('intervention') ?? [],
    family: family as Family,
    slopeChange: switches.has('slope-change'),
    exclude: (values.get('exclude') ?? []).map((text) => range('exclude', text)),
    excludeDummy: (values.get('exclude-dummy') ?? []).map((text) => range('exclude-dummy', text)),
    json: switches.has('json'),
  };
  if (options.interventions.length === 0) throw new CliUsageError('--intervention is required.');
  const offset = one('offset');
  if (offset !== undefined) options.offset = offset;
  const season = one('season');
  if (season !== undefined) options.season = season;
  if (fourier !== undefined && period !== undefined)
    options.fourier = {
      harmonics: positiveInteger('fourier', fourier),
      period: positiveInteger('period', period),
    };
  if (neweyWest !== undefined) {
    if (family !== 'gaussian')
      throw new CliUsageError('--newey-west applies to --family gaussian only.');
    options.neweyWest = neweyWest === 'auto' ? 'auto' : Number(neweyWest);
    if (neweyWest !== 'auto' && !(Number.isInteger(options.neweyWest) && Number(neweyWest) >= 0))
      throw new CliUsageError(`--newey-west takes a lag ≥ 0 or "auto"; got "${neweyWest}".`);
  }
  if (z !== undefined) {
    options.z = Number(z);
    if (!(options.z > 0)) throw new CliUsageError(`--z must be a positive number; got "${z}".`);
  }
  if (offset !== undefined && family === 'gaussian')
    throw new CliUsageError('--offset applies to the poisson families only.');
  return options;
}
