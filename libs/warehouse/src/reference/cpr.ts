/**
 * Derivations from a Danish CPR number (ddmmyy-xxxx). The CPR number itself must never be stored,
 * logged or echoed: callers derive what they need (birth date → age band, sex, a keyed pseudonym)
 * and drop it. Nothing in this module puts CPR digits into a return value or an error message,
 * except the pseudonymizer's HMAC input.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type CprDerivation =
  { ok: true; birthDate: string /* YYYY-MM-DD */; sex: 'F' | 'M' } | { ok: false; reason: string };

export type AgeBandCode = '0-17' | '18-29' | '30-49' | '50-64' | '65-79' | '80+';

/** The minimum length of the pseudonym key, in bytes. */
export const MIN_SECRET_BYTES = 32;

const SECRET_ENV_VAR = 'CPR_PSEUDONYM_SECRET';

// ddmmyy, an optional hyphen, then the 4-digit serial; surrounding whitespace is allowed.
const CPR_FORM = /^\s*(\d{2})(\d{2})(\d{2})-?(\d{4})\s*$/;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type CprParts = { day: number; month: number; yy: number; serial: string; digits: string };

function parseCprForm(text: string): CprParts | undefined {
  const match = CPR_FORM.exec(text);
  if (!match) return undefined;
  const [, dd, mm, yy, serial] = match;
  if (dd === undefined || mm === undefined || yy === undefined || serial === undefined) {
    return undefined;
  }
  return {
    day: Number(dd),
    month: Number(mm),
    yy: Number(yy),
    serial,
    digits: `${dd}${mm}${yy}${serial}`,
  };
}

/** The full birth year from the 2-digit year and the 7th digit (the serial's first digit). */
function fullYear(yy: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + yy;
  if (seventhDigit === 4 || seventhDigit === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy; // 5–8
}

function isExistingDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Derives the birth date and sex from a CPR number. The modulus-11 check is deliberately not
 * applied: CPR numbers issued since 2007 need not satisfy it.
 */
export function deriveFromCpr(text: string): CprDerivation {
  const parts = parseCprForm(text);
  if (!parts) return { ok: false, reason: 'is not a CPR number of the form ddmmyy-xxxx' };
  const year = fullYear(parts.yy, Number(parts.serial[0]));
  if (!isExistingDate(year, parts.month, parts.day)) {
    return { ok: false, reason: 'has a birth date that does not exist' };
  }
  const lastDigit = Number(parts.serial[3]);
  return {
    ok: true,
    birthDate: isoDate(year, parts.month, parts.day),
    sex: lastDigit % 2 === 1 ? 'M' : 'F',
  };
}

function parseIsoDate(text: string, what: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(text);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  // The value is not echoed: a birth date is personal data too.
  if (!match || !isExistingDate(year, month, day)) {
    throw new RangeError(`ageOn: the ${what} is not an existing date of the form YYYY-MM-DD`);
  }
  return { year, month, day };
}

/**
 * Age in completed years on `onDate` (both YYYY-MM-DD). Someone born on 29 February turns a year
 * older on 1 March in common years.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const birth = parseIsoDate(birthDate, 'birth date');
  const on = parseIsoDate(onDate, 'date');
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  const age = on.year - birth.year - (beforeBirthday ? 1 : 0);
  if (age < 0) throw new RangeError('ageOn: the date is before the birth date');
  return age;
}

export function ageBandCode(age: number): AgeBandCode {
  if (!Number.isInteger(age) || age < 0) {
    throw new RangeError('ageBandCode: the age must be a non-negative whole number');
  }
  if (age <= 17) return '0-17';
  if (age <= 29) return '18-29';
  if (age <= 49) return '30-49';
  if (age <= 64) return '50-64';
  if (age <= 79) return '65-79';
  return '80+';
}

/**
 * Returns a function mapping a CPR number (with or without hyphen) to a stable pseudonym:
 * HMAC-SHA256 keyed with `secret` over the 10 digits, as 64 lowercase hex characters.
 */
export function createCprPseudonymizer(secret: Buffer | string): (cpr: string) => string {
  const key = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  if (key.length < MIN_SECRET_BYTES) {
    throw new Error(
      `The CPR pseudonym secret must be at least ${MIN_SECRET_BYTES} bytes (got ${key.length})`,
    );
  }
  return (cpr) => {
    const parts = parseCprForm(cpr);
    if (!parts) throw new Error('Cannot pseudonymize: not a CPR number of the form ddmmyy-xxxx');
    return createHmac('sha256', key).update(parts.digits, 'utf8').digest('hex');
  };
}

function errorCode(error: unknown): unknown {
  // Structural, not `instanceof Error`: errors from node:fs can come from another realm (e.g. Jest).
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}

function checkSecretLength(secret: Buffer, source: string): Buffer {
  if (secret.length < MIN_SECRET_BYTES) {
    throw new Error(
      `The CPR pseudonym secret from ${source} is ${secret.length} bytes; at least ` +
        `${MIN_SECRET_BYTES} are required (e.g. 64 hex characters from \`openssl rand -hex 32\`)`,
    );
  }
  return secret;
}

/**
 * The key for {@link createCprPseudonymizer}. Taken from the environment variable
 * CPR_PSEUDONYM_SECRET when set (hex when it is 64 or more hex characters, otherwise its UTF-8
 * bytes); otherwise read as hex text from `localFile`, which is created with 32 random bytes
 * (mode 0600) when it does not exist. `localFile` must be git-ignored.
 */
export function loadPseudonymSecret(options: {
  env?: NodeJS.ProcessEnv;
  localFile: string;
}): Buffer {
  const env = options.env ?? process.env;
  const fromEnv = env[SECRET_ENV_VAR];
  if (fromEnv !== undefined && fromEnv !== '') {
    const value = fromEnv.trim();
    const secret = /^(?:[0-9a-fA-F]{2}){32,}$/.test(value)
      ? Buffer.from(value, 'hex')
      : Buffer.from(value, 'utf8');
    return checkSecretLength(secret, `the environment variable ${SECRET_ENV_VAR}`);
  }

  const { localFile } = options;
  let text: string;
  try {
    text = readFileSync(localFile, 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
    return createSecretFile(localFile);
  }
  const value = text.trim();
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(value)) {
    throw new Error(`The CPR pseudonym secret file ${localFile} does not contain hex text`);
  }
  return checkSecretLength(Buffer.from(value, 'hex'), `the file ${localFile}`);
}

function createSecretFile(localFile: string): Buffer {
  const secret = randomBytes(MIN_SECRET_BYTES);
  mkdirSync(dirname(localFile), { recursive: true, mode: 0o700 });
  try {
    // 'wx': never overwrite a key that another process wrote in the meantime.
    writeFileSync(localFile, `${secret.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if (errorCode(error) === 'EEXIST') {
      return loadPseudonymSecret({ env: {}, localFile });
    }
    throw error;
  }
  return secret;
}
