import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { loadFiles, type FileLoadSummary } from '../load/load-files';
import { SOURCE_KINDS } from '../sources/source-kinds';

export interface InboxOptions {
  municipalityCode?: string;
  /** A file modified more recently than this is taken to be still arriving and left for later. */
  settleMilliseconds?: number;
  now?: () => number;
}

export interface InboxResult {
  kind: string;
  file: string;
  status: FileLoadSummary['status'];
  movedTo: string;
}

/**
 * One pass over a drop folder for scheduled production use. The inbox has a folder per source
 * kind (`<inbox>/visits/`, `<inbox>/visits-aggregate/`, …); a `mapping.json` in it overrides the
 * kind's shipped mapping. Each file is loaded on its own; loaded and already-loaded files move
 * to `processed/`, refused ones to `failed/`, each with a `.result.json` beside it.
 */
export async function processInbox(
  dataSource: DataSource,
  inbox: string,
  options: InboxOptions = {},
): Promise<InboxResult[]> {
  const settle = options.settleMilliseconds ?? 5_000;
  const now = options.now ?? Date.now;
  const results: InboxResult[] = [];
  for (const kind of Object.keys(SOURCE_KINDS)) {
    const folder = join(inbox, kind);
    if (!existsSync(folder)) continue;
    const mappingPath = join(folder, 'mapping.json');
    for (const name of (await readdir(folder)).sort()) {
      const path = join(folder, name);
      const info = await stat(path);
      if (
        !info.isFile() ||
        name === 'mapping.json' ||
        name.startsWith('.') ||
        now() - info.mtimeMs < settle
      )
        continue;
      const summary = await loadFiles(dataSource, {
        kind,
        files: [path],
        municipalityCode: options.municipalityCode,
        mappingPath: existsSync(mappingPath) ? mappingPath : undefined,
        actor: 'drop-folder',
      });
      const file = summary.files[0]!;
      const target = join(
        folder,
        file.status === 'rejected' || file.status === 'quarantined' ? 'failed' : 'processed',
      );
      await mkdir(target, { recursive: true });
      await rename(path, join(target, name));
      await writeFile(
        join(target, `${name}.result.json`),
        `${JSON.stringify({ runId: summary.runId, ...file }, null, 2)}\n`,
      );
      results.push({ kind, file: name, status: file.status, movedTo: target });
    }
  }
  return results;
}
