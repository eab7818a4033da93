/**
 * `npm run evaluate`: fits an interrupted time series to any CSV series, for analysts.
 * Exit codes: 0 fitted, 1 bad data or a model that cannot be fitted, 2 bad command line.
 */
import { readFileSync } from 'node:fs';
import { CliUsageError, parseCliArgs, USAGE } from './cli/cli-args';
import { toJson, toTable } from './cli/cli-output';
import { CsvInputError, seriesFromCsv } from './cli/csv-series';
import { EvaluationError } from './errors';
import { evaluateInterruptedTimeSeries } from './interrupted-time-series';

export function runCli(argv: readonly string[]): {
  exitCode: number;
  stdout: string;
  stderr: string;
} {
  try {
    const options = parseCliArgs(argv);
    let text: string;
    try {
      text = readFileSync(options.csv, 'utf8');
    } catch (error) {
      throw new CsvInputError(
        `${options.csv}: cannot read the file (${(error as Error).message}).`,
      );
    }
    const { input, label } = seriesFromCsv(text, options);
    const result = evaluateInterruptedTimeSeries(input);
    const stdout = options.json
      ? JSON.stringify(toJson(result, label, options.csv))
      : toTable(result, label);
    return { exitCode: 0, stdout, stderr: '' };
  } catch (error) {
    if (error instanceof CliUsageError)
      return { exitCode: 2, stdout: '', stderr: `${error.message}\n\n${USAGE}` };
    if (error instanceof CsvInputError || error instanceof EvaluationError)
      return { exitCode: 1, stdout: '', stderr: error.message };
    throw error;
  }
}

if (require.main === module) {
  const { exitCode, stdout, stderr } = runCli(process.argv.slice(2));
  if (stdout) console.log(stdout);
  if (stderr) console.error(stderr);
  process.exitCode = exitCode;
}
