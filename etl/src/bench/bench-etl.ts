#!/usr/bin/env node
/**
 * `npm run bench:etl`: how fast the ETL loads, on the product's default PostgreSQL (the embedded
 * one, or DATABASE_URL when set), measured against PostgreSQL's raw COPY of the same files.
 *
 * 1. The built-in sample, simulated and loaded end to end; then a raw COPY of the files it wrote.
 * 2. A simulated call log of each size in BENCH_CALL_ROWS (default 1 M and 10 M rows), loaded in a
 *    child process so that its peak RSS is the load's own; then a raw COPY of the same file.
 * 3. A half-year call log of about BENCH_OVERLAP_ROWS rows, then a file overlapping it by one day
 *    and one overlapping it by half, in seconds per 100 k rows against the first.
 * 4. A year of calls for BENCH_DAILY_POPULATION inhabitants as one file and as 365 daily files.
 *
 * Every measurement gets a fresh migrated warehouse database, dropped afterwards. The last line is
 * one JSON object with every figure. A missed target is reported, not failed: this is a measurement.
 *
 *   BENCH_CALL_ROWS=100000,1000000   smaller call logs, for a quick run
 *   BENCH_SAMPLE_TO=2017-12-31       a shorter sample, for a quick run (the target is for the full one)
 *   BENCH_OVERLAP_ROWS=100000        smaller overlapping call logs (default 1000000)
 *   BENCH_DAILY_POPULATION=50000     a smaller municipality's year of daily files (default 660000)
 */
import { join } from 'node:path';
import { provideDatabase } from '@kanalindsigt/warehouse/database-provider';
import { loadSampleData, SAMPLE } from '../sample/sample-data';
import {
  assertLoaded,
  count,
  inScratchWarehouse,
  loadInChild,
  round,
  secondsSince,
  verdict,
} from './bench-harness';
import { measureDailyFiles, measureOverlaps } from './bench-increments';
import {
  DEFAULT_CALL_ROWS,
  DEFAULT_DAILY_POPULATION,
  DEFAULT_OVERLAP_ROWS,
  TARGETS,
  parseCallRows,
  positiveInteger,
  sizeLabel,
} from './bench-settings';
import { BENCH_DIR, CALL_LOG, callLogFile } from './call-log';
import { copyFormat, defaultMapping, rawCopy, type RawCopyFile } from './raw-copy';

interface SampleFigures {
  from: string;
  to: string;
  rows: number;
  generateSeconds: number;
  loadSeconds: number;
  totalSeconds: number;
  rowsPerSecond: number;
  rawCopyRows: number;
  rawCopySeconds: number;
  rawCopyRowsPerSecond: number;
  ratio: number;
  /** Files COPY cannot read (spreadsheets), left out of both sides of the ratio. */
  excludedFromRatio: string[];
}

interface CallFigures {
  rows: number;
  loadSeconds: number;
  rowsPerSecond: number;
  rawCopySeconds: number;
  rawCopyRowsPerSecond: number;
  ratio: number;
  peakRssMb: number;
}

