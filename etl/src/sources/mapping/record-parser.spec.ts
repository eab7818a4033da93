import type { CanonicalFields } from './canonical-field';
import { compileRecordParser, HeaderError } from './record-parser';
import type { SourceMapping } from './source-mapping';

const fields = {
  label: { type: 'text', required: true },
  count: { type: 'integer', required: true },
  share: { type: 'decimal', required: false },
  day: { type: 'date', required: false },
  at: { type: 'timestamp', required: false },
  talk: { type: 'duration', required: false },
  outcome: { type: 'code', required: false, codes: ['answered', 'abandoned'] },
} as const satisfies CanonicalFields;

const mapping = (overrides: Partial<SourceMapping> = {}): SourceMapping => ({
  kind: 'test',
  sourceSystem: 'test',
  format: { type: 'csv', delimiter: ';', encoding: 'utf-8' },
  timeZone: 'UTC',
  numbers: { decimalSeparator: ',', thousandsSeparator: '.' },
  fields: {
    label: { column: 'Navn' },
    count: { column: 'Antal' },
    share: { column: 'Andel' },
    day: { column: 'Dato', format: 'dd.MM.yyyy' },
    at: { column: 'Tid', format: 'yyyy-MM-dd HH:mm:ss' },
    talk: { column: 'Samtale', unit: 'ms' },
    outcome: { column: 'Udfald', values: { Besvaret: 'answered', Opgivet: 'abandoned' } },
  },
  ...overrides,
});
const header = ['Navn', 'Antal', 'Andel', 'Dato', 'Tid', 'Samtale', 'Udfald'];

