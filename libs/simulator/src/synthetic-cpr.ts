/**
 * Synthetic citizens for simulated exports: a birth date drawn from a Danish-like age
 * distribution and a CPR number that the loader reads like a real one (century digit, sex digit).
 */
import { addDays, parseIsoDate } from '@kanalindsigt/calendar/local-date';
import { ageOn, deriveFromCpr } from '@kanalindsigt/warehouse/reference/cpr';
import type { Random } from './random';

/**
 * Residents by five-year age group (0–4 … 100–104), in thousands, after Statistics Denmark's
 * population table (FOLK1A) at the start of 2020.
 */
export const DANISH_AGE_GROUP_WEIGHTS: readonly number[] = [
  307, 314, 340, 336, 378, 404, 357, 330, 361, 397, 411, 388, 343, 317, 322, 235, 150, 84, 36, 9, 1,
];

export const MAX_SYNTHETIC_AGE = DANISH_AGE_GROUP_WEIGHTS.length * 5 - 1;

export interface SyntheticCitizen {
  cpr: string;
  birthDate: string;
  sex: 'F' | 'M';
}

const agesByRange = new Map<string, { ages: number[]; weights: number[]; total: number }>();

/** An age in completed years within [minAge, maxAge], as often as it occurs in Denmark. */
export function drawAge(random: Random, minAge = 0, maxAge = MAX_SYNTHETIC_AGE): number {
  const key = `${minAge}-${maxAge}`;
  let range = agesByRange.get(key);
  if (!range) {
    const ages: number[] = [];
    for (let age = minAge; age <= Math.min(maxAge, MAX_SYNTHETIC_AGE); age += 1) ages.push(age);
    if (ages.length === 0) throw new RangeError(`drawAge: no age between ${minAge} and ${maxAge}`);
    const weights = ages.map((age) => DANISH_AGE_GROUP_WEIGHTS[Math.floor(age / 5)] ?? 0);
    range = { ages, weights, total: weights.reduce((sum, w) => sum + w, 0) };
    agesByRange.set(key, range);
  }
  return range.ages[random.weightedIndex(range.weights, range.total)]!;
}

/**
 * A birth date that makes the citizen exactly `age` on `onDate`. 1 January is avoided: it is the
 * date given to immigrants whose birthday is unknown, and the one date for which the CPR office
 * has run out of ordinary numbers (see {@link syntheticCpr}).
 */
export function drawBirthDate(random: Random, age: number, onDate: string): string {
  const on = parseIsoDate(onDate);
  const sameDayThen = `${String(on.year - age).padStart(4, '0')}-${onDate.slice(5)}`;
  // Not a date when onDate is 29 February and the birth year is common.
  const latest = sameDayThen.endsWith('02-29')
    ? sameDayThen.replace('02-29', '02-28')
    : sameDayThen;
  for (;;) {
    const candidate = addDays(latest, -random.integer(0, 365));
    if (!candidate.endsWith('-01-01') && ageOn(candidate, onDate) === age) return candidate;
  }
}

const MODULUS_11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** Whether the ten digits pass the modulus-11 check that CPR numbers issued before 2007 pass. */
export function passesModulus11(cpr: string): boolean {
  const digits = cpr.replace('-', '');
  const sum = MODULUS_11_WEIGHTS.reduce(
    (total, weight, i) => total + weight * Number(digits[i]),
    0,
  );
  return sum % 11 === 0;
}

/**
 * A CPR number (ddmmyy-xxxx) for the birth date and sex: the 7th digit gives the century by the
 * CPR office's rule, the last digit is odd for men and even for women. The number deliberately
 * fails the modulus-11 check, which nearly every real number passes (numbers without it have been
 * issued since 2007 for dates that ran out of numbers, mainly 1 January), so a synthetic citizen
 * is not a real person. The loader, like the CPR office today, does not apply the check.
 */
export function syntheticCpr(random: Random, birthDate: string, sex: 'F' | 'M'): string {
  const ddmmyy = `${birthDate.slice(8, 10)}${birthDate.slice(5, 7)}${birthDate.slice(2, 4)}`;
  const pool = centuryDigits(Number(birthDate.slice(0, 4)));
  const seventh = pool[random.integer(0, pool.length - 1)]!;
  const last = 2 * random.integer(0, 4) + (sex === 'M' ? 1 : 0);
  const cpr = `${ddmmyy}-${seventh}${random.integer(0, 9)}${random.integer(0, 9)}${last}`;
  if (!passesModulus11(cpr)) return cpr;
  // Two more on the last digit keeps its parity and moves the weighted sum off a multiple of 11.
  return `${cpr.slice(0, 10)}${(last + 2) % 10}`;
}

const centuryDigitsByYear = new Map<number, number[]>();

/** The 7th digits that put a 2-digit year in `year`, by the rule deriveFromCpr applies. */
function centuryDigits(year: number): number[] {
  let digits = centuryDigitsByYear.get(year);
  if (!digits) {
    // 1 February exists in every year, so only the century decides.
    const ddmmyy = `0102${String(year % 100).padStart(2, '0')}`;
    const all = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((digit) => {
      const derived = deriveFromCpr(`${ddmmyy}-${digit}000`);
      return derived.ok && derived.birthDate.startsWith(`${year}-`);
    });
    if (all.length === 0)
      throw new RangeError('syntheticCpr: the birth year is outside what CPR numbers can encode');
    // Citizens born in the 1900s nearly all got 0–3; 4 and 9 went to a few registered late.
    const usual = all.filter((digit) => digit <= 3);
    digits = usual.length > 0 ? usual : all;
    centuryDigitsByYear.set(year, digits);
  }
  return digits;
}

/** A citizen aged within [minAge, maxAge] on `onDate`, of either sex with equal chance. */
export function syntheticCitizen(
  random: Random,
  onDate: string,
  minAge = 0,
  maxAge = MAX_SYNTHETIC_AGE,
): SyntheticCitizen {
  const birthDate = drawBirthDate(random, drawAge(random, minAge, maxAge), onDate);
  const sex = random.chance(0.5) ? 'F' : 'M';
  return { cpr: syntheticCpr(random, birthDate, sex), birthDate, sex };
}
