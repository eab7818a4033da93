/**
 * @jest-environment node
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsxRows } from '../../../../../etl/src/sources/xlsx/xlsx-reader';
import { toCsv } from './csv';
import { SUPPRESSED, type TableData } from './table-data';
import { toXlsx } from './xlsx';
import { crc32 } from './zip';

const table: TableData = {
  caption: 'Fremmøder pr. aldersgruppe, 3. kvartal 2026',
  fileName: 'test',
  columns: [
    { key: 'age', header: 'Aldersgruppe', kind: 'text' },
    { key: 'visits', header: 'Fremmøder', kind: 'integer' },
    { key: 'share', header: 'Andel; i %', kind: 'percent' },
  ],
  rows: [
    { age: '65-79 år', visits: 1234, share: 12.5 },
    { age: 'Under 18 "unge"', visits: SUPPRESSED, share: null },
  ],
};

describe('CSV download', () => {
  it('is what Danish Excel opens: BOM, semicolons, decimal comma, quoted text, ".." for hidden', () => {
    expect(toCsv(table, 'da')).toBe(
      '\uFEFFAldersgruppe;Fremmøder;"Andel; i %"\r\n' +
        '65-79 år;1234;12,5\r\n' +
        '"Under 18 ""unge""";..;\r\n',
    );
  });

  it('uses commas and decimal points in English', () => {
    expect(toCsv(table, 'en').split('\r\n')[1]).toBe('65-79 år,1234,12.5');
  });
});

describe('XLSX download', () => {
  it('opens with the ETL’s own XLSX reader: caption, headers, numbers as numbers', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'table.xlsx');
    writeFileSync(path, toXlsx(table, 'da'));
    const rows: string[][] = [];
    for await (const row of readXlsxRows(path)) rows.push(row.fields);
    expect(rows).toEqual([
      ['Fremmøder pr. aldersgruppe, 3. kvartal 2026'],
      ['Aldersgruppe', 'Fremmøder', 'Andel; i %'],
      ['65-79 år', '1234', '12.5'],
      ['Under 18 "unge"', '..'],
    ]);
  });

  it('computes CRC-32 as zlib does', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
