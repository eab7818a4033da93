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
});
