/** `npm run staffing` run as a process, the way analysts call it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const cli = join(__dirname, 'staffing-cli.ts');

function run(args: string[]) {
  const result = spawnSync(process.execPath, ['-r', 'esbuild-register', cli, ...args], {
    encoding: 'utf8',
  });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

const example = [
  '--arrivals',
  '100',
  '--interval-minutes',
  '30',
  '--aht-seconds',
  '180',
  '--target-seconds',
  '20',
  '--target-share',
  '0.8',
];

describe('staffing CLI', () => {
  it('prints one JSON object with the Erlang C staffing', () => {
    const sut = run([...example, '--json']);
    expect(sut.exitCode).toBe(0);
    const output = JSON.parse(sut.stdout);
    expect(output).toMatchObject({ agents: 14, model: 'erlang-c', abandonShare: 0 });
    expect(output.serviceLevel).toBeCloseTo(0.888, 3);
    expect(output.asaSeconds).toBeCloseTo(7.84, 2);
    expect(output.occupancy).toBeCloseTo(0.714, 3);
  });

  it('uses Erlang A with a patience and reports the abandonment', () => {
    const sut = run([...example, '--patience-seconds', '60', '--json']);
    expect(sut.exitCode).toBe(0);
    const output = JSON.parse(sut.stdout);
    expect(output.model).toBe('erlang-a');
    expect(output.agents).toBeLessThanOrEqual(14);
    expect(output.abandonShare).toBeGreaterThan(0);
  });

  it('prints a readable table without --json', () => {
    const sut = run(example);
    expect(sut.exitCode).toBe(0);
    expect(sut.stdout).toMatch(/Agents needed\s+14/);
    expect(sut.stdout).toMatch(/Service level \(20 s\)\s+88\.8 %/);
  });

  it('exits 1 with the reason for a zero handling time, 2 for a missing flag', () => {
    const zero = run([...example.slice(0, 4), '--aht-seconds', '0', ...example.slice(6)]);
    expect(zero.exitCode).toBe(1);
    expect(zero.stderr).toMatch(/ahtSeconds \(handling time\) must be a positive number; got 0/);
    const missing = run(example.slice(2));
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/--arrivals is required/);
  });
});
