import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx } from '@kanalindsigt/simulator/xlsx-writer';
import { detectDelimiter, detectEncoding, detectFile } from './detect-file';
import {
  dateFormatOf,
  durationUnitOf,
  numberSeparatorsOf,
  timeOfDayFormatOf,
  timestampFormatOf,
} from './value-formats';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'detect-file-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, bytes: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

const TEXT = 'Kø;Antal\r\nPas;1.234\r\nKørekort;17\r\n';

describe(detectFile.name, () => {
  it('reads UTF-16 (with a BOM) as Excel writes "Unicode text"', async () => {
    const sut = await detectFile(
      write('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])),
    );
    expect(sut.format).toEqual({ type: 'csv', delimiter: ';', encoding: 'utf-16le' });
    expect(sut.header).toEqual(['Kø', 'Antal']);
    expect(sut.rows).toEqual([
      ['Pas', '1.234'],
      ['Kørekort', '17'],
    ]);
  });

  it('reads bytes that are not UTF-8 as Windows-1252', async () => {
    const sut = await detectFile(write('latin.csv', Buffer.from(TEXT, 'latin1')));
    expect(sut.format).toEqual({ type: 'csv', delimiter: ';', encoding: 'windows-1252' });
    expect(sut.rows[1]).toEqual(['Kørekort', '17']);
  });

  it('finds the header below a title block, and a tab as the delimiter', async () => {
    const sut = await detectFile(
      write(
        'titled.txt',
        'Opkaldsrapport Zylinc\r\nUdtrukket 01-04-2024\r\n\r\nOpkalds-id\tKø\tStart\r\n1\tPas\t04-03-2024 08:00\r\n',
      ),
    );
    expect(sut.format).toEqual({ type: 'csv', delimiter: '\t', encoding: 'utf-8' });
    expect(sut.headerRow).toBe(4);
    expect(sut.header).toEqual(['Opkalds-id', 'Kø', 'Start']);
    expect(sut.rows).toEqual([['1', 'Pas', '04-03-2024 08:00']]);
  });

  it('reads an XLSX workbook by its bytes, whatever its name', async () => {
    const sut = await detectFile(
      write(
        'sheet.csv',
        writeXlsx(
          [
            {
              name: 'Ark1',
              rows: [
                ['Dato', 'Antal'],
                [{ date: '2024-03-04' }, 5],
              ],
            },
          ],
          {
            deflate: true,
          },
        ),
      ),
    );
    expect(sut.format).toEqual({ type: 'xlsx' });
    expect(sut.rows).toEqual([['2024-03-04', '5']]);
  });
});

describe('detection helpers', () => {
  it('tells the encodings apart', () => {
    expect(detectEncoding(Buffer.from('Kø', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('Kø;x', 'latin1'))).toBe('windows-1252');
    expect(detectEncoding(Buffer.from('Dato;Antal\r\n', 'utf16le'))).toBe('utf-16le');
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0, 65]))).toBe('utf-16be');
  });

  it('picks the delimiter most lines agree on', () => {
    expect(detectDelimiter(['a,b;c', 'd,e;f'])).toBe(';');
    expect(detectDelimiter(['Navn,Antal', 'Pas,3', 'Kørekort,4'])).toBe(',');
    expect(detectDelimiter(['a|b|c', 'd|e|f'])).toBe('|');
  });

  it('reads date, time and number formats from sample values', () => {
    expect(timestampFormatOf(['04-03-2024 09:15', '05-03-2024 10:00'])).toBe('dd-MM-yyyy HH:mm');
    expect(timestampFormatOf(['04-03-2024 09:15:10', '05-03-2024 10:00'])).toBe(
      'dd-MM-yyyy HH:mm:ss',
    );
    expect(timestampFormatOf(['2024-03-04 09:15:10'])).toBe('yyyy-MM-dd HH:mm:ss');
    expect(timestampFormatOf(['Pas'])).toBeNull();
    expect(dateFormatOf(['31.01.2021'])).toBe('dd.MM.yyyy');
    expect(dateFormatOf(['01-2021'])).toBe('MM-yyyy');
    expect(dateFormatOf(['20240304'])).toBe('yyyyMMdd');
    expect(timeOfDayFormatOf(['09:05', '09:02:10'])).toBe('HH:mm:ss');
    expect(numberSeparatorsOf([['18,5', '1.234']])).toEqual({
      decimalSeparator: ',',
      thousandsSeparator: '.',
    });
    expect(numberSeparatorsOf([['18.5', '2.25']])).toEqual({
      decimalSeparator: '.',
      thousandsSeparator: '',
    });
  });

  it('reads a duration unit from the cells, the header or the size of the values', () => {
    expect(durationUnitOf('Ventetid', ['0:01:49'])).toBe('h:mm:ss');
    expect(durationUnitOf('WaitMs', ['12'])).toBe('ms');
    expect(durationUnitOf('Varighed (min)', ['15'])).toBe('min');
    expect(durationUnitOf('Ventetid', ['95400', '195000'])).toBe('ms');
    expect(durationUnitOf('Ventetid', ['95', '195'])).toBe('s');
    expect(durationUnitOf('Varighed', ['15'], 'min')).toBe('min');
  });
});
