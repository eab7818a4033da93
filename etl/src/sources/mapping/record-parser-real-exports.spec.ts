import type { CanonicalFields } from './canonical-field';
import { compileRecordParser, SKIPPED } from './record-parser';
import type { SourceMapping } from './source-mapping';

/** The mapping language for exports with more than one column per value (docs/sources.md). */
const fields = {
  ref: { type: 'text', required: true, holds: 'identifier' },
  arrivedAt: { type: 'timestamp', required: true },
  answeredAt: { type: 'timestamp', required: false },
  endedAt: { type: 'timestamp', required: false },
  outcome: { type: 'code', required: true, codes: ['answered', 'abandoned', 'ivr_only'] },
} as const satisfies CanonicalFields;

const header = ['date', 'id', 'entry', 'queued', 'served', 'left', 'wait', 'talk', 'result'];
const split = { format: 'HH:mm:ss', dateColumn: 'date', dateFormat: 'yyMMdd' };
const mapping = (fieldsOf: Partial<SourceMapping['fields']> = {}): SourceMapping => ({
  kind: 'test',
  sourceSystem: 'test',
  format: { type: 'csv', delimiter: '\t', encoding: 'utf-8' },
  timeZone: 'Asia/Jerusalem',
  twoDigitYearFrom: 1970,
  none: ['0:00:00'],
  fields: {
    ref: { columns: ['date', 'id'] },
    arrivedAt: { column: 'entry', ...split },
    answeredAt: { column: 'served', ...split, nextDayIfBefore: 'arrivedAt' },
    endedAt: { column: 'left', orElse: ['queued'], ...split, nextDayIfBefore: 'arrivedAt' },
    outcome: {
      column: 'result',
      values: { AGENT: 'answered' },
      skip: ['PHANTOM'],
      rules: [
        {
          when: [
            { column: 'result', in: ['HANG'] },
            { column: 'queued', empty: false },
          ],
          value: 'abandoned',
        },
        { when: [{ column: 'result', in: ['HANG'] }], value: 'ivr_only' },
      ],
    },
    ...fieldsOf,
  } as SourceMapping['fields'],
});
const row = (cells: Partial<Record<(typeof header)[number], string>>) =>
  header.map((column) => cells[column] ?? '0:00:00');
// 31 January 1999 in Jerusalem is UTC+2.
const utc = (iso: string) => Date.parse(`${iso}Z`);

describe('mapping language for real exports', () => {
  const sut = compileRecordParser(mapping(), fields, header);
  const parsed = (cells: Parameters<typeof row>[0]) => {
    const record = sut.parse(row(cells));
    if (record === SKIPPED || Array.isArray(record)) throw new Error(JSON.stringify(record));
    return record;
  };

  it('makes a reference of several columns and reads "none" cells as empty', () => {
    const record = parsed({ date: '990131', id: '16', entry: '9:00:00', result: 'HANG' });
    expect(record.ref).toBe('990131-16');
    expect(record.answeredAt).toBeNull();
    expect(record.endedAt).toBeNull();
  });

  it('rolls a time of day before the arrival over to the next day', () => {
    const record = parsed({
      date: '990131',
      id: '16',
      entry: '23:59:20',
      served: '0:00:06',
      left: '0:09:45',
      result: 'AGENT',
    });
    expect(record.arrivedAt).toMatchObject({ utcMillis: utc('1999-01-31T21:59:20') });
    expect(record.answeredAt).toMatchObject({ utcMillis: utc('1999-01-31T22:00:06') });
    expect(record.endedAt).toMatchObject({ utcMillis: utc('1999-01-31T22:09:45') });
  });

  it('takes the next column of orElse when the first is none', () => {
    const record = parsed({
      date: '990131',
      id: '1',
      entry: '9:00:00',
      queued: '9:01:00',
      result: 'HANG',
    });
    expect(record.endedAt).toMatchObject({ utcMillis: utc('1999-01-31T07:01:00') });
  });

  it.each([
    [{ result: 'AGENT', served: '9:00:30' }, 'answered'],
    [{ result: 'HANG', queued: '9:00:20' }, 'abandoned'],
    [{ result: 'HANG' }, 'ivr_only'],
  ])('decides the outcome of %j by the first rule that holds', (cells, outcome) => {
    expect(parsed({ date: '990131', id: '1', entry: '9:00:00', ...cells }).outcome).toBe(outcome);
  });

  it('skips a row whose code the mapping skips, however incomplete the rest of it is', () => {
    expect(sut.parse(row({ result: 'PHANTOM' }))).toBe(SKIPPED);
  });

  it('computes a timestamp from another plus a duration, in a chain', () => {
    const chained = compileRecordParser(
      mapping({
        answeredAt: { from: 'arrivedAt', column: 'wait', unit: 's' },
        endedAt: { from: 'answeredAt', column: 'talk', unit: 's' },
      }),
      fields,
      header,
    );
    const record = chained.parse(
      row({ date: '990131', id: '1', entry: '23:59:00', wait: '90', talk: '600', result: 'AGENT' }),
    );
    expect(record).toMatchObject({
      answeredAt: { utcMillis: utc('1999-01-31T22:00:30') },
      endedAt: { utcMillis: utc('1999-01-31T22:10:30') },
    });
  });

  it('says how a two-digit year was read when the pivot places it outside the calendar', () => {
    expect(sut.parse(row({ date: '460101', id: '1', entry: '9:00:00', result: 'HANG' }))).toEqual([
      {
        column: 'date',
        reason: 'is outside the years the warehouse covers (1995–2045): 460101 read as 2046-01-01',
        rawValue: '460101',
      },
    ]);
  });

  it("refuses a time in the zone's repeated autumn hour, naming the zone", () => {
    // Israel set its clocks back from 02:00 to 01:00 on 27 October 2024.
    expect(
      sut.parse(row({ date: '241027', id: '1', entry: '1:30:00', result: 'HANG' })),
    ).toContainEqual({
      column: 'entry',
      reason: 'occurs twice in Asia/Jerusalem time (the clocks go back that night)',
      rawValue: '241027 1:30:00',
    });
  });
});