async function measureSample(serverUrl: string, to: string): Promise<SampleFigures> {
  console.log(`Sample ${SAMPLE.from} to ${to} (municipality ${SAMPLE.municipalityCode})`);
  const { totalSeconds, runs } = await inScratchWarehouse(
    serverUrl,
    'sample',
    async ({ dataSource }) => {
      const started = performance.now();
      const loaded = await loadSampleData(dataSource, { outDir: join(BENCH_DIR, 'sample'), to });
      return {
        totalSeconds: secondsSince(started),
        runs: loaded.loads.map((summary) => ({ summary, kind: summary.kind })),
      };
    },
  );
  for (const { summary, kind } of runs) assertLoaded(`the sample's ${kind}`, summary);

  // The loads time themselves (LoadSummary.durationMs); the rest of the wall clock is simulation.
  const rows = runs.reduce((sum, run) => sum + run.summary.rowsIn, 0);
  const loadSeconds = runs.reduce((sum, run) => sum + run.summary.durationMs, 0) / 1000;
  const copyFiles: RawCopyFile[] = [];
  const excludedFromRatio: string[] = [];
  let comparedRows = 0;
  let comparedSeconds = 0;
  for (const { summary, kind } of runs) {
    const format = copyFormat(defaultMapping(kind));
    const paths = summary.files.map((file) => file.file);
    if (!format) {
      excludedFromRatio.push(...paths);
      continue;
    }
    copyFiles.push(...paths.map((path) => ({ path, ...format })));
    comparedRows += summary.rowsIn;
    comparedSeconds += summary.durationMs / 1000;
  }
  const raw = await inScratchWarehouse(serverUrl, 'sample_raw', ({ url }) =>
    rawCopy(url, copyFiles),
  );
  const rawRowsPerSecond = raw.rows / raw.seconds;
  const ratio = comparedRows / comparedSeconds / rawRowsPerSecond;

  console.log(
    `  generated and loaded ${count(rows)} rows in ${totalSeconds.toFixed(1)} s ` +
      `(generate ${(totalSeconds - loadSeconds).toFixed(1)} s, load ${loadSeconds.toFixed(1)} s)`,
  );
  console.log(
    `  end to end ${count(rows / loadSeconds)} rows/s (rows in ÷ the loads' own seconds, generation not counted)`,
  );
  console.log(
    `  raw COPY of the same ${copyFiles.length} file(s): ${count(raw.rows)} rows in ${raw.seconds.toFixed(1)} s, ${count(rawRowsPerSecond)} rows/s`,
  );
  if (excludedFromRatio.length > 0)
    console.log(
      `  left out of the ratio (COPY cannot read them): ${excludedFromRatio.join(', ')}; ` +
        `end to end without them ${count(comparedRows / comparedSeconds)} rows/s`,
    );
  console.log(`  ratio ${ratio.toFixed(3)}`);
  return {
    from: SAMPLE.from,
    to,
    rows,
    generateSeconds: round(totalSeconds - loadSeconds, 1),
    loadSeconds: round(loadSeconds, 1),
    totalSeconds: round(totalSeconds, 1),
    rowsPerSecond: Math.round(rows / loadSeconds),
    rawCopyRows: raw.rows,
    rawCopySeconds: round(raw.seconds, 2),
    rawCopyRowsPerSecond: Math.round(rawRowsPerSecond),
    ratio: round(ratio, 3),
    excludedFromRatio,
  };
}

async function measureCalls(serverUrl: string, rows: number): Promise<CallFigures> {
  console.log(`Call log of ${count(rows)} rows (municipality ${CALL_LOG.municipalityCode})`);
  const generating = performance.now();
  const log = await callLogFile(rows);
  console.log(
    log.generated
      ? `  simulated ${log.path} in ${secondsSince(generating).toFixed(1)} s`
      : `  reusing ${log.path}`,
  );
  const load = await inScratchWarehouse(serverUrl, `calls_${rows}`, ({ url }) =>
    loadInChild('the call log', url, 'calls', CALL_LOG.municipalityCode, [log.path]),
  );
  const format = copyFormat(defaultMapping('calls'));
  if (!format) throw new Error('the calls mapping is not a format COPY can read');
  const raw = await inScratchWarehouse(serverUrl, `calls_${rows}_raw`, ({ url }) =>
    rawCopy(url, [{ path: log.path, ...format }]),
  );
  if (raw.rows !== load.summary.rowsIn)
    console.log(
      `  note: COPY read ${count(raw.rows)} rows, the load ${count(load.summary.rowsIn)}`,
    );

  const rowsPerSecond = load.summary.rowsIn / load.seconds;
  const rawRowsPerSecond = raw.rows / raw.seconds;
  const peakRssMb = load.peakRssKb / 1024;
  console.log(
    `  end to end ${count(rowsPerSecond)} rows/s (${count(load.summary.rowsIn)} rows in ${load.seconds.toFixed(1)} s, reading the file to commit), peak RSS ${peakRssMb.toFixed(1)} MB`,
  );
  console.log(
    `  raw COPY ${count(rawRowsPerSecond)} rows/s (${raw.seconds.toFixed(1)} s); ratio ${(rowsPerSecond / rawRowsPerSecond).toFixed(3)}`,
  );
  return {
    rows: load.summary.rowsIn,
    loadSeconds: round(load.seconds, 1),
    rowsPerSecond: Math.round(rowsPerSecond),
    rawCopySeconds: round(raw.seconds, 2),
    rawCopyRowsPerSecond: Math.round(rawRowsPerSecond),
    ratio: round(rowsPerSecond / rawRowsPerSecond, 3),
    peakRssMb: round(peakRssMb, 1),
  };
}

