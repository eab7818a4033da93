import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readSourceRows } from '../sources/read-rows';
import { MAPPINGS_DIR, readMapping, type SourceMapping } from '../sources/mapping/source-mapping';
import { sourceKind } from '../sources/source-kinds';
import { writeXlsx } from '@kanalindsigt/simulator/xlsx-writer';
import { goldenFiles } from '../testing/golden-files';
import { normalizeName, readColumnDictionary } from './column-dictionary';
import { detectFile } from './detect-file';
import { proposeMapping, sourceSystemOf } from './propose-mapping';

const dictionary = readColumnDictionary();

/** Every shipped mapping (and the test mapping of another shape) with a golden ok file in it. */
const CASES: { mapping: string; file: string; kind: string }[] = [
  { kind: 'visits', mapping: 'frontdesk-visits.json', file: 'frontdesk-five-tickets.csv' },
  {
    kind: 'visits',
    mapping: 'frontdesk-visits-daily-report.json',
    file: 'frontdesk-daily-report-date-and-time-columns.csv',
  },
  { kind: 'calls', mapping: 'telefoni-calls.json', file: 'telefoni-eight-calls.csv' },
  { kind: 'bookings', mapping: 'booking-bookings.json', file: 'booking-eight-bookings.csv' },
  {
    kind: 'booking-slots',
    mapping: 'booking-slots.json',
    file: 'tidsbestilling-kalender-uge-10-2021.csv',
  },
  {
    kind: 'visits-aggregate',
    mapping: 'ballerup-fremmoede.json',
    file: 'ballerup-kontaktcenter-fremmoede-2015-2016.csv',
  },
  {
    kind: 'calls-aggregate',
    mapping: 'hotline-calls-aggregate.json',
    file: 'ddh-statistik-0169-2021.csv',
  },
  {
    kind: 'calls-aggregate',
    mapping: join(goldenFiles('calls-aggregate').dir, 'first-and-last-day.mapping.json'),
    file: 'first-and-last-day-columns.csv',
  },
  {
    kind: 'selfservice',
    mapping: 'selvbetjening-selfservice.json',
    file: 'selvbetjening-januar-februar-2021.xlsx',
  },
  { kind: 'staffing', mapping: 'vagtplan-staffing.json', file: 'vagtplan-uge-49-2020.csv' },
  { kind: 'population', mapping: 'dst-population.json', file: 'thousands-separators.csv' },
];

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'mapping-assistant-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Another name the dictionary knows for each mapped column (a zone the header states stays
 * stated: the time zone is read from it), so the proposal cannot lean on the shipped names.
 */
function renamings(mapping: SourceMapping): Map<string, string> {
  const names = dictionary.kinds[mapping.kind]!;
  const renamed = new Map<string, string>();
  for (const [field, { column = '', dateColumn }] of Object.entries(mapping.fields)) {
    const other = names[field]!.names.find((name) => normalizeName(name) !== normalizeName(column));
    expect(other).toBeDefined();
    renamed.set(column, /utc/i.test(column) ? `${other} (UTC)` : other!);
    if (dateColumn)
      renamed.set(
        dateColumn,
        dictionary.dateColumn.find((name) => name !== dateColumn)!,
      );
  }
  return renamed;
}

/** The golden file with its mapped headers renamed and its columns in reverse order. */
async function disguise(path: string, mapping: SourceMapping): Promise<string> {
  const renamed = renamings(mapping);
  const rows: string[][] = [];
  for await (const { fields } of readSourceRows(path, mapping.format)) rows.push(fields);
  const [header, ...data] = rows;
  const disguised = [header!.map((name) => renamed.get(name.trim()) ?? name), ...data].map((row) =>
    [...row].reverse(),
  );
  const out = join(dir, `disguised-${basename(path)}`);
  if (mapping.format.type === 'xlsx') {
    const cells = disguised.map((row) =>
      row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)),
    );
    writeFileSync(out, writeXlsx([{ name: 'Ark1', rows: cells }], { deflate: true }));
    return out;
  }
  const { delimiter, encoding } = mapping.format;
  const quote = (cell: string) =>
    /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
  const text = disguised.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n';
  // Æ, ø and å are the same bytes in Latin-1 and Windows-1252.
  writeFileSync(out, encoding === 'windows-1252' ? Buffer.from(text, 'latin1') : text);
  return out;
}

