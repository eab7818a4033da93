import { join } from 'node:path';
import type { FileLoadSummary } from '../load/load-files';

const TEST_DATA = join(__dirname, '..', '..', 'test-data');

/** Paths of a kind's golden input files: `ok/` loads cleanly, each `not-ok/` file has one named defect. */
export function goldenFiles(kind: string) {
  return {
    dir: join(TEST_DATA, kind),
    ok: (name: string) => join(TEST_DATA, kind, 'ok', name),
    notOk: (name: string) => join(TEST_DATA, kind, 'not-ok', name),
  };
}

/** Nothing lost: every row read is loaded, quarantined or a skipped duplicate. */
export function expectReconciled(file: FileLoadSummary | undefined): void {
  expect(file!.rowsIn).toBe(file!.rowsLoaded + file!.rowsQuarantined + file!.rowsDuplicate);
}