describe(compileRecordParser.name, () => {
  const sut = compileRecordParser(mapping(), fields, header);

  it('casts every field by its type', () => {
    expect(
      sut.parse(['Pas', '1.234', '12,5', '27.09.2016', '2020-03-29 00:30:00', '90500', 'Besvaret']),
    ).toEqual({
      label: 'Pas',
      count: 1234,
      share: 12.5,
      day: '2016-09-27',
      // 00:30 UTC is 01:30 in Copenhagen (winter time, the night clocks go forward)
      at: {
        utcMillis: Date.UTC(2020, 2, 29, 0, 30),
        wallClock: expect.objectContaining({ hour: 1, minute: 30 }),
      },
      talk: 91,
      outcome: 'answered',
    });
  });

  it('lists every bad cell of a row with its source column', () => {
    expect(sut.parse(['', '1.5', 'x', '31.02.2016', 'nu', '-5', 'Optaget'])).toEqual([
      { column: 'Navn', reason: 'is empty but required', rawValue: '' },
      {
        column: 'Antal',
        reason: "has a '.' where the mapping's decimal separator is ','",
        rawValue: '1.5',
      },
      { column: 'Andel', reason: 'is not a number', rawValue: 'x' },
      { column: 'Dato', reason: 'is not a valid calendar date and time', rawValue: '31.02.2016' },
      {
        column: 'Tid',
        reason: 'is not a date and time of the form yyyy-MM-dd HH:mm:ss',
        rawValue: 'nu',
      },
      { column: 'Samtale', reason: 'is a negative duration', rawValue: '-5' },
      { column: 'Udfald', reason: 'is not a known value (Besvaret, Opgivet)', rawValue: 'Optaget' },
    ]);
  });

  it('reads H:MM:SS durations', () => {
    const parser = compileRecordParser(
      mapping({
        fields: {
          label: { column: 'Navn' },
          count: { column: 'Antal' },
          talk: { column: 'Samtale', unit: 'h:mm:ss' },
        },
      }),
      fields,
      header,
    );
    expect(parser.parse(['Pas', '1', '', '', '', '1:02:03', ''])).toMatchObject({ talk: 3723 });
  });

  it('refuses a row with a different number of fields than the header', () => {
    expect(sut.parse(['Pas', '1'])).toEqual([
      { column: null, reason: 'has 2 fields where the header has 7', rawValue: 'Pas;1' },
    ]);
  });

  it('refuses a header without a mapped column or with it twice', () => {
    expect(() => compileRecordParser(mapping(), fields, header.slice(1))).toThrow(
      new HeaderError('Navn', 'is missing from the header'),
    );
    expect(() => compileRecordParser(mapping(), fields, [...header, 'Antal'])).toThrow(
      'column "Antal" appears twice in the header',
    );
  });

  describe('CPR numbers', () => {
    const personal = {
      note: { type: 'text', required: false },
      ref: { type: 'text', required: true, holds: 'identifier' },
      cpr: { type: 'text', required: false, holds: 'cpr' },
      count: { type: 'integer', required: false },
    } as const satisfies CanonicalFields;
    const personalMapping = mapping({
      fields: {
        note: { column: 'Note' },
        ref: { column: 'Id' },
        cpr: { column: 'CPR' },
        count: { column: 'Antal' },
      },
    });
    const parser = compileRecordParser(personalMapping, personal, ['Note', 'Id', 'CPR', 'Antal']);

    it('masks them in free text, keeps identifiers verbatim and hands the CPR field to the stager', () => {
      expect(parser.parse(['ringede 010203-1234', '0102031234', '010203-1234', '1'])).toEqual({
        note: 'ringede XXXXXX-XXXX',
        ref: '0102031234',
        cpr: '010203-1234',
        count: 1,
      });
    });

    it('never shows the cell of a CPR field, nor a line that cannot be split', () => {
      expect(parser.sourceCell('cpr', ['', '1', '503560308', '1'])).toEqual({
        column: 'CPR',
        rawValue: '',
      });
      expect(parser.parse(['x', '1', '503560308'])).toEqual([
        {
          column: null,
          reason: 'has 3 fields where the header has 4 (line withheld: it may hold a CPR number)',
          rawValue: '',
        },
      ]);
    });
  });

  describe('spreadsheet cells', () => {
    const sheet = mapping({
      format: { type: 'xlsx' },
      numbers: { decimalSeparator: '.', thousandsSeparator: '' },
    });
    const parser = compileRecordParser(sheet, fields, header);

    it('refuses a formula in any field, naming the column and the formula', () => {
      expect(parser.parse(['=A1&"x"', '=SUM(B2:B9)', '12.5', '', '', '', 'Besvaret'])).toEqual([
        {
          column: 'Navn',
          reason: 'is a spreadsheet formula (=A1&"x"), not a value',
          rawValue: '=A1&"x"',
        },
        {
          column: 'Antal',
          reason: 'is a spreadsheet formula (=SUM(B2:B9)), not a value',
          rawValue: '=SUM(B2:B9)',
        },
      ]);
    });

    it('reads the numbers of a sheet with a decimal point', () => {
      expect(parser.parse(['Pas', '1021', '12.5', '', '', '', ''])).toMatchObject({
        count: 1021,
        share: 12.5,
      });
    });

    it('keeps a CSV cell that starts with "=" as text', () => {
      expect(sut.parse(['=ikke en formel', '1', '', '', '', '', ''])).toMatchObject({
        label: '=ikke en formel',
      });
    });

    it('gives no delimiter hint for a sheet whose header is one cell', () => {
      expect(() => compileRecordParser(sheet, fields, ['Navn;Antal'])).toThrow(
        new HeaderError('Navn', 'is missing from the header'),
      );
    });

    it('leaves the formula out of the reason for a CPR field', () => {
      const cprParser = compileRecordParser(
        { ...sheet, fields: { cpr: { column: 'CPR' } } },
        { cpr: { type: 'text', required: true, holds: 'cpr' } },
        ['CPR'],
      );
      expect(cprParser.parse(['="010203"&"1234"'])).toEqual([
        { column: 'CPR', reason: 'is a spreadsheet formula, not a value', rawValue: '' },
      ]);
    });
  });

  describe('a date and times of day in separate columns', () => {
    const ticket = {
      drawnAt: { type: 'timestamp', required: true },
      calledAt: { type: 'timestamp', required: false },
    } as const satisfies CanonicalFields;
    const split = (format: SourceMapping['format'] = mapping().format) =>
      mapping({
        format,
        timeZone: 'Europe/Copenhagen',
        fields: {
          drawnAt: {
            column: 'Trukket',
            format: 'HH:mm:ss',
            dateColumn: 'Dato',
            dateFormat: 'dd-MM-yyyy',
          },
          calledAt: {
            column: 'Kaldt',
            format: 'HH:mm:ss',
            dateColumn: 'Dato',
            dateFormat: 'dd-MM-yyyy',
          },
        },
      });
    const parser = compileRecordParser(split(), ticket, ['Dato', 'Trukket', 'Kaldt']);

    it("joins each time to the shared date, in the mapping's zone", () => {
      expect(parser.parse(['04-03-2024', '09:02:10', '09:20'])).toEqual({
        drawnAt: {
          utcMillis: Date.UTC(2024, 2, 4, 8, 2, 10),
          wallClock: { year: 2024, month: 3, day: 4, hour: 9, minute: 2, second: 10 },
        },
        calledAt: expect.objectContaining({ utcMillis: Date.UTC(2024, 2, 4, 8, 20) }),
      });
    });

    it('reads an empty time as no timestamp, whatever the date', () => {
      expect(parser.parse(['04-03-2024', '09:02:10', ''])).toMatchObject({ calledAt: null });
      expect(parser.parse(['04-03-2024', '', ''])).toEqual([
        { column: 'Trukket', reason: 'is empty but required', rawValue: '' },
      ]);
    });

    it('names the date column for a bad date (once) and the time column for a bad time', () => {
      expect(parser.parse(['4/3/2024', '09:02:10', '09:20'])).toEqual([
        { column: 'Dato', reason: 'is not a date of the form dd-MM-yyyy', rawValue: '4/3/2024' },
      ]);
      expect(parser.parse(['', '09:02:10', ''])).toEqual([
        { column: 'Dato', reason: 'is empty although Trukket is not', rawValue: '' },
      ]);
      expect(parser.parse(['04-03-2024', '9.20', '25:00'])).toEqual([
        {
          column: 'Trukket',
          reason: 'is not a time of day of the form HH:mm:ss',
          rawValue: '9.20',
        },
        { column: 'Kaldt', reason: 'is not a valid time of day', rawValue: '25:00' },
      ]);
    });

    it('names the time column, showing date and time, for a time the clocks skip', () => {
      expect(parser.parse(['31-03-2024', '02:30:00', ''])).toEqual([
        {
          column: 'Trukket',
          reason: 'does not exist in Copenhagen time (clocks jump from 02:00 to 03:00 that night)',
          rawValue: '31-03-2024 02:30:00',
        },
      ]);
    });

    it('shows date and time together for a rule that judges the timestamp', () => {
      expect(parser.sourceCell('calledAt', ['04-03-2024', '09:02:10', '08:59'])).toEqual({
        column: 'Kaldt',
        rawValue: '04-03-2024 08:59',
      });
    });

    it('refuses a header without the date column or with it twice', () => {
      expect(() => compileRecordParser(split(), ticket, ['Trukket', 'Kaldt'])).toThrow(
        new HeaderError('Dato', 'is missing from the header'),
      );
      expect(() =>
        compileRecordParser(split(), ticket, ['Dato', 'Trukket', 'Kaldt', 'Dato']),
      ).toThrow('column "Dato" appears twice in the header');
    });

    it('refuses a formula in the date column of a sheet', () => {
      const sheet = compileRecordParser(split({ type: 'xlsx' }), ticket, [
        'Dato',
        'Trukket',
        'Kaldt',
      ]);
      expect(sheet.parse(['=TODAY()', '09:02:10', ''])).toEqual([
        {
          column: 'Dato',
          reason: 'is a spreadsheet formula (=TODAY()), not a value',
          rawValue: '=TODAY()',
        },
      ]);
    });
  });
});
