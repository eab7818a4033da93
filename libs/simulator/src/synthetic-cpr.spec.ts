import { ageBandCode, ageOn, deriveFromCpr } from '@kanalindsigt/warehouse/reference/cpr';
import { Random } from './random';
import {
  drawAge,
  drawBirthDate,
  passesModulus11,
  syntheticCitizen,
  syntheticCpr,
} from './synthetic-cpr';

describe(syntheticCpr.name, () => {
  it.each([
    ['1905-06-15', [0, 1, 2, 3]],
    ['1936-12-31', [0, 1, 2, 3]],
    ['1937-01-02', [0, 1, 2, 3]],
    ['1999-02-28', [0, 1, 2, 3]],
    ['2000-02-29', [4, 5, 6, 7, 8, 9]],
    ['2024-07-31', [4, 5, 6, 7, 8, 9]],
    ['2036-03-01', [4, 5, 6, 7, 8, 9]],
    ['2040-05-05', [5, 6, 7, 8]],
  ])('gives a citizen born %s a 7th digit of the right century', (birthDate, digits) => {
    const random = new Random(1);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i += 1) {
      const cpr = syntheticCpr(random, birthDate, 'F');
      seen.add(Number(cpr[7]));
      expect(deriveFromCpr(cpr)).toEqual({ ok: true, birthDate, sex: 'F' });
    }
    expect([...seen].sort()).toEqual(digits);
  });

  it('round-trips birth date and sex through deriveFromCpr for thousands of citizens', () => {
    const random = new Random(2);
    for (let i = 0; i < 5000; i += 1) {
      const onDate = `20${String(10 + (i % 26)).padStart(2, '0')}-06-15`;
      const citizen = syntheticCitizen(random, onDate);
      expect(citizen.cpr).toMatch(/^\d{6}-\d{4}$/);
      expect(deriveFromCpr(citizen.cpr)).toEqual({
        ok: true,
        birthDate: citizen.birthDate,
        sex: citizen.sex,
      });
    }
  });

  it('writes an odd last digit for men and an even one for women', () => {
    const random = new Random(3);
    for (let i = 0; i < 500; i += 1) {
      expect(Number(syntheticCpr(random, '1985-05-15', 'M')[10]) % 2).toBe(1);
      expect(Number(syntheticCpr(random, '1985-05-15', 'F')[10]) % 2).toBe(0);
    }
  });

  it('never passes the modulus-11 check, so it is not a real number issued before 2007', () => {
    expect(passesModulus11('070761-4285')).toBe(true);
    expect(passesModulus11('010203-1234')).toBe(false);
    const random = new Random(4);
    for (let i = 0; i < 5000; i += 1) {
      expect(passesModulus11(syntheticCitizen(random, '2021-03-01').cpr)).toBe(false);
    }
  });

  it('refuses a birth year no CPR number can hold', () => {
    expect(() => syntheticCpr(new Random(5), '1850-01-02', 'M')).toThrow(RangeError);
  });
});

describe(drawBirthDate.name, () => {
  it('makes the citizen exactly the drawn age, also on 29 February, and avoids 1 January', () => {
    const random = new Random(6);
    for (const onDate of ['2020-02-29', '2021-01-01', '2021-12-31']) {
      for (let age = 0; age <= 104; age += 1) {
        const birthDate = drawBirthDate(random, age, onDate);
        expect(ageOn(birthDate, onDate)).toBe(age);
        expect(birthDate.endsWith('-01-01')).toBe(false);
      }
    }
  });
});

describe(drawAge.name, () => {
  it('follows the Danish age distribution: a fifth under 18, a fifth 65 or over, one in twenty 80 or over', () => {
    const random = new Random(7);
    const bands = new Map<string, number>();
    const n = 20_000;
    for (let i = 0; i < n; i += 1) {
      const band = ageBandCode(drawAge(random));
      bands.set(band, (bands.get(band) ?? 0) + 1);
    }
    const share = (band: string) => (bands.get(band) ?? 0) / n;
    expect(share('0-17')).toBeCloseTo(0.2, 1);
    expect(share('65-79') + share('80+')).toBeCloseTo(0.2, 1);
    expect(share('80+')).toBeGreaterThan(0.03);
    expect(share('80+')).toBeLessThan(0.07);
  });

  it('stays within the asked range', () => {
    const random = new Random(8);
    for (let i = 0; i < 1000; i += 1) {
      const age = drawAge(random, 65, 79);
      expect(age).toBeGreaterThanOrEqual(65);
      expect(age).toBeLessThanOrEqual(79);
    }
  });
});
