/**
 * The measured load of `npm run bench:etl`, in a process of its own so that its peak RSS is the
 * load's and not the benchmark's:
 *   node etl/dist/bench/load-child.js <database url> <kind> <municipality code> <file>…
 * The files load in one run, as `etl load` with several files. Prints one JSON line (a ChildLoadResult) on stdout; progress goes to stderr on a terminal.
 */
import { createWarehouseDataSource } from '@kanalindsigt/warehouse/data-source';
import { loadFiles, type LoadSummary } from '../load/load-files';

export interface ChildLoadResult {
  /** From before the first file is read to the last one's commit. */
  seconds: number;
  /** The child's peak resident set size, in kilobytes. */
  peakRssKb: number;
  summary: LoadSummary;
}

async function main([url, kind, municipalityCode, ...files]: string[]): Promise<ChildLoadResult> {
  if (!url || !kind || !municipalityCode || files.length === 0)
    throw new Error('usage: load-child.js <database url> <kind> <municipality code> <file>…');
  const dataSource = createWarehouseDataSource(url);
  await dataSource.initialize();
  try {
    const started = performance.now();
    const summary = await loadFiles(dataSource, {
      kind,
      files,
      municipalityCode,
      actor: 'bench',
      onProgress: (_, rows) => {
        if (process.stderr.isTTY)
          process.stderr.write(`\r  ${rows.toLocaleString('en-US')} rows read`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    if (process.stderr.isTTY) process.stderr.write('\n');
    return { seconds, peakRssKb: process.resourceUsage().maxRSS, summary };
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(`load child: ${(error as Error).message}`);
    process.exit(1);
  },
);
