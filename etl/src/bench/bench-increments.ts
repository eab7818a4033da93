/**
 * The loads of `npm run bench:etl` that add to a warehouse already holding calls, as a
 * municipality's exports do over time: files overlapping an earlier one, and a year of daily files.
 */
import { addDays, eachDay } from '@kanalindsigt/calendar/local-date';
import { count, inScratchWarehouse, loadInChild, round, secondsSince } from './bench-harness';
import { CALL_LOG, callSpanFile, type CallSpan } from './call-log';
import type { ChildLoadResult } from './load-child';

/** About 1.25 calls per inhabitant a year (telephony-export), to size a span by its rows. */
const CALLS_PER_INHABITANT_YEAR = 1.25;
/** The first file and each overlapping one cover this many days: half a year. */
const SPAN_DAYS = 182;
const FIRST_DAY = CALL_LOG.from;

interface LoadFigures {
  rows: number;
  seconds: number;
  secondsPer100k: number;
}

export interface OverlapFigures {
  /** Days the second file shares with the first. */
  overlapDays: number;
  first: LoadFigures;
  second: LoadFigures & { rowsLoaded: number; rowsDuplicate: number };
  /** The second file's seconds per 100 k rows ÷ the first's. */
  ratio: number;
}

export interface DailyFilesFigures {
  year: number;
  population: number;
  rows: number;
  oneFileSeconds: number;
  dailyFiles: number;
  dailyFilesSeconds: number;
  /** The daily files' seconds ÷ the one file's. */
  ratio: number;
  /** What each daily file costs beyond its rows' share of the one file. */
  overheadMsPerFile: number;
}

const loadFigures = ({ seconds, summary }: ChildLoadResult): LoadFigures => ({
  rows: summary.rowsIn,
  seconds: round(seconds, 1),
  secondsPer100k: round((seconds / summary.rowsIn) * 100_000, 2),
});

async function spanFile(span: CallSpan): Promise<string> {
  const generating = performance.now();
  const file = await callSpanFile(span);
  if (file.generated)
    console.log(`  simulated ${file.path} in ${secondsSince(generating).toFixed(1)} s`);
  return file.path;
}

/**
 * A call log of about `rows` calls over half a year loaded into an empty warehouse, then a file of
 * as many days starting on its last day (one day of overlap) or half-way through it (half), each in
 * a warehouse of its own. Rows the first file holds count as duplicates; the rest load.
 */
export async function measureOverlaps(serverUrl: string, rows: number): Promise<OverlapFigures[]> {
  const population = Math.round((rows * 365) / SPAN_DAYS / CALLS_PER_INHABITANT_YEAR);
  const span = (from: string): CallSpan => ({
    municipalityCode: CALL_LOG.municipalityCode,
    population,
    from,
    to: addDays(from, SPAN_DAYS - 1),
  });
  const first = span(FIRST_DAY);
  console.log(
    `Overlapping call logs of ${SPAN_DAYS} days from ${first.from} (about ${count(rows)} rows each, municipality ${first.municipalityCode})`,
  );
  const firstPath = await spanFile(first);
  const figures: OverlapFigures[] = [];
  for (const overlapDays of [1, SPAN_DAYS / 2]) {
    const second = span(addDays(first.to, 1 - overlapDays));
    const secondPath = await spanFile(second);
    const [firstLoad, secondLoad] = await inScratchWarehouse(
      serverUrl,
      `overlap_${overlapDays}`,
      async ({ url }) => {
        const kind = 'calls';
        const code = first.municipalityCode;
        const before = await loadInChild('the first call log', url, kind, code, [firstPath]);
        const after = await loadInChild('the overlapping call log', url, kind, code, [secondPath]);
        return [before, after];
      },
    );
    const overlap: OverlapFigures = {
      overlapDays,
      first: loadFigures(firstLoad),
      second: {
        ...loadFigures(secondLoad),
        rowsLoaded: secondLoad.summary.rowsLoaded,
        rowsDuplicate: secondLoad.summary.rowsDuplicate,
      },
      ratio: 0,
    };
    overlap.ratio = round(overlap.second.secondsPer100k / overlap.first.secondsPer100k, 2);
    console.log(
      `  overlap ${overlapDays} day(s), ${second.from} to ${second.to}: first ${count(overlap.first.rows)} rows in ${overlap.first.seconds} s ` +
        `(${overlap.first.secondsPer100k} s per 100 k), then ${count(overlap.second.rows)} rows in ${overlap.second.seconds} s ` +
        `(${overlap.second.secondsPer100k} s per 100 k; ${count(overlap.second.rowsLoaded)} loaded, ${count(overlap.second.rowsDuplicate)} duplicates); ratio ${overlap.ratio}`,
    );
    figures.push(overlap);
  }
  return figures;
}

/**
 * One year of calls for a municipality of `population` loaded as one file, and the same calls as
 * 365 daily files in one run (as `etl watch` takes a daily export drop), each into an empty
 * warehouse.
 */
export async function measureDailyFiles(
  serverUrl: string,
  population: number,
): Promise<DailyFilesFigures> {
  const year = Number(FIRST_DAY.slice(0, 4));
  const municipalityCode = CALL_LOG.municipalityCode;
  const whole: CallSpan = { municipalityCode, population, from: FIRST_DAY, to: `${year}-12-31` };
  console.log(
    `A year of calls, ${whole.from} to ${whole.to}, for ${count(population)} inhabitants (municipality ${municipalityCode}): one file against daily files`,
  );
  const yearPath = await spanFile(whole);
  const dayPaths: string[] = [];
  for (const day of eachDay(whole.from, whole.to))
    dayPaths.push((await callSpanFile({ ...whole, from: day, to: day })).path);

  const one = await inScratchWarehouse(serverUrl, 'year_one_file', ({ url }) =>
    loadInChild('the year in one file', url, 'calls', municipalityCode, [yearPath]),
  );
  const daily = await inScratchWarehouse(serverUrl, 'year_daily_files', ({ url }) =>
    loadInChild('the daily files', url, 'calls', municipalityCode, dayPaths),
  );
  if (daily.summary.rowsIn !== one.summary.rowsIn)
    throw new Error(
      `the daily files hold ${daily.summary.rowsIn} rows, the year's file ${one.summary.rowsIn}`,
    );
  const ratio = daily.seconds / one.seconds;
  const overheadMsPerFile = ((daily.seconds - one.seconds) / dayPaths.length) * 1000;
  console.log(
    `  one file: ${count(one.summary.rowsIn)} rows in ${one.seconds.toFixed(1)} s; ${dayPaths.length} daily files: ${daily.seconds.toFixed(1)} s; ` +
      `ratio ${ratio.toFixed(2)}, ${overheadMsPerFile.toFixed(0)} ms more per file`,
  );
  return {
    year,
    population,
    rows: one.summary.rowsIn,
    oneFileSeconds: round(one.seconds, 1),
    dailyFiles: dayPaths.length,
    dailyFilesSeconds: round(daily.seconds, 1),
    ratio: round(ratio, 2),
    overheadMsPerFile: Math.round(overheadMsPerFile),
  };
}
