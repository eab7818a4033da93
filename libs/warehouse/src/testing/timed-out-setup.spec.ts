import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Far longer than the child needs; a child still running then has hung. */
const HUNG_AFTER_MS = 45_000;

describe('a test setup that times out', () => {
  it('fails its tests and jest exits by itself, as the scope closes what the late setup starts', () => {
    const config = {
      rootDir: join(__dirname, 'fixtures'),
      testMatch: ['<rootDir>/timed-out-setup.fixture.ts'],
      transform: { '^.+\\.ts$': ['@swc/jest', {}] },
    };
    const run = spawnSync(
      process.execPath,
      [require.resolve('jest/bin/jest'), '--config', JSON.stringify(config), '--ci'],
      { encoding: 'utf8', timeout: HUNG_AFTER_MS, env: { ...process.env, FORCE_COLOR: '0' } },
    );
    expect({ signal: run.signal, status: run.status }).toEqual({ signal: null, status: 1 });
    expect(run.stderr).toMatch(/Exceeded timeout of 100 ms for a hook/);
    expect(run.stderr).toMatch(/Tests: +1 failed, 1 total/);
  }, 60_000);
});
