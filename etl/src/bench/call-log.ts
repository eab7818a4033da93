import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '@kanalindsigt/warehouse/repository-root';
import { writeTelephonyExport } from '@kanalindsigt/simulator/telephony-export';

/** The benchmark's files, in the git-ignored `.data`. */
export const BENCH_DIR = join(REPOSITORY_ROOT, '.data', 'bench');

/** The benchmark's call logs: København's calls from the start of 2019, one file per size. */
export const CALL_LOG = {
  municipalityCode: '0101',
  from: '2019-01-01',
  to: '2019-12-31',
  seed: 1,
} as const;

export function callLogPath(rows: number): string {
  return join(
    BENCH_DIR,
    `telefoni-opkald-${CALL_LOG.municipalityCode}-${rows}-rows-seed-${CALL_LOG.seed}.csv`,
  );
}

/**
 * A call log of exactly `rows` calls, simulated once: the simulator is deterministic by seed, so a
 * file already written for this size and seed is reused.
 */
export async function callLogFile(rows: number): Promise<{ path: string; generated: boolean }> {
  const path = callLogPath(rows);
  if (existsSync(path)) return { path, generated: false };
  // Written under another name first, so an interrupted run leaves no short file to be reused.
  const partial = `${path}.partial`;
  // The simulator gives about 1.25 calls per inhabitant a year (5,300 a month at 50,835), so a
  // population of `rows` fills the file within the year.
  const written = await writeTelephonyExport({ ...CALL_LOG, population: rows }, partial, rows);
  if (written.rows < rows)
    throw new Error(`the simulated year held ${written.rows} calls, fewer than ${rows}`);
  await rename(partial, path);
  return { path, generated: true };
}
