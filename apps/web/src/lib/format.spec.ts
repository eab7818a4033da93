import {
  copenhagenDate,
  formatDate,
  formatDecimal,
  formatHour,
  formatInteger,
  formatPeriod,
  formatMonth,
  formatNumber,
  formatWeekday,
  isLanguage,
} from './format';

describe('format', () => {
  it('formats numbers the Danish way and the British way', () => {
    expect(formatNumber(1234.5, 'da')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(2, 'da')).toBe('2');
    expect(formatNumber(1234.567, 'da', 2)).toBe('1.234,57');
  });

  it('formats whole numbers with grouping', () => {
    expect(formatInteger(1234, 'da')).toBe('1.234');
    expect(formatInteger(1234567, 'en')).toBe('1,234,567');
    expect(formatInteger(12.6, 'da')).toBe('13');
  });

  it('formats a fixed number of decimals', () => {
    expect(formatDecimal(12.5, 'da')).toBe('12,5');
    expect(formatDecimal(3, 'da')).toBe('3,0');
    expect(formatDecimal(0.25, 'en', 2)).toBe('0.25');
  });

  it('formats months', () => {
    expect(formatMonth('2024-01', 'da')).toBe('jan. 2024');
    expect(formatMonth('2024-05', 'da')).toBe('maj 2024');
    expect(formatMonth('2024-01', 'en')).toBe('Jan 2024');
    expect(formatMonth('2024-01', 'da', 'long')).toBe('januar 2024');
    expect(formatMonth('2024-12', 'en', 'long')).toBe('December 2024');
  });

  it('formats calendar dates without time-zone drift', () => {
    expect(formatDate('2026-10-31', 'da')).toBe('31. okt. 2026');
    expect(formatDate('2017-01-01', 'en')).toBe('1 Jan 2017');
  });

  it('formats ISO weekdays with a capital letter', () => {
    expect(formatWeekday(1, 'da')).toBe('Mandag');
    expect(formatWeekday(5, 'da')).toBe('Fredag');
    expect(formatWeekday(7, 'en')).toBe('Sunday');
    expect(() => formatWeekday(0, 'da')).toThrow(RangeError);
  });

  it('formats hours as clock times', () => {
    expect(formatHour(8, 'da')).toBe('08.00');
    expect(formatHour(14, 'en')).toBe('14:00');
    expect(formatHour(8, 'da', 45)).toBe('08.45');
  });

  it('rejects malformed dates', () => {
    expect(() => formatMonth('januar', 'da')).toThrow(RangeError);
    expect(() => formatDate('2024-1-1', 'da')).toThrow(RangeError);
  });

  it('recognises the supported languages', () => {
    expect(isLanguage('da')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });

  it('formats series periods of every grain', () => {
    expect(formatPeriod('2026-10-31', 'da')).toBe('31. okt. 2026');
    expect(formatPeriod('2026-10', 'en')).toBe('Oct 2026');
    expect(formatPeriod('2026-Q3', 'da')).toBe('3. kvt. 2026');
    expect(formatPeriod('2026-Q3', 'en')).toBe('Q3 2026');
    expect(formatPeriod('2026-W07', 'da')).toBe('uge 7 2026');
    expect(formatPeriod('2026', 'da')).toBe('2026');
  });

  it('gives the calendar day in Copenhagen of an instant, across midnight and summer time', () => {
    expect(copenhagenDate('2026-06-30T22:30:00Z')).toBe('2026-07-01');
    expect(copenhagenDate('2026-12-31T22:59:59Z')).toBe('2026-12-31');
    expect(copenhagenDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});
