import { spawnSync } from 'node:child_process';

import { REPOSITORY_ROOT } from '@kanalindsigt/warehouse/repository-root';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { goldenFiles } from './testing/golden-files';

const { ok, notOk } = goldenFiles('visits');

/** The command README documents for scripts: npm's banner off, the build's output on stderr. */
function etlJson(databaseUrl: string, ...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'etl', '--', ...args, '--json'], {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  return { status: run.status, json: JSON.parse(run.stdout) as Record<string, unknown> };
}

describe('npm run --silent etl -- … --json', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('prints only JSON on stdout, exits 1 for a file whose every row is quarantined, and counts the quarantine per reason', () => {
    const loaded = etlJson(
      db.url,
      'load',
      'visits',
      ok('frontdesk-five-tickets.csv'),
      '--municipality',
      '0169',
    );
    expect(loaded.status).toBe(0);
    expect(loaded.json).toMatchObject({ status: 'succeeded', rowsLoaded: 5 });

    const quarantined = etlJson(
      db.url,
      'load',
      'visits',
      notOk('unknown-ticket-type.csv'),
      '--municipality',
      '0169',
    );
    expect(quarantined.json).toMatchObject({ status: 'failed' });
    expect(quarantined.status).toBe(1);

    const status = etlJson(db.url, 'status');
    expect(status.status).toBe(0);
    expect(status.json.reasons).toEqual([
      expect.objectContaining({ source_kind: 'visits', municipality_code: '0169', rows: 1 }),
    ]);
  }, 120_000);
});
