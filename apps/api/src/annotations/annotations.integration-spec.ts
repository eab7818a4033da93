import { Warehouse } from '../database/warehouse';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { syncReferenceData } from '@kanalindsigt/warehouse/reference/sync-reference-data';
import { AnnotationsRepository } from './annotations.repository';
import { AnnotationKind } from './dto/annotation.args';
import { AnnotationsService } from './annotations.service';

describe(AnnotationsService.name, () => {
  let db: TestDatabase;
  let sut: AnnotationsService;

  beforeAll(async () => {
    // The migrated template already holds the sample events of 0169 (reference data).
    db = await createTestDatabase();
    await db.dataSource.query(
      `INSERT INTO dw.annotation (annotation_code, municipality_code, date_from, date_to, kind, label_da, label_en)
       VALUES ('national-strike', NULL, '2021-10-20', NULL, 'other', 'Landsdækkende strejke', 'National strike'),
              ('ballerup-closure', '0151', '2021-10-01', '2021-10-31', 'closure', 'Lukket', 'Closed')`,
    );
    sut = new AnnotationsService(new AnnotationsRepository(new Warehouse(db.dataSource)));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('lists the seeded sample events of 0169, oldest first', async () => {
    const events = await sut.annotations({
      municipalityCode: '0169',
      from: '2020-01-01',
      to: '2021-06-30',
    });

    expect(events).toEqual([
      {
        code: 'covid-closure-2020',
        municipalityCode: '0169',
        dateFrom: '2020-03-12',
        dateTo: '2020-05-17',
        kind: 'closure',
        labelDa: 'Borgerservice lukket (COVID-19)',
        labelEn: 'Citizen service closed (COVID-19)',
      },
      expect.objectContaining({ dateFrom: '2020-09-01', dateTo: null, kind: 'intervention' }),
      expect.objectContaining({ dateFrom: '2020-12-01', dateTo: null, kind: 'intervention' }),
    ]);
  });

  it('includes events of every municipality and excludes other municipalities', async () => {
    const events = await sut.annotations({
      municipalityCode: '0169',
      from: '2021-10-01',
      to: '2021-12-31',
    });

    expect(events.map((e) => [e.municipalityCode, e.dateFrom, e.labelEn])).toEqual([
      ['0169', '2021-10-19', 'MitID launched'],
      [null, '2021-10-20', 'National strike'],
    ]);
  });

  it('includes an event that began before the period and ends inside it', async () => {
    const events = await sut.annotations({
      municipalityCode: '0169',
      from: '2020-05-17',
      to: '2020-05-31',
    });

    expect(events.map((e) => e.kind)).toEqual(['closure']);
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(
      sut.annotations({ municipalityCode: '0169', from: '2021-02-01', to: '2021-01-31' }),
    ).rejects.toThrow('from (2021-02-01) is after to (2021-01-31)');
  });

  describe('editing', () => {
    const period = { municipalityCode: '0169', from: '2026-01-01', to: '2026-12-31' };
    const event = {
      municipalityCode: '0169',
      code: 'new-queue-system',
      dateFrom: '2026-03-02',
      kind: AnnotationKind.intervention,
      labelDa: 'Nyt køsystem',
      labelEn: 'New queue system',
    };

    it('saves an event and replaces it when its code is saved again', async () => {
      await sut.save(event);
      await sut.save({ ...event, dateTo: '2026-03-31', kind: AnnotationKind.other });

      expect(await sut.annotations(period)).toEqual([
        { ...event, dateTo: '2026-03-31', kind: 'other' },
      ]);
    });

    it('refuses an event that ends before it starts', async () => {
      await expect(sut.save({ ...event, dateTo: '2026-03-01' })).rejects.toThrow(
        'dateTo (2026-03-01) is before dateFrom (2026-03-02)',
      );
    });

    it('deletes its own events only, not the events of every municipality', async () => {
      await expect(
        sut.delete({ municipalityCode: '0169', code: 'national-strike' }),
      ).rejects.toThrow('municipality 0169 has no event with code national-strike');
      expect(await sut.delete({ municipalityCode: '0169', code: 'new-queue-system' })).toBe(true);
      expect(await sut.annotations(period)).toEqual([]);
    });

    it('keeps a deleted sample event deleted when the reference data is synced again', async () => {
      await sut.delete({ municipalityCode: '0169', code: 'mitid-launch' });
      await syncReferenceData(db.dataSource);

      const events = await sut.annotations({ ...period, from: '2021-10-01', to: '2021-10-31' });
      expect(events.map((e) => e.code)).toEqual(['national-strike']);
    });
  });
});
