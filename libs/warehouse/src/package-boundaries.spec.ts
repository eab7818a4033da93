import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPOSITORY_ROOT } from './repository-root';
import { libraryDependsOnAppViolations } from './testing/package-boundaries';

// Spelt in pieces so that this file's own text imports nothing from an app.
const ETL = ['@kanalindsigt', 'etl'].join('/');
const API_FOLDER = ['apps', 'api'].join('/');

function plant(root: string, files: Record<string, unknown>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(
      join(root, path),
      typeof content === 'string' ? content : JSON.stringify(content),
    );
  }
}

describe(libraryDependsOnAppViolations.name, () => {
  it('finds no library of this repository depending on an app', () => {
    expect(libraryDependsOnAppViolations(REPOSITORY_ROOT)).toEqual([]);
  });

  it('names every way a planted library depends on an app, and nothing a clean one does', () => {
    const root = mkdtempSync(join(tmpdir(), 'boundaries-'));
    plant(root, {
      'etl/package.json': { name: '@kanalindsigt/etl' },
      'apps/api/package.json': { name: '@kanalindsigt/api' },
      'libs/clean/package.json': {
        name: '@kanalindsigt/clean',
        dependencies: { '@kanalindsigt/calendar': '0.1.0' },
      },
      'libs/clean/tsconfig.json': { references: [{ path: '../calendar' }] },
      'libs/clean/src/a.ts': [
        "import { eachDay } from '@kanalindsigt/calendar/local-date';",
        "import { b } from './b';",
        // A name that only starts like an app's is not the app.
        "export { x } from '@kanalindsigt/etl-like/x';",
      ].join('\n'),
      'libs/bad/package.json': {
        name: '@kanalindsigt/bad',
        devDependencies: { '@kanalindsigt/etl': '0.1.0' },
      },
      'libs/bad/tsconfig.json': { references: [{ path: '../../apps/api' }] },
      'libs/bad/src/nested/c.ts': [
        '// first line',
        `import type { SourceKind } from '${ETL}/sources/source-kind';`,
        `const start = () => import('../../../../${API_FOLDER}/src/start');`,
      ].join('\n'),
    });

    expect(libraryDependsOnAppViolations(root)).toEqual([
      'libs/bad/package.json: devDependencies names the app @kanalindsigt/etl',
      'libs/bad/tsconfig.json: references the app project ../../apps/api',
      'libs/bad/src/nested/c.ts:2: imports @kanalindsigt/etl/sources/source-kind from an app',
      'libs/bad/src/nested/c.ts:3: imports ../../../../apps/api/src/start from an app',
    ]);
  });
});
