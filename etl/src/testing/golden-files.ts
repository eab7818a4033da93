import type { DataSource } from 'typeorm';
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

/** Nothing lost: every row read is loaded, quarantined, a skipped duplicate or skipped on purpose. */
export function expectReconciled(file: FileLoadSummary | undefined): void {
  expect(file!.rowsIn).toBe(
    file!.rowsLoaded + file!.rowsQuarantined + file!.rowsDuplicate + file!.rowsSkipped,
  );
}

/** Every quarantined row and column in the order of the file, as a test compares them. */
export function quarantinedRows(dataSource: DataSource): Promise<unknown[]> {
  return dataSource.query(
    'SELECT source_row, column_name, reason, raw_value FROM etl.quarantine ORDER BY source_row, quarantine_id',
  );
}
