import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDelimitedRows } from './delimited-reader';
import type { SourceRow } from './source-row';

const dir = mkdtempSync(join(tmpdir(), 'reader-'));
async function read(
  content: string | Buffer,
  encoding: 'utf-8' | 'windows-1252' = 'utf-8',
): Promise<SourceRow[]> {
  const path = join(dir, `f${Math.random()}.csv`);
  writeFileSync(path, content);
  const rows: SourceRow[] = [];
  for await (const row of readDelimitedRows(path, ';', encoding)) rows.push(row);
  return rows;
}

describe(readDelimitedRows.name, () => {
  it('strips a BOM and reads CRLF lines with spreadsheet row numbers', async () => {
    expect(await read('\uFEFFa;b\r\n1;2\r\n3;4\r\n')).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 2, fields: ['1', '2'] },
      { row: 3, fields: ['3', '4'] },
    ]);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks', async () => {
    expect(await read('a;b\n"x;y";"he said ""hej"""\n"multi\nline";z\n')).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 2, fields: ['x;y', 'he said "hej"'] },
      { row: 3, fields: ['multi\nline', 'z'] },
    ]);
  });

  it('keeps empty fields, skips blank lines but counts them, and reads a last line without newline', async () => {
    expect(await read('a;b\n;\n\n1;2')).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 2, fields: ['', ''] },
      { row: 4, fields: ['1', '2'] },
    ]);
  });

  it('rejects a file that ends inside a quoted field', async () => {
    await expect(read('a;b\n"1;2\n')).rejects.toThrow('the file ends inside a quoted field');
  });

  it('counts a CRLF split across read chunks as one line break', async () => {
    const line = `${'x'.repeat((1 << 20) - 3)};y\r\n`;
    const rows = await read(`${line}a;b\r\n`);
    expect(rows.map((r) => r.row)).toEqual([1, 2]);
  });

  it('reads Windows-1252 text when told to', async () => {
    const latin1 = Buffer.from('Ydelse;Antal\r\nK\xf8rekort;3\r\n', 'latin1');
    expect(await read(latin1, 'windows-1252')).toEqual([
      { row: 1, fields: ['Ydelse', 'Antal'] },
      { row: 2, fields: ['Kørekort', '3'] },
    ]);
  });

  it('refuses Windows-1252 bytes read as UTF-8, pointing at the encoding', async () => {
    const latin1 = Buffer.from('Ydelse;Antal\r\nK\xf8rekort;3\r\n', 'latin1');
    await expect(read(latin1)).rejects.toThrow(
      'is not valid utf-8 text (wrong encoding? the mapping says utf-8)',
    );
  });

  it('refuses a binary file, naming the row of the first NUL byte', async () => {
    await expect(read(Buffer.from('a;b\n1;2\n3\u0000;4\n'))).rejects.toMatchObject({
      row: 3,
      message: 'contains NUL bytes: a binary file, not delimited text',
    });
  });
});
