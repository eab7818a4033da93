/**
 * `npm run staffing`: agents needed for one interval's calls, for analysts.
 * Exit codes: 0 answered, 1 impossible input or target, 2 bad command line.
 */
import { agentsNeeded, type QueueFigures, type QueueLoad, type ServiceTarget } from './erlang';
import { StaffingError } from './staffing-error';

export const USAGE = `Usage: npm run staffing -- --arrivals <n per interval> --interval-minutes <m>
       --aht-seconds <s> --target-seconds <t> --target-share <0..1>
       [--patience-seconds <p>] [--json]

  Erlang C; with --patience-seconds (mean patience of callers) Erlang A.`;

class CliUsageError extends Error {}

const VALUE_FLAGS = [
  'arrivals',
  'interval-minutes',
  'aht-seconds',
  'target-seconds',
  'target-share',
  'patience-seconds',
] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

function parse(argv: readonly string[]): {
  load: QueueLoad;
  target: ServiceTarget;
  json: boolean;
} {
  const values = new Map<ValueFlag, number>();
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') {
      json = true;
      continue;
    }
    const flag = arg.replace(/^--/, '') as ValueFlag;
    if (!arg.startsWith('--') || !VALUE_FLAGS.includes(flag))
      throw new CliUsageError(`Unknown argument "${arg}".`);
    const text = argv[i + 1];
    if (text === undefined) throw new CliUsageError(`${arg} needs a value.`);
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value))
      throw new CliUsageError(`${arg} must be a number; got "${text}".`);
    values.set(flag, value);
    i += 1;
  }
  const required = (flag: ValueFlag) => {
    const value = values.get(flag);
    if (value === undefined) throw new CliUsageError(`--${flag} is required.`);
    return value;
  };
  const patience = values.get('patience-seconds');
  return {
    load: {
      arrivals: required('arrivals'),
      intervalSeconds: required('interval-minutes') * 60,
      ahtSeconds: required('aht-seconds'),
      ...(patience === undefined ? {} : { patienceSeconds: patience }),
    },
    target: { seconds: required('target-seconds'), share: required('target-share') },
    json,
  };
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

function table(figures: QueueFigures, target: ServiceTarget): string {
  const rows = [
    ['Model', figures.model === 'erlang-a' ? 'Erlang A (with abandonment)' : 'Erlang C'],
    ['Offered load', `${figures.erlangs.toFixed(2)} Erlangs`],
    ['Agents needed', String(figures.agents)],
    [`Service level (${target.seconds} s)`, percent(figures.serviceLevel)],
    ['Probability of waiting', percent(figures.probabilityOfWait)],
    ['ASA', `${figures.asaSeconds.toFixed(1)} s`],
    ['Occupancy', percent(figures.occupancy)],
    ...(figures.model === 'erlang-a' ? [['Abandoned', percent(figures.abandonShare)]] : []),
  ];
  const width = Math.max(...rows.map(([label]) => label!.length));
  return rows.map(([label, value]) => `${label!.padEnd(width)}  ${value}`).join('\n');
}

export function runCli(argv: readonly string[]): {
  exitCode: number;
  stdout: string;
  stderr: string;
} {
  try {
    const { load, target, json } = parse(argv);
    const figures = agentsNeeded(load, target);
    return {
      exitCode: 0,
      stdout: json ? JSON.stringify(figures) : table(figures, target),
      stderr: '',
    };
  } catch (error) {
    if (error instanceof CliUsageError)
      return { exitCode: 2, stdout: '', stderr: `${error.message}\n\n${USAGE}` };
    if (error instanceof StaffingError) return { exitCode: 1, stdout: '', stderr: error.message };
    throw error;
  }
}

if (require.main === module) {
  const { exitCode, stdout, stderr } = runCli(process.argv.slice(2));
  if (stdout) console.log(stdout);
  if (stderr) console.error(stderr);
  process.exitCode = exitCode;
}
