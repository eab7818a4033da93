import {
  insertVisitDaily,
  newVisitDaily as visitDay,
} from '@kanalindsigt/warehouse/testing/rollup.factory';
import { insertSite } from '@kanalindsigt/warehouse/testing/visit.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { Warehouse } from '../database/warehouse';
import { MunicipalitiesRepository } from './municipalities.repository';
import { MunicipalitiesService } from './municipalities.service';

describe(MunicipalitiesService.name, () => {
  let db: TestDatabase;
  let sut: MunicipalitiesService;

  beforeAll(async () => {
    db = await createTestDatabase();
    sut = new MunicipalitiesService(new MunicipalitiesRepository(new Warehouse(db.dataSource)));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('lists only municipalities with visits, with their first and last day of visits and their sites with visits', async () => {
    expect(await sut.withVisitData()).toEqual([]);
    await insertSite(db.dataSource, {
      municipalityCode: '0169',
      code: 'bibliotek',
      nameDa: 'Biblioteket',
    });
    // A site without visits is not offered.
    await insertSite(db.dataSource, { municipalityCode: '0169', code: 'lukket', nameDa: 'Lukket' });
    await insertVisitDaily(db.dataSource, [
      visitDay({ day: '2024-03-04' }),
      visitDay({ day: '2024-03-05', siteCode: 'bibliotek' }),
      visitDay({ day: '2023-12-31', serviceCode: 'koerekort' }),
      visitDay({ day: '2025-01-02', isBooked: true }),
    ]);

    expect(await sut.withVisitData()).toEqual([
      {
        code: '0169',
        nameDa: 'Høje-Taastrup',
        region: expect.any(String),
        visitsFrom: '2023-12-31',
        visitsTo: '2025-01-02',
        sites: [
          { code: 'bibliotek', nameDa: 'Biblioteket' },
          { code: 'raadhus', nameDa: 'Borgerservice, Rådhuset' },
        ],
      },
    ]);
  });
});
