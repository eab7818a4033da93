// One lint config for the monorepo; `npm run check` runs it with --max-warnings 0.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'artifacts/**', '.data/**'] },
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
    // the built-in sample at first start) and test and benchmark code load data through the ETL.
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      'apps/api/src/start.ts',
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
    // No imports across features (bulletproof-react): shared code lives in components/ or lib/;
    // only routes compose features.
    files: ['apps/web/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../features/*', '../features/*'],
              message:
                'Features must not import each other; move shared code to components/ or lib/.',
            },
          ],
        },
      ],
    },
  },
);
