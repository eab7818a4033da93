import { Warehouse } from '../database/warehouse';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { TargetsRepository } from './targets.repository';
import { TargetsService } from './targets.service';

describe(TargetsService.name, () => {
  let db: TestDatabase;
  let sut: TargetsService;

  beforeAll(async () => {
    // The migrated template already holds the sample targets of 0169 (reference data).
    db = await createTestDatabase();
    await db.dataSource.query(
      `INSERT INTO dw.target (municipality_code, kpi_id, comparator, value, unit, valid_from, label_da, label_en)
       VALUES ('0169', 'mean_wait', 'max', 600, 'SECONDS', '2025-01-01', 'Højst 10 minutter', 'At most 10 minutes'),
              ('0151', 'answer_rate', 'min', 80, 'PERCENT', '2017-01-01', 'Mindst 80 %', 'At least 80 %')`,
    );
    sut = new TargetsService(new TargetsRepository(new Warehouse(db.dataSource)));
  });
  afterAll(async () => {
    await db.drop();
  });

  it("lists the municipality's targets, every version, by KPI and first day", async () => {
    expect(await sut.targets({ municipalityCode: '0169' })).toEqual([
      {
        municipalityCode: '0169',
        kpiId: 'answer_rate',
        comparator: 'min',
        value: 72,
        unit: 'PERCENT',
        validFrom: '2017-01-01',
        labelDa: 'Mindst 72 % besvarede opkald',
        labelEn: 'At least 72 % of calls answered',
      },
      {
        municipalityCode: '0169',
        kpiId: 'mean_wait',
        comparator: 'max',
        value: 900,
        unit: 'SECONDS',
        validFrom: '2017-01-01',
        labelDa: 'Højst 15 minutters gennemsnitlig ventetid',
        labelEn: 'Mean wait at most 15 minutes',
      },
      {
        municipalityCode: '0169',
        kpiId: 'mean_wait',
        comparator: 'max',
        value: 600,
        unit: 'SECONDS',
        validFrom: '2025-01-01',
        labelDa: 'Højst 10 minutter',
        labelEn: 'At most 10 minutes',
      },
    ]);
  });

  it('answers an empty list for a municipality without targets', async () => {
    expect(await sut.targets({ municipalityCode: '0101' })).toEqual([]);
  });
});
