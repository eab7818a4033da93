import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ageBandCode,
  ageOn,
  createCprPseudonymizer,
  deriveFromCpr,
  loadPseudonymSecret,
} from './cpr';

describe(deriveFromCpr.name, () => {
  it.each([
    ['010203-1234', '1903-02-01'], // 7th digit 0–3: 1900s
    ['010299-3234', '1999-02-01'],
    ['010203-4234', '2003-02-01'], // 4, yy ≤ 36: 2000s
    ['010236-4234', '2036-02-01'],
    ['010237-4234', '1937-02-01'], // 4, yy > 36: 1900s
    ['010260-4234', '1960-02-01'],
    ['010250-5234', '2050-02-01'], // 5–8, yy ≤ 57: 2000s
    ['010257-8234', '2057-02-01'],
    ['010258-5234', '1858-02-01'], // 5–8, yy > 57: 1800s
    ['010260-5234', '1860-02-01'],
    ['010299-8234', '1899-02-01'],
    ['010230-9234', '2030-02-01'], // 9, yy ≤ 36: 2000s
    ['010236-9234', '2036-02-01'],
    ['010237-9234', '1937-02-01'], // 9, yy > 36: 1900s
    ['010240-9234', '1940-02-01'],
  ])('derives the century of %s', (cpr, birthDate) => {
    expect(deriveFromCpr(cpr)).toEqual({ ok: true, birthDate, sex: 'F' });
  });

  it('reads the sex from the last digit: odd is male, even is female', () => {
    for (let last = 0; last <= 9; last++) {
      const derived = deriveFromCpr(`150585-123${last}`);
      expect(derived).toMatchObject({ ok: true, sex: last % 2 === 1 ? 'M' : 'F' });
    }
  });

  it('accepts the form without hyphen and surrounding whitespace', () => {
    const expected = { ok: true, birthDate: '1985-05-15', sex: 'M' };
    expect(deriveFromCpr('1505851233')).toEqual(expected);
    expect(deriveFromCpr('  150585-1233\t')).toEqual(expected);
  });

  it('does not apply the modulus-11 check', () => {
    // 010203-1234 fails modulus 11 (weighted sum 50); 070761-4285 passes. Both are accepted.
    expect(deriveFromCpr('010203-1234').ok).toBe(true);
    expect(deriveFromCpr('070761-4285').ok).toBe(true);
  });

  it('accepts 29 February only in leap years', () => {
    expect(deriveFromCpr('290200-4231')).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    // 7th digit 3 puts 00 in 1900, which was not a leap year.
    expect(deriveFromCpr('290200-3231')).toMatchObject({ ok: false });
    expect(deriveFromCpr('290296-1231')).toMatchObject({ ok: true, birthDate: '1996-02-29' });
    expect(deriveFromCpr('290297-1231')).toMatchObject({ ok: false });
  });

  it.each([
    '310299-1234',
    '300284-1234',
    '290201-1234',
    '000185-1234',
    '320185-1234',
    '011385-1234',
    '010085-1234',
    '310485-1234',
  ])('refuses the non-existent birth date in %s', (cpr) => {
    expect(deriveFromCpr(cpr)).toEqual({
      ok: false,
      reason: 'has a birth date that does not exist',
    });
  });

  it.each([
    '',
    '   ',
    '010203-123',
    '010203-12345',
    '01020312345',
    '010203 1234',
    '01-02-03-1234',
    '0102-031234',
    'abcdef-ghij',
    '010203–1234', // en dash
    'CPR 010203-1234',
    '010203-1234 x',
    '１２３４５６-７８９０', // full-width digits
  ])('refuses the malformed input %j', (text) => {
    expect(deriveFromCpr(text)).toEqual({
      ok: false,
      reason: 'is not a CPR number of the form ddmmyy-xxxx',
    });
  });

  it.each(['310299-1234', '3102991234', '010203-123', 'CPR 010203-1234', '290201-4231'])(
    'never puts digits in the reason for %s',
    (text) => {
      const derived = deriveFromCpr(text);
      expect(derived.ok).toBe(false);
      expect(!derived.ok && derived.reason).not.toMatch(/\d/);
    },
  );
});

