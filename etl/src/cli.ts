#!/usr/bin/env node
/**
 * The ETL command line: `npm run etl -- <command>`.
 *   load <kind> <files…> [--mapping <file>] [--municipality <code>] [--json]
 *   simulate --out <dir> [--municipality <code>] [--population <n>] [--from <date>] [--to <date>] [--seed <n>]
 *            every source kind into <dir>/<kind>/ plus ground-truth.json
 *   sample   simulate and load the built-in sample (Høje-Taastrup 2017–2026)
 *   status   recent runs, quarantined rows by file and by reason, unmapped labels
 *   watch --inbox <dir> [--once] [--interval <seconds>]   drop-folder mode for scheduled use
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createWarehouseDataSource } from '@kanalindsigt/warehouse/data-source';
import { provideDatabase } from '@kanalindsigt/warehouse/database-provider';
import { migrateWarehouse } from '@kanalindsigt/warehouse/migrate';
import { municipalityByCode } from '@kanalindsigt/warehouse/reference/municipalities';
import type { DataSource } from 'typeorm';
import { processInbox } from './drop-folder/drop-folder';
import { EtlRepository } from './load/etl.repository';
import { loadFiles, type LoadSummary } from './load/load-files';
import { loadSampleData, SAMPLE } from './sample/sample-data';
import { simulateMunicipality } from '@kanalindsigt/simulator/simulate-municipality';
import { SOURCE_KINDS } from './sources/source-kinds';

const USAGE = `usage:
  npm run etl -- load <kind> <files…> [--mapping <file>] [--municipality <code>] [--json]
  npm run etl -- simulate --out <dir> [--municipality <code>] [--population <n>] [--from <yyyy-mm-dd>] [--to <yyyy-mm-dd>] [--seed <n>]
  npm run etl -- sample
  npm run etl -- status [--json]
  npm run etl -- watch --inbox <dir> [--once] [--interval <seconds>] [--municipality <code>]`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      mapping: { type: 'string' },
      municipality: { type: 'string' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      population: { type: 'string' },
      from: { type: 'string', default: SAMPLE.from },
      to: { type: 'string', default: SAMPLE.to },
      seed: { type: 'string', default: String(SAMPLE.seed) },
      inbox: { type: 'string' },
      once: { type: 'boolean', default: false },
      interval: { type: 'string', default: '60' },
    },
  });
  const [command, ...rest] = positionals;
  const municipality =
    values.municipality === undefined ? undefined : municipalityByCode(values.municipality);
  if (values.municipality !== undefined && !municipality) {
    throw new UsageError(
      `unknown municipality code "${values.municipality}" (use the official code, e.g. 0169)`,
    );
  }

  if (command === 'simulate') {
    if (!values.out) throw new UsageError('simulate needs --out <dir>');
    const target = municipality ?? municipalityByCode(SAMPLE.municipalityCode)!;
    const written = await simulateMunicipality(
      {
        municipalityCode: target.code,
        population: values.population ? Number(values.population) : target.population,
        from: values.from,
        to: values.to,
        seed: Number(values.seed),
      },
      values.out,
    );
    for (const file of written) console.log(`${file.kind}\t${file.path}\t${file.rows} rows`);
    console.log(`ground truth: ${join(values.out, 'ground-truth.json')}`);
    return 0;
  }
  if (command === 'load') {
    const [kind, ...files] = rest;
    if (!kind || !(kind in SOURCE_KINDS)) {
      const known = Object.keys(SOURCE_KINDS).join(', ');
      throw new UsageError(`unknown source kind "${kind ?? ''}" (known: ${known})`);
    }
    if (files.length === 0) throw new UsageError('load needs at least one file');
    const summary = await withWarehouse((dataSource) =>
      loadFiles(dataSource, {
        kind,
        files,
        municipalityCode: municipality?.code,
        mappingPath: values.mapping,
        onProgress: values.json ? undefined : progress,
      }),
    );
    report(summary, values.json);
    return summary.status === 'succeeded' ? 0 : 1;
  }
  if (command === 'sample') {
    const sample = await withWarehouse((dataSource) => loadSampleData(dataSource));
    if (values.json) console.log(JSON.stringify(sample));
    else for (const load of sample.loads) report(load, false);
    return sample.status === 'succeeded' ? 0 : 1;
  }
  if (command === 'status') {
    const status = await withWarehouse((dataSource) => new EtlRepository(dataSource).status());
    if (values.json) console.log(JSON.stringify(status));
    else printStatus(status);
    return 0;
  }
  if (command === 'watch') {
    const inbox = values.inbox;
    if (!inbox) throw new UsageError('watch needs --inbox <dir>');
    const intervalMs = Number(values.interval) * 1000;
    await withWarehouse(async (dataSource) => {
      do {
        for (const result of await processInbox(dataSource, inbox, {
          municipalityCode: municipality?.code,
        })) {
          console.log(
            `${new Date().toISOString()} ${result.status.padEnd(14)} ${result.kind}/${result.file} → ${result.movedTo}`,
          );
        }
        if (!values.once) await new Promise((resolve) => setTimeout(resolve, intervalMs));
      } while (!values.once);
    });
    return 0;
  }
  throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
}

async function withWarehouse<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const database = await provideDatabase(() => undefined);
  const dataSource = createWarehouseDataSource(database.url);
  await dataSource.initialize();
  try {
    await migrateWarehouse(dataSource);
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
    await database.stop();
  }
}

function progress(file: string, rows: number): void {
  if (process.stderr.isTTY)
    process.stderr.write(`\r${file}: ${rows.toLocaleString('da-DK')} rækker læst`);
}

function report(summary: LoadSummary, json: boolean): void {
  if (process.stderr.isTTY && !json) process.stderr.write('\n');
  if (json) {
    console.log(JSON.stringify(summary));
    return;
  }
  for (const file of summary.files) {
    const detail = file.message ? ` — ${file.message}` : '';
    console.log(
      `${file.status.padEnd(14)} ${file.file}: in ${file.rowsIn}, loaded ${file.rowsLoaded}, quarantined ${file.rowsQuarantined}, duplicates ${file.rowsDuplicate}, skipped ${file.rowsSkipped}${detail}`,
    );
    for (const label of file.unmappedLabels)
      console.log(`  unmapped service label "${label.label}" (${label.rows} rows)`);
  }
  console.log(
    `run ${summary.runId} ${summary.status}: in ${summary.rowsIn} = loaded ${summary.rowsLoaded} + quarantined ${summary.rowsQuarantined} + duplicates ${summary.rowsDuplicate} + skipped ${summary.rowsSkipped} (${(summary.durationMs / 1000).toFixed(1)} s)`,
  );
}

function printStatus(status: Awaited<ReturnType<EtlRepository['status']>>): void {
  console.log('Seneste kørsler / recent runs:');
  for (const run of status.runs) {
    console.log(
      `  #${run.run_id} ${run.status.padEnd(9)} ${new Date(run.started_at).toISOString()} ${run.command} by ${run.actor}: ` +
        `in ${run.count_rows_in}, loaded ${run.count_rows_loaded}, quarantined ${run.count_rows_quarantined}, duplicates ${run.count_rows_duplicate}, skipped ${run.count_rows_skipped}` +
        (run.error_message ? ` — ${run.error_message}` : ''),
    );
  }
  console.log('Karantæne / quarantine:');
  for (const q of status.quarantine)
    console.log(`  ${q.source_kind} ${q.file_name}: ${q.rows} rows, ${q.problems} problems`);
  if (status.quarantine.length === 0) console.log('  (none)');
  console.log('Karantæne pr. årsag / quarantine by reason:');
  for (const r of status.reasons)
    console.log(
      `  ${r.source_kind} ${r.municipality_code ?? '-'} ${r.rows} rows, ${r.problems} problems: ${r.reason}`,
    );
  if (status.reasons.length === 0) console.log('  (none)');
  console.log('Ikke kortlagte etiketter / unmapped labels:');
  for (const u of status.unmapped)
    console.log(
      `  ${u.source_kind} ${u.municipality_code} ${u.label_kind} "${u.label}": ${u.count_rows} rows`,
    );
  if (status.unmapped.length === 0) console.log('  (none)');
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`error: ${(error as Error).message}`);
    if (error instanceof UsageError) console.error(USAGE);
    process.exit(2);
  },
);