describe(proposeMapping.name, () => {
  it.each(CASES)(
    'proposes $mapping for $file with its headers renamed and its columns reordered',
    async ({ kind, mapping: mappingFile, file }) => {
      const source = sourceKind(kind);
      const shipped = readMapping(
        mappingFile.includes('/') ? mappingFile : join(MAPPINGS_DIR, mappingFile),
        kind,
        source.fields,
      );
      const golden = goldenFiles(kind).ok(file);
      const renamed = renamings(shipped);
      const detected = await detectFile(await disguise(golden, shipped));
      const sut = proposeMapping(kind, detected, dictionary, file).mapping;

      expect(sut.format.type).toBe(shipped.format.type);
      if (shipped.format.type === 'csv' && sut.format.type === 'csv') {
        expect(sut.format.delimiter).toBe(shipped.format.delimiter);
        expect(sut.format.encoding).toBe(shipped.format.encoding);
      }
      expect(sut.timeZone).toBe(shipped.timeZone);
      expect(sut.numbers?.decimalSeparator).toBe(shipped.numbers?.decimalSeparator);
      expect(Object.keys(sut.fields).sort()).toEqual(Object.keys(shipped.fields).sort());
      const valuesInFile = (column: string) =>
        new Set(detected.rows.map((row) => (row[detected.header.indexOf(column)] ?? '').trim()));
      for (const [field, expected] of Object.entries(shipped.fields)) {
        const proposed = sut.fields[field]!;
        expect({ field, ...proposed, values: undefined }).toEqual({
          field,
          ...expected,
          column: renamed.get(expected.column ?? ''),
          dateColumn: expected.dateColumn && renamed.get(expected.dateColumn),
          values: undefined,
        });
        if (expected.values) {
          const inFile = valuesInFile(proposed.column ?? '');
          const relevant = (values: Record<string, string>) =>
            Object.fromEntries(Object.entries(values).filter(([value]) => inFile.has(value)));
          expect(relevant(proposed.values ?? {})).toEqual(relevant(expected.values));
        }
      }
    },
  );

  it('leaves a required field it cannot find to the admin and lists values it does not know', async () => {
    const path = join(dir, 'zylinc.csv');
    writeFileSync(
      path,
      'Opkalds-id;Linje;Starttid;Slut;Udfald\r\nA1;Borgerservice;04-03-2024 08:00:05;04-03-2024 08:03:00;Besvaret\r\nA2;Borgerservice;04-03-2024 08:01:00;04-03-2024 08:01:40;Afvist\r\n',
    );
    const sut = proposeMapping('calls', await detectFile(path), dictionary, 'Zylinc-opkald.csv');

    expect(sut.missingRequired).toEqual([]);
    expect(sut.mapping.fields.outcome).toEqual({
      column: 'Udfald',
      values: { Besvaret: 'answered' },
    });
    expect(sut.unknownValues).toEqual({ outcome: ['Afvist'] });
    expect(sut.mapping.sourceSystem).toBe('zylinc');
    expect(
      proposeMapping('visits', await detectFile(path), dictionary, 'x.csv').missingRequired,
    ).toEqual(['ticketRef', 'createdAt', 'serviceLabel', 'ticketType']);
  });

  it('names the source system after the file, in ASCII', () => {
    expect(sourceSystemOf('Ærø Borgerservice.csv', 'visits')).toBe('aeroe');
    expect(sourceSystemOf('2024-eksport.csv', 'visits')).toBe('visits');
  });

  it('keeps the dictionary well-formed: every field of every kind has two names or more', () => {
    for (const [kind, fields] of Object.entries(dictionary.kinds)) {
      const known = Object.keys(sourceKind(kind).fields);
      for (const [field, entry] of Object.entries(fields)) {
        expect(known).toContain(field);
        expect(entry.names.length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
