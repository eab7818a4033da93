/** @jest-environment node */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The web's import boundaries (eslint.config.mjs) fire on planted violations: the repository's
 * own ESLint run on a virtual file at the place of the offence, and on a committed cycle.
 */
const ROOT = join(__dirname, '../../../..');
const ESLINT = join(ROOT, 'node_modules/eslint/bin/eslint.js');

/** One ESLint process; with no-cycle it follows every import the file reaches (the app: all). */
const LINT_MS = 120_000;

type Message = { ruleId: string | null; message: string };

function lint(args: string[], stdin?: string): Message[] {
  const run = spawnSync(process.execPath, [ESLINT, '--format', 'json', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: stdin,
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint failed: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as { messages: Message[] }[];
  return results.flatMap((result) => result.messages);
}

const lintText = (path: string, text: string) =>
  lint(['--stdin', '--stdin-filename', path], text).map(({ ruleId }) => ruleId);

describe('the web boundaries', () => {
  it(
    'refuse one feature importing another',
    () => {
      expect(
        lintText(
          'apps/web/src/features/visits/components/planted.ts',
          "export { usePeaks } from '../../peaks/api/get-peaks';\n",
        ),
      ).toEqual(['import-x/no-restricted-paths']);
    },
    LINT_MS,
  );

  it(
    'let a feature import its own files, components/ and lib/',
    () => {
      expect(
        lintText(
          'apps/web/src/features/peaks/components/planted.ts',
          "export { usePeaks } from '../api/get-peaks';\nexport { formatNumber } from '../../../lib/format';\n",
        ),
      ).toEqual([]);
    },
    LINT_MS,
  );

  it(
    'refuse components/ importing a feature',
    () => {
      expect(
        lintText(
          'apps/web/src/components/ui/planted.ts',
          "export { usePeaks } from '../../features/peaks/api/get-peaks';\n",
        ),
      ).toEqual(['import-x/no-restricted-paths']);
    },
    LINT_MS,
  );

  it(
    'refuse lib/ importing the app',
    () => {
      expect(
        lintText('apps/web/src/lib/planted.ts', "export { App } from '../app/app';\n"),
      ).toEqual(['import-x/no-restricted-paths']);
    },
    LINT_MS,
  );

  it(
    'refuse a feature importing the app',
    () => {
      expect(
        lintText(
          'apps/web/src/features/peaks/planted.ts',
          "export { App } from '../../app/app';\n",
        ),
      ).toEqual(['import-x/no-restricted-paths']);
    },
    LINT_MS,
  );

  it(
    'refuse an import cycle',
    () => {
      const messages = lint(['--no-ignore', 'apps/web/src/testing/lint-fixtures/']);
      expect(messages.map(({ ruleId }) => ruleId)).toEqual([
        'import-x/no-cycle',
        'import-x/no-cycle',
      ]);
    },
    LINT_MS,
  );
});
