import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SOURCE_KINDS } from '../source-kinds';
import { MAPPINGS_DIR, readMapping } from './source-mapping';

const dir = mkdtempSync(join(tmpdir(), 'mapping-'));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const visits = SOURCE_KINDS.visits!;
const valid = JSON.parse(readFileSync(join(MAPPINGS_DIR, 'frontdesk-visits.json'), 'utf8'));

describe(readMapping.name, () => {
  it.each(Object.values(SOURCE_KINDS).map((kind) => [kind.kind, kind.defaultMapping]))(
    'accepts the shipped mapping for %s',
    (kind, file) => {
      expect(readMapping(join(MAPPINGS_DIR, file), kind, SOURCE_KINDS[kind]!.fields).kind).toBe(
        kind,
      );
    },
  );

  it.each(readdirSync(MAPPINGS_DIR).filter((f) => f.endsWith('.json') && !f.includes('schema')))(
    'accepts the shipped mapping file %s for its kind',
    (file) => {
      const { kind } = JSON.parse(readFileSync(join(MAPPINGS_DIR, file), 'utf8'));
      expect(readMapping(join(MAPPINGS_DIR, file), kind, SOURCE_KINDS[kind]!.fields).kind).toBe(
        kind,
      );
    },
  );

  it('refuses a file that is not JSON', () => {
    expect(() => readMapping(write('broken.json', '{ "kind": '), 'visits', visits.fields)).toThrow(
      /^mapping .*broken\.json: /,
    );
  });

  it('refuses what the JSON Schema refuses, naming the place', () => {
    const path = write('schema.json', {
      ...valid,
      format: { ...valid.format, delimiter: ':' },
      extra: 1,
    });
    expect(() => readMapping(path, 'visits', visits.fields)).toThrow(
      '/ must NOT have additional properties (extra); /format/delimiter must be equal to one of the allowed values',
    );
  });

  it('refuses a mapping that misses a required field, maps an unknown one or lacks a format', () => {
    const { ticketRef, ...fields } = valid.fields;
    const path = write('fields.json', {
      ...valid,
      fields: { ...fields, createdAt: { column: 'CreatedAt' }, colour: { column: 'Farve' } },
    });
    expect(() => readMapping(path, 'visits', visits.fields)).toThrow(
      'fields.ticketRef is required for visits; fields.createdAt needs a format; fields.colour is not a field of visits',
    );
  });

  it('refuses codes the kind does not know', () => {
    const path = write('codes.json', {
      ...valid,
      fields: {
        ...valid.fields,
        ticketType: { column: 'Tickettype', values: { Booket: 'reserved' } },
      },
    });
    expect(() => readMapping(path, 'visits', visits.fields)).toThrow(
      'fields.ticketType.values maps to unknown codes reserved (known: booked, walk_in)',
    );
  });

  it('refuses a mapping of another kind', () => {
    expect(() =>
      readMapping(join(MAPPINGS_DIR, 'ballerup-fremmoede.json'), 'visits', visits.fields),
    ).toThrow('maps "visits-aggregate", not "visits"');
  });

  it('reads an xlsx sheet only with the numbers the XLSX reader gives', () => {
    const sheet = { ...valid, format: { type: 'xlsx', sheet: 'Billetter' } };
    expect(
      readMapping(
        write('xlsx.json', { ...sheet, numbers: { decimalSeparator: '.' } }),
        'visits',
        visits.fields,
      ).format,
    ).toEqual({ type: 'xlsx', sheet: 'Billetter' });
    expect(() =>
      readMapping(
        write('xlsx-comma.json', { ...sheet, numbers: { thousandsSeparator: '.' } }),
        'visits',
        visits.fields,
      ),
    ).toThrow(
      'numbers.decimalSeparator must be "." for an xlsx sheet (its numbers are read as 1234.5); numbers.thousandsSeparator must be "" for an xlsx sheet (its numbers have none)',
    );
    expect(() =>
      readMapping(
        write('xlsx-delimiter.json', { ...sheet, format: { type: 'xlsx', delimiter: ';' } }),
        'visits',
        visits.fields,
      ),
    ).toThrow('/format must NOT have additional properties (delimiter)');
  });

  it('takes a date column only for a timestamp, with a time format and a date format', () => {
    const split = { column: 'Trukket', format: 'HH:mm', dateColumn: 'Dato' };
    expect(() =>
      readMapping(
        write('split-schema.json', { ...valid, fields: { ...valid.fields, createdAt: split } }),
        'visits',
        visits.fields,
      ),
    ).toThrow(
      '/fields/createdAt must have property dateFormat when property dateColumn is present',
    );
    const path = write('split.json', {
      ...valid,
      fields: {
        ...valid.fields,
        createdAt: { ...split, format: 'dd-MM-yyyy HH:mm', dateFormat: 'dd-MM-yyyy HH:mm' },
        ticketRef: { column: 'TicketId', dateColumn: 'Dato', dateFormat: 'dd-MM-yyyy' },
      },
    });
    expect(() => readMapping(path, 'visits', visits.fields)).toThrow(
      'fields.ticketRef.dateColumn is only for timestamps; fields.createdAt.format must be a time of day (HH, mm, ss): the date is in Dato; fields.createdAt.dateFormat must be a date (yyyy, yy, MM, dd)',
    );
  });
});

describe('readMapping for real exports', () => {
  const calls = SOURCE_KINDS.calls!;
  const acd = JSON.parse(readFileSync(join(MAPPINGS_DIR, 'acd-calls.json'), 'utf8'));
  const refusal = (name: string, change: (mapping: typeof acd) => void) => {
    const mapping = structuredClone(acd);
    change(mapping);
    return () => readMapping(write(name, mapping), 'calls', calls.fields);
  };

  it('refuses a two-digit year without a pivot', () => {
    expect(refusal('no-pivot.json', (m) => delete m.twoDigitYearFrom)).toThrow(
      /fields\.arrivedAt has a two-digit year \(yy\): say where they start with twoDigitYearFrom/,
    );
  });

  it('refuses a time zone the tz database does not know', () => {
    expect(refusal('bad-zone.json', (m) => (m.timeZone = 'Europe/Aarhus'))).toThrow(
      /timeZone "Europe\/Aarhus" is not a time zone/,
    );
  });

  it('refuses a rule that sets an unknown code, and rules on a field that is not coded', () => {
    expect(refusal('bad-rule.json', (m) => (m.fields.outcome.rules[0].value = 'hung_up'))).toThrow(
      /fields\.outcome\.values maps to unknown codes hung_up/,
    );
    expect(refusal('rule-on-text.json', (m) => (m.fields.queueLabel.skip = ['X']))).toThrow(
      /fields\.queueLabel: rules and skip are only for coded fields/,
    );
  });

  it('refuses a rollover anchored on a field with another date column', () => {
    expect(
      refusal('bad-anchor.json', (m) => (m.fields.answeredAt.nextDayIfBefore = 'queueSeconds')),
    ).toThrow(
      /fields\.answeredAt\.nextDayIfBefore must name a timestamp field with the same dateColumn/,
    );
  });
});
