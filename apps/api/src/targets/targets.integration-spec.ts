import { Warehouse } from '../database/warehouse';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { TargetComparator } from './dto/target.args';
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
        id: expect.any(Number),
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
        id: expect.any(Number),
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
        id: expect.any(Number),
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

  describe('editing', () => {
    const target = {
      municipalityCode: '0169',
      kpiId: 'walk_in_share',
      comparator: TargetComparator.max,
      value: 20,
      validFrom: '2026-01-01',
      labelDa: 'Højst 20 % uden tid',
      labelEn: 'At most 20 % walk-ins',
    };

    it('saves a version with the unit of its KPI, and replaces it when saved again', async () => {
      const saved = await sut.save(target);
      const replaced = await sut.save({ ...target, value: 15 });

      expect(saved).toEqual({ ...target, id: expect.any(Number), unit: 'PERCENT' });
      expect(replaced).toMatchObject({ id: saved.id, value: 15 });
      const versions = (await sut.targets({ municipalityCode: '0169' })).filter(
        (t) => t.kpiId === 'walk_in_share',
      );
      expect(versions.map((t) => t.value)).toEqual([15]);
    });

    it('deletes a version, and says so when there is none to delete', async () => {
      const saved = await sut.save({ ...target, validFrom: '2027-01-01' });

      expect(await sut.delete({ municipalityCode: '0169', id: saved.id })).toBe(true);
      await expect(sut.delete({ municipalityCode: '0169', id: saved.id })).rejects.toThrow(
        `municipality 0169 has no target ${saved.id}`,
      );
    });

    it("will not delete another municipality's target through its own code", async () => {
      const [ballerup] = await sut.targets({ municipalityCode: '0151' });

      await expect(
        sut.delete({ municipalityCode: '0169', id: ballerup?.id ?? -1 }),
      ).rejects.toThrow('has no target');
      expect(await sut.targets({ municipalityCode: '0151' })).toHaveLength(1);
    });

    it('refuses a percentage above 100 and a negative value', async () => {
      await expect(sut.save({ ...target, value: 120 })).rejects.toThrow(
        'value of walk_in_share is a percentage, at most 100',
      );
      await expect(sut.save({ ...target, value: -1 })).rejects.toThrow(
        'value must not be negative',
      );
    });
  });
});
