import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * The one-way rule between packages: a library (`libs/*`) never depends on an application (`etl`,
 * `apps/*`), neither by its package.json, nor by a TypeScript project reference, nor by an import
 * in its sources (by package name or by a relative path into an app's folder). Returns one line per
 * breach, so a test can expect an empty list and a failure says where the breach is.
 */
export function libraryDependsOnAppViolations(root: string): string[] {
  const apps = appFolders(root).map((folder) => ({
    folder,
    name: readJson<{ name: string }>(join(folder, 'package.json')).name,
  }));
  const isInsideApp = (path: string) =>
    apps.some(({ folder }) => path === folder || path.startsWith(folder + sep));
  const appNamed = (specifier: string) =>
    apps.find(({ name }) => specifier === name || specifier.startsWith(`${name}/`));

  const violations: string[] = [];
  for (const lib of subfolders(join(root, 'libs'))) {
    const at = (path: string) => relative(root, path);

    const manifestPath = join(lib, 'package.json');
    const manifest = readJson<Record<string, unknown>>(manifestPath);
    for (const field of DEPENDENCY_FIELDS) {
      for (const dependency of Object.keys((manifest[field] as object | undefined) ?? {})) {
        if (appNamed(dependency))
          violations.push(`${at(manifestPath)}: ${field} names the app ${dependency}`);
      }
    }

    const tsconfigPath = join(lib, 'tsconfig.json');
    if (existsSync(tsconfigPath)) {
      const tsconfig = readJson<{ references?: { path: string }[] }>(tsconfigPath);
      for (const reference of tsconfig.references ?? []) {
        if (isInsideApp(resolve(lib, reference.path)))
          violations.push(`${at(tsconfigPath)}: references the app project ${reference.path}`);
      }
    }

    for (const file of sourceFiles(join(lib, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(MODULE_SPECIFIER)) {
        const specifier = match[1]!;
        const line = text.slice(0, match.index).split('\n').length;
        const app = specifier.startsWith('.')
          ? isInsideApp(resolve(file, '..', specifier))
          : appNamed(specifier) !== undefined;
        if (app) violations.push(`${at(file)}:${line}: imports ${specifier} from an app`);
      }
    }
  }
  return violations;
}

const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;

// `from '…'` (import and export), `import '…'`, `import('…')` and `require('…')`.
const MODULE_SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"\n]+)['"]/g;

function appFolders(root: string): string[] {
  return [join(root, 'etl'), ...subfolders(join(root, 'apps'))].filter((folder) =>
    existsSync(join(folder, 'package.json')),
  );
}

function subfolders(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(folder, entry.name))
    .sort();
}

function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|tsx|js|mjs|cjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