describe(ageOn.name, () => {
  it.each([
    ['1990-06-15', '2020-06-14', 29],
    ['1990-06-15', '2020-06-15', 30],
    ['1990-06-15', '2020-06-16', 30],
    ['1990-06-15', '1990-06-15', 0],
    ['1990-12-31', '1991-01-01', 0],
    ['1990-01-01', '2020-12-31', 30],
    ['2000-02-29', '2001-02-28', 0],
    ['2000-02-29', '2001-03-01', 1],
    ['2000-02-29', '2004-02-28', 3],
    ['2000-02-29', '2004-02-29', 4],
    ['1858-01-01', '2024-01-01', 166],
  ])('someone born %s is, on %s, %i', (birthDate, onDate, age) => {
    expect(ageOn(birthDate, onDate)).toBe(age);
  });

  it('refuses a date before the birth date and malformed dates', () => {
    expect(() => ageOn('2000-01-02', '2000-01-01')).toThrow(RangeError);
    expect(() => ageOn('2000-02-30', '2020-01-01')).toThrow(RangeError);
    expect(() => ageOn('01-02-2000', '2020-01-01')).toThrow(RangeError);
    expect(() => ageOn('2000-01-01', '2020-1-1')).toThrow(RangeError);
  });

  it('does not echo the birth date in its errors', () => {
    expect(() => ageOn('1985-05-15', '1980-01-01')).toThrow(/^(?!.*1985).*$/);
  });
});

describe(ageBandCode.name, () => {
  it.each([
    [0, '0-17'],
    [17, '0-17'],
    [18, '18-29'],
    [29, '18-29'],
    [30, '30-49'],
    [49, '30-49'],
    [50, '50-64'],
    [64, '50-64'],
    [65, '65-79'],
    [79, '65-79'],
    [80, '80+'],
    [120, '80+'],
  ])('puts age %i in band %s', (age, band) => {
    expect(ageBandCode(age)).toBe(band);
  });

  it.each([-1, 17.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses age %p', (age) => {
    expect(() => ageBandCode(age)).toThrow(RangeError);
  });
});

