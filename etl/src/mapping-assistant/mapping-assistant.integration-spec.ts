import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { loadFiles } from '../load/load-files';
import { MAPPINGS_DIR, readMapping } from '../sources/mapping/source-mapping';
import { visitsSource } from '../sources/visits/visits.source';
import { goldenFiles } from '../testing/golden-files';
import { dryRunFile } from './dry-run';
import { mapServiceLabel } from './map-service-label.repository';

const mapping = readMapping(
  join(MAPPINGS_DIR, 'frontdesk-visits.json'),
  'visits',
  visitsSource.fields,
);
const HEADER =
  'TicketId;CreatedAt;CalledAt;EndedAt;QueueName;QueueCategoryName;CounterName;EmployeeName;Tickettype;VentetidMinutter;BehandlingstidMinutter';
const row = (id: number, queue: string, end = '04-03-2024 09:31:00') =>
  `${id};04-03-2024 09:02:10;04-03-2024 09:20:40;${end};${queue};Borgerservice;Skranke 1;ABJ;Walk-in;18,5;10,3`;

describe('mapping assistant against the warehouse', () => {
  let db: TestDatabase;
  let dir: string;
  const count = async (sql: string) => Number((await db.dataSource.query(sql))[0].n);

  beforeEach(async () => {
    db = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'assistant-'));
  });
  afterEach(async () => {
    await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('dry-runs a file through the load path, counting quarantine reasons per reason, writing nothing', async () => {
    const path = join(dir, 'mixed.csv');
    writeFileSync(
      path,
      [
        HEADER,
        row(1, 'Pas'),
        row(2, 'Hundeskat'),
        row(2, 'Hundeskat'),
        row(3, 'Pas', '04-03-2024 09:00:00'),
        row(4, 'Pas', '04-03-2024 08:59:00'),
        row(5, 'Pas', 'igår'),
      ].join('\r\n'),
    );

    const sut = await dryRunFile(db.dataSource, { mapping, municipalityCode: '0169', path });

    expect(sut).toMatchObject({
      rejection: null,
      rowsIn: 6,
      rowsLoadable: 2,
      rowsDuplicate: 1,
      rowsQuarantined: 3,
      unmappedLabels: [{ label: 'Hundeskat', rows: 2 }],
    });
    expect(sut.rowsIn).toBe(sut.rowsLoadable + sut.rowsQuarantined + sut.rowsDuplicate);
    expect(sut.reasons.map((r) => [r.column, r.rows])).toEqual([
      ['EndedAt', 2],
      ['EndedAt', 1],
    ]);
    expect(sut.reasons[0]!.reason).toMatch(/before/);
    expect(sut.preview[0]).toEqual({
      row: 2,
      values: [
        '1',
        '2024-03-04 09:02:10',
        '2024-03-04 09:20:40',
        '2024-03-04 09:31:00',
        'Pas',
        'Skranke 1',
        'walk_in',
      ],
    });
    expect(await count('SELECT count(*) AS n FROM dw.fact_visit')).toBe(0);
    expect(await count('SELECT count(*) AS n FROM etl.source_file')).toBe(0);
  });

  it('reports a file it would refuse whole, naming row and column', async () => {
    const sut = await dryRunFile(db.dataSource, {
      mapping,
      municipalityCode: '0169',
      path: goldenFiles('visits').notOk('missing-required-column.csv'),
    });
    expect(sut.rejection).toMatch(/row 1, column "/);
  });

  it('maps an unmapped label and re-keys the loaded facts and their rollups', async () => {
    const path = join(dir, 'hundeskat.csv');
    writeFileSync(
      path,
      [HEADER, row(1, 'Pas'), row(2, 'Hundeskat'), row(3, 'hundeskat ')].join('\n'),
    );
    await loadFiles(db.dataSource, { kind: 'visits', files: [path], municipalityCode: '0169' });
    const unmappedTickets = () =>
      count(
        `SELECT coalesce(sum(count_tickets), 0) AS n FROM mart.visit_daily v
         JOIN dw.dim_service s USING (service_id) WHERE s.service_code = 'ukendt'`,
      );
    expect(await unmappedTickets()).toBe(2);

    const sut = await mapServiceLabel(db.dataSource, {
      municipalityCode: '0169',
      kind: 'visits',
      sourceSystem: 'frontdesk',
      label: 'Hundeskat',
      serviceCode: 'folkeregister',
    });

    expect(sut).toEqual({ factsRekeyed: 2 });
    expect(await unmappedTickets()).toBe(0);
    expect(
      await count(
        `SELECT sum(count_tickets) AS n FROM mart.visit_daily v
         JOIN dw.dim_service s USING (service_id) WHERE s.service_code = 'folkeregister'`,
      ),
    ).toBe(2);
    expect(await count('SELECT count(*) AS n FROM etl.unmapped_label')).toBe(0);
  });
});
