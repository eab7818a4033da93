import { MUNICIPALITIES, municipalityByCode } from './municipalities';

describe('MUNICIPALITIES', () => {
  it('has exactly the 98 municipalities', () => {
    expect(MUNICIPALITIES).toHaveLength(98);
  });

  it('has unique four-character codes', () => {
    const codes = MUNICIPALITIES.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^0\d{3}$/);
  });

  it('has unique names', () => {
    const names = MUNICIPALITIES.map((m) => m.nameDa);
    expect(new Set(names).size).toBe(names.length);
  });

  it('splits into the five regions with their official counts', () => {
    const countByRegion: Record<string, number> = {};
    for (const { region } of MUNICIPALITIES)
      countByRegion[region] = (countByRegion[region] ?? 0) + 1;
    expect(countByRegion).toEqual({
      Hovedstaden: 29,
      Sjælland: 17,
      Syddanmark: 22,
      Midtjylland: 19,
      Nordjylland: 11,
    });
  });

  it('adds up to the population of Denmark (about 5.96 million on 1 January 2024)', () => {
    const total = MUNICIPALITIES.reduce((sum, m) => sum + m.population, 0);
    expect(total).toBeGreaterThanOrEqual(5_850_000);
    expect(total).toBeLessThanOrEqual(5_990_000);
  });

  it('has whole-hundred, plausible populations', () => {
    for (const { nameDa, population } of MUNICIPALITIES) {
      expect({ nameDa, remainder: population % 100 }).toEqual({ nameDa, remainder: 0 });
      expect(population).toBeGreaterThanOrEqual(1_000);
      expect(population).toBeLessThanOrEqual(700_000);
    }
  });
});

describe(municipalityByCode.name, () => {
  it.each([
    ['0101', 'København', 'Hovedstaden'],
    ['0147', 'Frederiksberg', 'Hovedstaden'],
    ['0151', 'Ballerup', 'Hovedstaden'],
    ['0159', 'Gladsaxe', 'Hovedstaden'],
    ['0161', 'Glostrup', 'Hovedstaden'],
    ['0169', 'Høje-Taastrup', 'Hovedstaden'],
    ['0400', 'Bornholm', 'Hovedstaden'],
    ['0326', 'Kalundborg', 'Sjælland'],
    ['0461', 'Odense', 'Syddanmark'],
    ['0607', 'Fredericia', 'Syddanmark'],
    ['0530', 'Billund', 'Syddanmark'],
    ['0615', 'Horsens', 'Midtjylland'],
    ['0766', 'Hedensted', 'Midtjylland'],
    ['0751', 'Aarhus', 'Midtjylland'],
    ['0773', 'Morsø', 'Nordjylland'],
    ['0851', 'Aalborg', 'Nordjylland'],
  ])('maps %s to %s in %s', (code, nameDa, region) => {
    expect(municipalityByCode(code)).toMatchObject({ code, nameDa, region });
  });

  it('gives Høje-Taastrup its size of just over 50,000', () => {
    expect(municipalityByCode('0169')?.population).toBeGreaterThanOrEqual(51_000);
    expect(municipalityByCode('0169')?.population).toBeLessThanOrEqual(54_000);
  });

  it('knows no Christiansø, unpadded codes or unknown codes', () => {
    expect(municipalityByCode('0411')).toBeUndefined();
    expect(municipalityByCode('169')).toBeUndefined();
    expect(municipalityByCode('0999')).toBeUndefined();
  });
});
