import { Warehouse } from '../database/warehouse';
import { loadFiles } from '@kanalindsigt/etl/load/load-files';
import { goldenFiles } from '@kanalindsigt/etl/testing/golden-files';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { DataQualityRepository } from './data-quality.repository';
import { DataQualityService } from './data-quality.service';

const calls = goldenFiles('calls');
const visits = goldenFiles('visits');

const neverLoaded = (kind: string) => ({
  kind,
  lastLoadedAt: null,
  newestPeriodEnd: null,
  freshnessDays: null,
  currentFiles: 0,
  rowsLoaded: 0,
  rowsQuarantined: 0,
  rowsDuplicate: 0,
  rowsSkipped: 0,
  rejectedFiles: 0,
});

describe(DataQualityService.name, () => {
  let db: TestDatabase;
  let sut: DataQualityService;
  const load = (kind: string, municipalityCode: string, ...files: string[]) =>
    loadFiles(db.dataSource, { kind, files, municipalityCode });

  describe('after loads of calls and visits', () => {
    beforeAll(async () => {
      db = await createTestDatabase();
      // 8 calls 4 March–30 June 2024, one with an unmapped IVR choice ("Hittegods").
      await load('calls', '0169', calls.ok('telefoni-eight-calls.csv'));
      // 3 calls: one the first file has, one ending before it starts, one new.
      await load('calls', '0169', calls.notOk('end-before-start.csv'));
      // 5 tickets 4–7 March 2024, one with an unmapped service ("Bryllupsplanlægning").
      await load('visits', '0169', visits.ok('frontdesk-five-tickets.csv'));
      await load('visits', '0169', visits.notOk('missing-required-column.csv'));
      // Another municipality's loads must not show up in 0169's answer.
      await load('visits', '0151', visits.ok('frontdesk-five-tickets.csv'));
      sut = new DataQualityService(new DataQualityRepository(new Warehouse(db.dataSource)));
    });
    afterAll(async () => {
      await db.drop();
    });

    it('reports every source kind, with counts of the current files', async () => {
      const { asOf, sources } = await sut.dataQuality({
        municipalityCode: '0169',
        asOf: '2024-07-31',
      });

      expect(asOf).toBe('2024-07-31');
      expect(sources.map((s) => s.kind)).toEqual([
        'booking-slots',
        'bookings',
        'calls',
        'calls-aggregate',
        'population',
        'selfservice',
        'staffing',
        'visits',
        'visits-aggregate',
      ]);
      expect(sources.find((s) => s.kind === 'calls')).toEqual({
        kind: 'calls',
        lastLoadedAt: expect.any(Date),
        // the last call, 30 June 22:30 UTC, is 1 July in Copenhagen
        newestPeriodEnd: '2024-07-01',
        freshnessDays: 30,
        currentFiles: 2,
        rowsLoaded: 9,
        rowsQuarantined: 1,
        rowsDuplicate: 1,
        rowsSkipped: 0,
        rejectedFiles: 0,
      });
      expect(sources.find((s) => s.kind === 'visits')).toEqual({
        kind: 'visits',
        lastLoadedAt: expect.any(Date),
        newestPeriodEnd: '2024-03-07',
        freshnessDays: 146,
        currentFiles: 1,
        rowsLoaded: 5,
        rowsQuarantined: 0,
        rowsDuplicate: 0,
        rowsSkipped: 0,
        rejectedFiles: 1,
      });
      expect(sources.find((s) => s.kind === 'bookings')).toEqual(neverLoaded('bookings'));
    });

    it('lists quarantine problems without the raw value', async () => {
      const { problems } = await sut.dataQuality({ municipalityCode: '0169' });

      expect(problems).toEqual([
        {
          kind: 'calls',
          fileName: 'end-before-start.csv',
          sourceRow: 3,
          columnName: 'EndTimeUtc',
          reason: 'is before StartTimeUtc',
          quarantinedAt: expect.any(Date),
        },
      ]);
    });

    it('counts the quarantine per reason, refused files included', async () => {
      const { quarantineReasons } = await sut.dataQuality({ municipalityCode: '0169' });

      expect(quarantineReasons).toEqual([
        { kind: 'calls', reason: 'is before StartTimeUtc', rows: 1, problems: 1 },
        {
          kind: 'visits',
          reason: expect.stringContaining('is missing from the header'),
          rows: 1,
          problems: 1,
        },
      ]);
    });

    it('lists unmapped labels with their row counts', async () => {
      const { unmappedLabels } = await sut.dataQuality({ municipalityCode: '0169' });

      expect(unmappedLabels).toEqual([
        {
          kind: 'calls',
          labelKind: 'service',
          label: 'Hittegods',
          rows: 1,
          lastSeenAt: expect.any(Date),
        },
        {
          kind: 'visits',
          labelKind: 'service',
          label: 'Bryllupsplanlægning',
          rows: 1,
          lastSeenAt: expect.any(Date),
        },
      ]);
    });

    it('answers "no data yet" for a municipality with no loads', async () => {
      const answer = await sut.dataQuality({ municipalityCode: '0101', asOf: '2024-07-31' });

      expect(answer.sources).toEqual(answer.sources.map((s) => neverLoaded(s.kind)));
      expect(answer.problems).toEqual([]);
      expect(answer.unmappedLabels).toEqual([]);
    });
  });

  describe('after a corrected re-export', () => {
    beforeAll(async () => {
      db = await createTestDatabase();
      await load('visits', '0169', visits.ok('frontdesk-five-tickets.csv'));
      await load('visits', '0169', visits.ok('frontdesk-five-tickets-corrected-re-export.csv'));
      sut = new DataQualityService(new DataQualityRepository(new Warehouse(db.dataSource)));
    });
    afterAll(async () => {
      await db.drop();
    });

    it('counts only the file that replaced the earlier one', async () => {
      const { sources } = await sut.dataQuality({ municipalityCode: '0169', asOf: '2024-03-08' });

      expect(sources.find((s) => s.kind === 'visits')).toMatchObject({
        newestPeriodEnd: '2024-03-07',
        freshnessDays: 1,
        currentFiles: 1,
        rowsLoaded: 4,
      });
    });
  });
});
