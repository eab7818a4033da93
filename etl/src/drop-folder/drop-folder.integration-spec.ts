import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { processInbox } from './drop-folder';

const TEST_DATA = join(__dirname, '..', '..', 'test-data');

describe(processInbox.name, () => {
  let db: TestDatabase;
  let inbox: string;
  const drop = (kind: string, source: string, name: string) => {
    mkdirSync(join(inbox, kind), { recursive: true });
    copyFileSync(source, join(inbox, kind, name));
  };

  beforeEach(async () => {
    db = await createTestDatabase();
    inbox = mkdtempSync(join(tmpdir(), 'inbox-'));
  });
  afterEach(async () => {
    await db.drop();
  });

  it('loads each kind with its folder mapping and sorts files into processed and failed', async () => {
    drop(
      'visits-aggregate',
      join(TEST_DATA, 'visits-aggregate', 'ok', 'ballerup-kontaktcenter-fremmoede-2015-2016.csv'),
      'ballerup.csv',
    );
    drop('visits', join(TEST_DATA, 'visits', 'ok', 'frontdesk-five-tickets.csv'), 'uge-10.csv');
    drop(
      'visits',
      join(TEST_DATA, 'visits', 'not-ok', 'missing-required-column.csv'),
      'uge-11.csv',
    );
    // Tickets belong to Høje-Taastrup: the folder's own mapping says so.
    const mapping = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'mappings', 'frontdesk-visits.json'), 'utf8'),
    );
    writeFileSync(
      join(inbox, 'visits', 'mapping.json'),
      JSON.stringify({ ...mapping, municipalityCode: '0169' }),
    );

    const results = await processInbox(db.dataSource, inbox, { settleMilliseconds: 0 });

    expect(results.map((r) => [r.kind, r.file, r.status])).toEqual([
      ['visits', 'uge-10.csv', 'loaded'],
      ['visits', 'uge-11.csv', 'rejected'],
      ['visits-aggregate', 'ballerup.csv', 'loaded'],
    ]);
    expect(existsSync(join(inbox, 'visits', 'processed', 'uge-10.csv'))).toBe(true);
    expect(existsSync(join(inbox, 'visits', 'failed', 'uge-11.csv'))).toBe(true);
    const failure = JSON.parse(
      readFileSync(join(inbox, 'visits', 'failed', 'uge-11.csv.result.json'), 'utf8'),
    );
    expect(failure.message).toBe(
      'uge-11.csv, row 1, column "QueueName": column "QueueName" is missing from the header',
    );
    expect(existsSync(join(inbox, 'visits', 'mapping.json'))).toBe(true);
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM dw.fact_visit WHERE municipality_code = '0169'`,
    );
    expect(n).toBe(5);

    expect(await processInbox(db.dataSource, inbox, { settleMilliseconds: 0 })).toEqual([]);
  });

  it('leaves a file that is still being written for the next pass', async () => {
    drop(
      'visits-aggregate',
      join(TEST_DATA, 'visits-aggregate', 'ok', 'ballerup-kontaktcenter-fremmoede-2015-2016.csv'),
      'ballerup.csv',
    );
    const path = join(inbox, 'visits-aggregate', 'ballerup.csv');
    const written = Date.now();
    utimesSync(path, written / 1000, written / 1000);

    expect(
      await processInbox(db.dataSource, inbox, {
        settleMilliseconds: 5_000,
        now: () => written + 1_000,
      }),
    ).toEqual([]);
    expect(
      await processInbox(db.dataSource, inbox, {
        settleMilliseconds: 5_000,
        now: () => written + 6_000,
      }),
    ).toHaveLength(1);
  });
});