describe(createCprPseudonymizer.name, () => {
  const secretA = 'kanalindsigt-test-secret-0123456789abcdef';
  const secretB = Buffer.alloc(32, 7);

  it('is HMAC-SHA256 over the 10 digits, as 64 lowercase hex characters', () => {
    // printf '0102031234' | openssl dgst -sha256 -hmac 'kanalindsigt-test-secret-0123456789abcdef'
    expect(createCprPseudonymizer(secretA)('010203-1234')).toBe(
      'b95ca121a7542f3479be804527cfac9b0442f6282868760a2f03200c0a77a78f',
    );
    expect(createCprPseudonymizer(secretB)('150585-1233')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is deterministic per secret and the same with and without hyphen', () => {
    const pseudonymize = createCprPseudonymizer(secretA);
    const again = createCprPseudonymizer(Buffer.from(secretA, 'utf8'));
    expect(pseudonymize('150585-1233')).toBe(pseudonymize('150585-1233'));
    expect(pseudonymize('150585-1233')).toBe(again('150585-1233'));
    expect(pseudonymize('1505851233')).toBe(pseudonymize('150585-1233'));
    expect(pseudonymize(' 150585-1233 ')).toBe(pseudonymize('150585-1233'));
  });

  it('differs between secrets and between people', () => {
    const a = createCprPseudonymizer(secretA);
    const b = createCprPseudonymizer(secretB);
    expect(a('150585-1233')).not.toBe(b('150585-1233'));
    expect(a('150585-1233')).not.toBe(a('150585-1235'));
  });

  it('refuses a secret shorter than 32 bytes', () => {
    expect(() => createCprPseudonymizer('too short')).toThrow(/at least 32 bytes/);
    expect(() => createCprPseudonymizer(Buffer.alloc(31))).toThrow(/at least 32 bytes/);
    expect(() => createCprPseudonymizer(Buffer.alloc(32))).not.toThrow();
  });

  it('refuses input that is not CPR-shaped, without echoing it', () => {
    const pseudonymize = createCprPseudonymizer(secretA);
    expect(() => pseudonymize('010203-123')).toThrow(/^(?!.*\d{3}).*$/);
  });
});

describe(loadPseudonymSecret.name, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cpr-secret-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('generates a 32-byte key file once, with mode 600, and then reuses it', () => {
    const localFile = join(dir, '.secrets', 'nested', 'cpr-pseudonym.key');
    const first = loadPseudonymSecret({ env: {}, localFile });
    expect(first).toHaveLength(32);
    expect(statSync(localFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(localFile, 'utf8').trim()).toBe(first.toString('hex'));

    const second = loadPseudonymSecret({ env: {}, localFile });
    expect(second.equals(first)).toBe(true);

    const other = loadPseudonymSecret({ env: {}, localFile: join(dir, 'other.key') });
    expect(other.equals(first)).toBe(false);
  });

  it('reads an existing hex key file', () => {
    const localFile = join(dir, 'cpr-pseudonym.key');
    const hex = 'ab'.repeat(40);
    writeFileSync(localFile, `${hex}\n`);
    expect(loadPseudonymSecret({ env: {}, localFile }).toString('hex')).toBe(hex);
  });

  it('refuses a key file that is too short or not hex', () => {
    const localFile = join(dir, 'cpr-pseudonym.key');
    writeFileSync(localFile, 'ab'.repeat(31));
    expect(() => loadPseudonymSecret({ env: {}, localFile })).toThrow(/at least 32/);
    writeFileSync(localFile, 'not hex at all, but long enough to be a key of 32 bytes');
    expect(() => loadPseudonymSecret({ env: {}, localFile })).toThrow(/hex/);
  });

  it('honours CPR_PSEUDONYM_SECRET as hex and does not touch the file', () => {
    const localFile = join(dir, 'cpr-pseudonym.key');
    const hex = '0123456789abcdef'.repeat(4);
    const secret = loadPseudonymSecret({ env: { CPR_PSEUDONYM_SECRET: hex }, localFile });
    expect(secret).toEqual(Buffer.from(hex, 'hex'));
    expect(secret).toHaveLength(32);
    expect(() => statSync(localFile)).toThrow();
  });

  it('takes CPR_PSEUDONYM_SECRET as UTF-8 when it is not 64+ hex characters', () => {
    const localFile = join(dir, 'cpr-pseudonym.key');
    const text = 'a passphrase that is well over thirty-two bytes long';
    expect(loadPseudonymSecret({ env: { CPR_PSEUDONYM_SECRET: text }, localFile })).toEqual(
      Buffer.from(text, 'utf8'),
    );
    // 62 hex characters are not read as hex, but as 62 UTF-8 bytes.
    const shortHex = 'ab'.repeat(31);
    expect(loadPseudonymSecret({ env: { CPR_PSEUDONYM_SECRET: shortHex }, localFile })).toEqual(
      Buffer.from(shortHex, 'utf8'),
    );
  });

  it('rejects a short CPR_PSEUDONYM_SECRET', () => {
    const localFile = join(dir, 'cpr-pseudonym.key');
    expect(() =>
      loadPseudonymSecret({ env: { CPR_PSEUDONYM_SECRET: 'short secret' }, localFile }),
    ).toThrow(/CPR_PSEUDONYM_SECRET.*at least 32/);
    expect(() => statSync(localFile)).toThrow();
  });
});
