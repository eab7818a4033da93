import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFiles } from '@kanalindsigt/etl/load/load-files';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import type { AuthUser } from '../auth/auth-user';
import { Warehouse } from '../database/warehouse';
import { MappingAssistantRepository } from './mapping-assistant.repository';
import { MappingAssistantService } from './mapping-assistant.service';
import type { ImportJob } from './models/mapping-assistant.model';

/** A Zylinc-like call log: Danish headers in an order no shipped mapping has, a value of its own. */
export const ZYLINC_CSV = [
  'Kø;Opkalds-id;Starttid;Besvaret tid;Slut;Udfald;Ventetid;Taletid',
  'Borgerservice;Z-1;04-03-2024 08:00:05;04-03-2024 08:01:00;04-03-2024 08:05:00;Besvaret;55;240',
  'Borgerservice;Z-2;04-03-2024 08:02:00;;04-03-2024 08:03:10;Afvist;70;0',
  'Pension;Z-3;04-03-2024 08:10:00;04-03-2024 08:10:30;04-03-2024 08:09:00;Besvaret;30;100',
  'Pension;Z-3;04-03-2024 08:10:00;04-03-2024 08:10:30;04-03-2024 08:12:00;Besvaret;30;90',
  'Pension;Z-1;04-03-2024 08:20:00;04-03-2024 08:21:00;04-03-2024 08:25:00;Besvaret;60;240',
].join('\r\n');

describe(MappingAssistantService.name, () => {
  let db: TestDatabase;
  let sut: MappingAssistantService;
  const admin = { username: 'admin-test' } as AuthUser;
  const upload = {
    municipalityCode: '0169',
    fileName: 'zylinc-opkald-marts.csv',
    contentBase64: Buffer.from(ZYLINC_CSV).toString('base64'),
  };

  beforeEach(async () => {
    db = await createTestDatabase();
    sut = new MappingAssistantService(
      db.dataSource,
      new MappingAssistantRepository(new Warehouse(db.dataSource)),
    );
  });
  afterEach(async () => {
    await db.drop();
  });

  async function finished(job: ImportJob): Promise<ImportJob> {
    for (let polls = 0; polls < 200; polls += 1) {
      const now = sut.importJob({ municipalityCode: '0169', id: job.id });
      if (now.status !== 'running') return now;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import did not finish');
  }

  it('proposes, dry-runs after one correction, saves and loads as the CLI loads the saved mapping', async () => {
    const proposal = await sut.propose({ ...upload, kind: 'calls' });
    expect(proposal.missingRequired).toEqual([]);
    expect(proposal.unknownValues).toEqual([{ field: 'outcome', values: ['Afvist'] }]);
    const mapping = JSON.parse(proposal.mappingJson);
    expect(mapping.fields.arrivedAt).toEqual({ column: 'Starttid', format: 'dd-MM-yyyy HH:mm:ss' });
    // The admin's one correction: "Afvist" is an abandoned call.
    mapping.fields.outcome.values.Afvist = 'abandoned';
    const mappingJson = JSON.stringify(mapping);

    const dryRun = await sut.dryRun({ ...upload, mappingJson });
    expect(dryRun).toMatchObject({
      rowsIn: 5,
      rowsLoadable: 3,
      rowsQuarantined: 1,
      rowsDuplicate: 1,
    });
    // One row breaks two rules; each reason is counted.
    expect(dryRun.reasons).toEqual([
      { column: 'Slut', reason: 'is before Starttid', rows: 1 },
      { column: 'Besvaret tid', reason: 'is after Slut', rows: 1 },
    ]);
    expect(await db.dataSource.query('SELECT * FROM dw.fact_call')).toEqual([]);

    const saved = await sut.saveMapping(
      { municipalityCode: '0169', name: 'Zylinc', mappingJson },
      admin,
    );
    expect(saved).toMatchObject({ kind: 'calls', sourceSystem: 'zylinc', savedBy: 'admin-test' });
    expect(await sut.savedMappings('0169')).toHaveLength(1);

    const job = await finished(await sut.startImport({ ...upload, mappingJson }, admin));
    expect(job).toMatchObject({
      status: 'loaded',
      rowsIn: 5,
      rowsLoaded: 3,
      rowsQuarantined: 1,
      rowsDuplicate: 1,
    });

    // The saved mapping, downloaded, loads the same file through the CLI's loadFiles alike.
    const fresh = await createTestDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'downloaded-'));
    try {
      writeFileSync(join(dir, 'mapping.json'), saved.mappingJson);
      writeFileSync(join(dir, upload.fileName), ZYLINC_CSV);
      const cli = await loadFiles(fresh.dataSource, {
        kind: 'calls',
        files: [join(dir, upload.fileName)],
        municipalityCode: '0169',
        mappingPath: join(dir, 'mapping.json'),
      });
      expect(cli.files[0]).toMatchObject({
        rowsIn: job.rowsIn,
        rowsLoaded: job.rowsLoaded,
        rowsQuarantined: job.rowsQuarantined,
        rowsDuplicate: job.rowsDuplicate,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await fresh.drop();
    }
  });

  it('lists the service catalogue to map labels to', async () => {
    const catalogue = await sut.serviceCatalogue();
    expect(catalogue.length).toBeGreaterThan(5);
    expect(catalogue).toContainEqual({ code: 'pas', nameDa: 'Pas', nameEn: 'Passport' });
  });

  it('refuses a mapping the CLI would refuse, saying why', async () => {
    await expect(
      sut.dryRun({ ...upload, mappingJson: JSON.stringify({ kind: 'calls', fields: {} }) }),
    ).rejects.toThrow(/mapping from the form: .*sourceSystem/s);
  });

  it("does not show one municipality's import to another", async () => {
    const job = await sut.startImport(
      {
        ...upload,
        mappingJson: (await sut.propose({ ...upload, kind: 'calls' })).mappingJson,
      },
      admin,
    );
    await finished(job);
    expect(() => sut.importJob({ municipalityCode: '0151', id: job.id })).toThrow(/no import/);
  });
});
