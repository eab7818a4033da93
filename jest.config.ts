/** @jest-config-loader esbuild-register */
/**
 * One Jest project per package. Test tiers are told apart by file name:
 *   *.spec.ts             pure and fast
 *   *.integration-spec.ts real PostgreSQL (embedded by default, DATABASE_URL honoured)
 *   *.e2e-spec.ts         the whole app: GraphQL over HTTP, the dashboard in Chromium
 * Select a tier with e.g. `npx jest --testPathPatterns integration-spec`.
 */
import { join } from 'node:path';
import type { Config } from 'jest';

// Tests run in UTC; the product's own dates are explicit about Europe/Copenhagen.
process.env.TZ = 'UTC';

// swc compiles TypeScript with legacy decorators and their metadata, which NestJS and TypeORM need.
const swcTransform: Config['transform'] = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true, tsx: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          react: { runtime: 'automatic' },
        },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

// Packages are resolved to their sources so tests never need a prior build.
const workspaceSources: Config['moduleNameMapper'] = {
  '^@kanalindsigt/calendar/(.*)$': join(__dirname, 'libs/calendar/src/$1'),
  '^@kanalindsigt/evaluation/(.*)$': join(__dirname, 'libs/evaluation/src/$1'),
  '^@kanalindsigt/forecast/(.*)$': join(__dirname, 'libs/forecast/src/$1'),
  '^@kanalindsigt/simulator/(.*)$': join(__dirname, 'libs/simulator/src/$1'),
  '^@kanalindsigt/warehouse/(.*)$': join(__dirname, 'libs/warehouse/src/$1'),
  '^@kanalindsigt/xlsx/(.*)$': join(__dirname, 'libs/xlsx/src/$1'),
  '^@kanalindsigt/etl/(.*)$': join(__dirname, 'etl/src/$1'),
};

const testMatch = ['<rootDir>/src/**/*.{spec,integration-spec,e2e-spec}.{ts,tsx}'];

function nodeProject(displayName: string, rootDir: string): Config {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    transform: swcTransform,
    moduleNameMapper: workspaceSources,
    testMatch,
  };
}

const config: Config = {
  globalSetup: '<rootDir>/libs/warehouse/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/libs/warehouse/src/testing/global-teardown.ts',
  testTimeout: 60_000,
  projects: [
    nodeProject('calendar', '<rootDir>/libs/calendar'),
    nodeProject('evaluation', '<rootDir>/libs/evaluation'),
    nodeProject('forecast', '<rootDir>/libs/forecast'),
    nodeProject('simulator', '<rootDir>/libs/simulator'),
    nodeProject('warehouse', '<rootDir>/libs/warehouse'),
    nodeProject('xlsx', '<rootDir>/libs/xlsx'),
    nodeProject('etl', '<rootDir>/etl'),
    nodeProject('api', '<rootDir>/apps/api'),
    {
      displayName: 'web',
      rootDir: '<rootDir>/apps/web',
      testEnvironment: 'jsdom',
      // Vite's `?raw` imports of the GraphQL documents: the file's text.
      transform: { ...swcTransform, '\\.graphql$': '<rootDir>/src/testing/raw-transform.cjs' },
      testMatch,
      setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
      moduleNameMapper: {
        '\\.css$': '<rootDir>/src/testing/style-stub.ts',
        '^(.+\\.graphql)\\?raw$': '$1',
      },
    },
  ],
};

export default config;
