// One lint config for the monorepo; `npm run check` runs it with --max-warnings 0.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const WEB_SRC = join(import.meta.dirname, 'apps/web/src');
/** Every folder of apps/web/src/features is a feature of its own. */
const webFeatures = readdirSync(join(WEB_SRC, 'features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  // apps/web/src/testing/lint-fixtures holds planted violations for boundaries.spec.ts.
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'artifacts/**',
      '.data/**',
      'apps/web/src/testing/lint-fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The API reads the warehouse, never the ETL's code: only the composition root (start.ts loads
    // the built-in sample at first start), the mapping assistant (it drives the ETL: detect,
    // propose, dry-run, load) and test and benchmark code use the ETL.
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      'apps/api/src/start.ts',
      'apps/api/src/mapping-assistant/*.service.ts',
      'apps/api/src/**/*.{spec,integration-spec,e2e-spec}.ts',
      'apps/api/src/e2e/**',
      'apps/api/src/bench/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@kanalindsigt/etl', '@kanalindsigt/etl/*'],
              message:
                'The API does not import the ETL; shared definitions live in libs/ (e.g. libs/warehouse/src/reference).',
            },
          ],
        },
      ],
    },
  },
  {
    // bulletproof-react's boundaries: no feature imports another (shared code lives in components/
    // or lib/; only app/ composes features), app/ sits above the features, and components/ and
    // lib/ below both. Checked on the resolved file, so `../../peaks/api/get-peaks` counts as much
    // as any other spelling; eslint.config.spec.ts plants violations to prove the rules fire.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...webFeatures.map((feature) => ({
              target: `${WEB_SRC}/features/${feature}`,
              from: `${WEB_SRC}/features`,
              except: [`./${feature}`],
              message:
                'Features must not import each other; move shared code to components/ or lib/.',
            })),
            {
              target: `${WEB_SRC}/features`,
              from: `${WEB_SRC}/app`,
              message: 'Features must not import the app; the app composes the features.',
            },
            {
              target: [`${WEB_SRC}/components`, `${WEB_SRC}/lib`],
              from: [`${WEB_SRC}/features`, `${WEB_SRC}/app`],
              message: 'components/ and lib/ are shared by every feature and import none of them.',
            },
          ],
        },
      ],
      'import-x/no-cycle': 'error',
    },
  },
);