async function main(): Promise<void> {
  const [smallRows, largeRows] = parseCallRows(process.env.BENCH_CALL_ROWS ?? DEFAULT_CALL_ROWS);
  const sampleTo = process.env.BENCH_SAMPLE_TO ?? SAMPLE.to;
  const overlapRows = positiveInteger(
    'BENCH_OVERLAP_ROWS',
    process.env.BENCH_OVERLAP_ROWS,
    DEFAULT_OVERLAP_ROWS,
  );
  const dailyPopulation = positiveInteger(
    'BENCH_DAILY_POPULATION',
    process.env.BENCH_DAILY_POPULATION,
    DEFAULT_DAILY_POPULATION,
  );
  const database = await provideDatabase(() => undefined);
  try {
    console.log(`PostgreSQL at ${new URL(database.url).host}`);
    const sample = await measureSample(database.url, sampleTo);
    const small = await measureCalls(database.url, smallRows);
    const large = await measureCalls(database.url, largeRows);
    const overlaps = await measureOverlaps(database.url, overlapRows);
    const dailyFiles = await measureDailyFiles(database.url, dailyPopulation);
    const [smallLabel, largeLabel] = [sizeLabel(smallRows), sizeLabel(largeRows)];
    const rssRatio = large.peakRssMb / small.peakRssMb;
    console.log(
      `Peak RSS ${largeLabel} ÷ ${smallLabel}: ${rssRatio.toFixed(2)} (${large.peakRssMb.toFixed(1)} MB ÷ ${small.peakRssMb.toFixed(1)} MB)`,
    );

    const fullSample = sampleTo === SAMPLE.to;
    const ratios = { sample: sample.ratio, [smallLabel]: small.ratio, [largeLabel]: large.ratio };
    const met = {
      ratio: Object.values(ratios).every((ratio) => ratio >= TARGETS.ratio),
      // Only the full sample is held to the time target.
      sampleSeconds: fullSample ? sample.totalSeconds <= TARGETS.sampleSeconds : null,
      rssRatio: rssRatio <= TARGETS.rssRatio,
      overlapRatio: overlaps.every((overlap) => overlap.ratio <= TARGETS.overlapRatio),
      dailyFilesRatio: dailyFiles.ratio <= TARGETS.dailyFilesRatio,
    };
    console.log('Targets:');
    console.log(
      `  end to end ≥ ${TARGETS.ratio} × raw COPY: ${verdict(met.ratio)} (${Object.entries(ratios)
        .map(([name, ratio]) => `${name} ${ratio}`)
        .join(', ')})`,
    );
    console.log(
      `  sample in ≤ ${TARGETS.sampleSeconds} s: ${met.sampleSeconds === null ? `not judged (sample shortened to ${sampleTo})` : verdict(met.sampleSeconds)} (${sample.totalSeconds} s)`,
    );
    console.log(
      `  peak RSS ${largeLabel} ≤ ${TARGETS.rssRatio} × ${smallLabel}: ${verdict(met.rssRatio)} (${rssRatio.toFixed(2)})`,
    );
    console.log(
      `  overlapping file ≤ ${TARGETS.overlapRatio} × the first's seconds per 100 k rows: ${verdict(met.overlapRatio)} (${overlaps
        .map((overlap) => `${overlap.overlapDays} day(s) ${overlap.ratio}`)
        .join(', ')})`,
    );
    console.log(
      `  ${dailyFiles.dailyFiles} daily files ≤ ${TARGETS.dailyFilesRatio} × one file's time: ${verdict(met.dailyFilesRatio)} (${dailyFiles.ratio})`,
    );
    console.log(
      JSON.stringify({
        sample,
        [`calls${smallLabel}`]: small,
        [`calls${largeLabel}`]: large,
        [`rssRatio${largeLabel}to${smallLabel}`]: round(rssRatio, 2),
        overlaps,
        dailyFiles,
        targets: TARGETS,
        met,
      }),
    );
  } finally {
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:etl failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
