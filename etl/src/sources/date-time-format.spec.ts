import { compileTimestampParser } from './date-time-format';

describe(compileTimestampParser.name, () => {
  const danish = compileTimestampParser('dd-MM-yyyy HH:mm:ss');

  it('reads Danish wall-clock time in winter (UTC+1) and summer (UTC+2)', () => {
    expect(danish('04-03-2024 09:02:10')).toMatchObject({
      ok: true,
      utcMillis: Date.UTC(2024, 2, 4, 8, 2, 10),
    });
    expect(danish('01-07-2024 09:00:00')).toMatchObject({
      ok: true,
      utcMillis: Date.UTC(2024, 6, 1, 7, 0, 0),
    });
  });

  it('accepts the form without seconds', () => {
    expect(danish('04-03-2024 09:02')).toMatchObject({
      ok: true,
      utcMillis: Date.UTC(2024, 2, 4, 8, 2, 0),
    });
  });

  it('supports dotted dates', () => {
    expect(compileTimestampParser('dd.MM.yyyy HH:mm')('27.09.2016 14:30')).toMatchObject({
      ok: true,
    });
  });

  it.each([
    ['2024-03-04 09:02', 'is not a date and time of the form dd-MM-yyyy HH:mm:ss'],
    ['30-02-2024 09:00:00', 'is not a valid calendar date and time'],
    ['31-03-2024 02:30:00', 'does not exist in Copenhagen time'],
    ['27-10-2024 02:30:00', 'occurs twice in Copenhagen time'],
    ['01-01-1980 09:00:00', 'is outside the years that can be placed in Copenhagen time'],
  ])('refuses %s', (text, reason) => {
    const parsed = danish(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain(reason);
  });

  it('refuses a UTC time outside the calendar years instead of throwing', () => {
    const utc = compileTimestampParser('yyyy-MM-dd HH:mm:ss', 'UTC');
    expect(utc('1980-01-01 09:00:00')).toEqual({
      ok: false,
      reason: 'is outside the years that can be placed in Copenhagen time',
    });
  });

  it('reads two-digit years as 2000–2099 when the format says yy', () => {
    expect(compileTimestampParser('dd-MM-yy HH:mm')('04-03-24 09:05')).toMatchObject({
      ok: true,
      utcMillis: Date.UTC(2024, 2, 4, 8, 5),
    });
  });
});
