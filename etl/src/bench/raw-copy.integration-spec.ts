import { readdirSync } from 'node:fs';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { readDelimitedRows } from '../sources/delimited-reader';
import { SOURCE_KINDS } from '../sources/source-kinds';
import { goldenFiles } from '../testing/golden-files';
import { copyFormat, defaultMapping, rawCopy, type RawCopyFile } from './raw-copy';

// Every kind's good golden files in its shipped mapping's format (delimiter, encoding, quoting).
const files: RawCopyFile[] = Object.keys(SOURCE_KINDS).flatMap((kind) => {
  const format = copyFormat(defaultMapping(kind));
  const golden = goldenFiles(kind);
  if (!format) return [];
  return readdirSync(`${golden.dir}/ok`).map((name) => ({ path: golden.ok(name), ...format }));
});

async function dataRows(file: RawCopyFile): Promise<number> {
  let last = 1;
  for await (const { row } of readDelimitedRows(file.path, file.delimiter, file.encoding))
    last = row;
  // The reader numbers rows as a spreadsheet does: the header is row 1.
  return last - 1;
}

describe(rawCopy.name, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it("COPYs every row of each kind's golden files, as the ETL's reader counts them", async () => {
    expect(files.length).toBeGreaterThanOrEqual(Object.keys(SOURCE_KINDS).length);
    let expected = 0;
    for (const file of files) expected += await dataRows(file);

    const result = await rawCopy(db.url, files);

    expect(result.rows).toBe(expected);
    expect(result.seconds).toBeGreaterThan(0);
    const [{ tables }] = await db.dataSource.query(
      `SELECT count(*)::int AS tables FROM pg_class WHERE relname LIKE 'raw_copy_%' AND relpersistence = 'u'`,
    );
    expect(tables).toBe(files.length);
  });
});
