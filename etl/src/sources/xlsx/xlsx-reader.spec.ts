import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceRow } from '../source-row';
import { moveReferences, readXlsxRows, XlsxFileError } from './xlsx-reader';
import { writeXlsx, type XlsxSheet } from '@kanalindsigt/simulator/xlsx-writer';
import { writeZip } from '@kanalindsigt/xlsx/zip-archive';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
let files = 0;
async function read(bytes: Buffer, sheet?: string): Promise<SourceRow[]> {
  const path = join(dir, `book${(files += 1)}.xlsx`);
  writeFileSync(path, bytes);
  const rows: SourceRow[] = [];
  for await (const row of readXlsxRows(path, sheet)) rows.push(row);
  return rows;
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of one sheet "Ark1" from hand-written XML, as other programs write it. */
function handWritten(
  sheetData: string,
  parts: { styles?: string; strings?: string; workbookPr?: string } = {},
): Buffer {
  const xml = (name: string, text: string) => ({ name, data: Buffer.from(text, 'utf8') });
  return writeZip(
    [
      xml(
        'xl/workbook.xml',
        `<workbook ${MAIN} xmlns:r="${R}">${parts.workbookPr ?? ''}<sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      xml(
        'xl/_rels/workbook.xml.rels',
        `<Relationships><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${R}/styles" Target="/xl/styles.xml"/>` +
          `<Relationship Id="rId3" Type="${R}/sharedStrings" Target="./sharedStrings.xml"/></Relationships>`,
      ),
      xml(
        'xl/worksheets/sheet1.xml',
        `<worksheet ${MAIN}><sheetData>${sheetData}</sheetData></worksheet>`,
      ),
      xml('xl/styles.xml', `<styleSheet ${MAIN}>${parts.styles ?? ''}</styleSheet>`),
      xml('xl/sharedStrings.xml', `<sst ${MAIN}>${parts.strings ?? ''}</sst>`),
    ],
    { deflate: true },
  );
}

const statistics: XlsxSheet = {
  name: 'Selvbetjening',
  rows: [
    ['Løsning', 'Måned start', 'Antal', 'Note'],
    ['Flytning', { date: '2021-01-01' }, 1021],
    [],
    ['Pas & kørekort', { date: '2021-02-28' }, 12.5, null, null],
    [null, null, { formula: 'SUM(C2:C4)', cached: 1033.5 }],
  ],
};

describe(readXlsxRows.name, () => {
  it.each([false, true])(
    'reads what the writer wrote (deflate: %s): sheet row numbers, dates, numbers, formulas',
    async (deflate) => {
      const book = writeXlsx([{ name: 'Forside', rows: [['Om']] }, statistics], { deflate });

      expect(await read(book, 'selvbetjening')).toEqual([
        { row: 1, fields: ['Løsning', 'Måned start', 'Antal', 'Note'] },
        { row: 2, fields: ['Flytning', '2021-01-01', '1021', ''] },
        { row: 4, fields: ['Pas & kørekort', '2021-02-28', '12.5', ''] },
        { row: 5, fields: ['', '', '=SUM(C2:C4)', ''] },
      ]);
    },
  );

  it('reads the first sheet when the mapping names none', async () => {
    const book = writeXlsx([statistics, { name: 'Noter', rows: [['x']] }], { deflate: false });
    expect((await read(book))[0]).toEqual({
      row: 1,
      fields: ['Løsning', 'Måned start', 'Antal', 'Note'],
    });
  });

  it('refuses a missing sheet, listing the sheets there are', async () => {
    const book = writeXlsx([{ name: 'Ark1', rows: [] }, statistics], { deflate: false });
    await expect(read(book, 'Statistik')).rejects.toEqual(
      new XlsxFileError(null, 'has no sheet "Statistik" (its sheets: "Ark1", "Selvbetjening")'),
    );
  });

  it('places cells by their reference, widens rows to the header and skips empty rows', async () => {
    const rows = await read(
      handWritten(
        '<row r="3"><c r="B3" t="inlineStr"><is><t>Navn</t></is></c><c r="D3" t="inlineStr"><is><t>Antal</t></is></c></row>' +
          '<row r="4" spans="1:4"><c r="A4" s="0"/><c r="B4" t="inlineStr"><is><t/></is></c></row>' +
          '<row r="7"><c r="D7"><v>3</v></c></row>' +
          '<row><c><v>1</v></c><c><v>2</v></c></row>' +
          '<row r="9"><c r="F9"><v>9</v></c></row>',
      ),
    );
    expect(rows).toEqual([
      { row: 3, fields: ['', 'Navn', '', 'Antal'] },
      { row: 7, fields: ['', '', '', '3'] },
      { row: 8, fields: ['1', '2', '', ''] },
      { row: 9, fields: ['', '', '', '', '', '9'] },
    ]);
  });

  it('reads shared, rich, inline and formula strings, booleans and errors as Excel shows them', async () => {
    const rows = await read(
      handWritten(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve">line </t></r></is></c>' +
          '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c><c r="F1" t="e"><v>#N/A</v></c>' +
          '<c r="G1" t="str"><v>A &amp; B</v></c></row>',
        {
          strings:
            '<si><t>Løsning_x000D_\nlinje 2 &lt;3&gt; &#248; _x005F_x0041_</t></si>' +
            '<si><r><rPr><b/></rPr><t>Fed</t></r><r><t>t</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></si>',
        },
      ),
    );
    expect(rows).toEqual([
      {
        row: 1,
        fields: [
          'Løsning\r\nlinje 2 <3> ø _x0041_',
          'Fedt',
          'inline ',
          'TRUE',
          'FALSE',
          '#N/A',
          'A & B',
        ],
      },
    ]);
  });

  it('reads numbers styled as dates, times and elapsed times by their number format', async () => {
    const styles =
      '<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/>' +
      '<numFmt numFmtId="165" formatCode="#,##0 &quot;dage&quot;"/><numFmt numFmtId="166" formatCode="[$-406]mmm\\ yy;@"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="20"/>' +
      '<xf numFmtId="46"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>';
    const cell = (style: number, value: string) => `<c s="${style}"><v>${value}</v></c>`;
    const rows = await read(
      handWritten(
        `<row r="1">${cell(1, '44197')}${cell(1, '44197.5')}${cell(2, '44197')}${cell(3, '0.385416666666667')}` +
          `${cell(4, '1.12713')}${cell(5, '44286.0833333333')}${cell(6, '44197')}${cell(7, '44197')}` +
          `${cell(0, '0.30000000000000004')}${cell(1, '-1')}${cell(1, '60')}${cell(1, '61')}</row>` +
          '<row r="2"><c t="d"><v>2021-01-01T00:00:00</v></c><c t="d"><v>2021-01-01T09:15:00</v></c></row>',
        { styles },
      ),
    );
    expect(rows).toEqual([
      {
        row: 1,
        fields: [
          '2021-01-01',
          '2021-01-01 12:00:00',
          '2021-01-01 00:00:00',
          '09:15:00',
          '27:03:04',
          '2021-03-31 02:00:00',
          '44197',
          '2021-01-01',
          '0.3',
          '-1',
          '1900-02-29',
          '1900-03-01',
        ],
      },
      // As wide as the header row.
      { row: 2, fields: ['2021-01-01', '2021-01-01 09:15:00', ...Array<string>(10).fill('')] },
    ]);
  });

  it('counts days from 1904 when the workbook says so', async () => {
    const rows = await read(
      handWritten('<row r="1"><c s="1"><v>0</v></c><c s="1"><v>42735</v></c></row>', {
        styles: '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
        workbookPr: '<workbookPr date1904="1"/>',
      }),
    );
    expect(rows).toEqual([{ row: 1, fields: ['1904-01-01', '2021-01-01'] }]);
  });

  it('gives a formula cell as its formula, moving the references of a shared one', async () => {
    const rows = await read(
      handWritten(
        '<x:row r="2"><x:c r="D2"><x:f t="shared" ref="D2:E3" si="0">SUM(A2:C2)*$B$1+"A1"</x:f><x:v>6</x:v></x:c>' +
          '<x:c r="E2"><x:f t="shared" si="0"/><x:v>7</x:v></x:c></x:row>' +
          '<x:row r="3"><x:c r="D3" t="str"><x:f t="shared" si="0"/><x:v>x</x:v></x:c></x:row>',
      ),
    );
    expect(rows).toEqual([
      { row: 2, fields: ['', '', '', '=SUM(A2:C2)*$B$1+"A1"', '=SUM(B2:D2)*$B$1+"A1"'] },
      { row: 3, fields: ['', '', '', '=SUM(A3:C3)*$B$1+"A1"', ''] },
    ]);
  });

  it('refuses a shared string the workbook does not have, naming the cell', async () => {
    await expect(
      read(handWritten('<row r="4"><c r="B4" t="s"><v>7</v></c></row>')),
    ).rejects.toEqual(
      new XlsxFileError(4, 'cell B4 refers to shared string 7, which the workbook does not have'),
    );
  });

  describe('files that are no readable workbook', () => {
    const book = writeXlsx([statistics], { deflate: false });

    it.each([
      [
        'a CSV file',
        Buffer.from('Løsning;Antal\r\nFlytning;3\r\n'),
        'is not an XLSX workbook (not a zip archive; it looks like text: a CSV file named .xlsx?)',
      ],
      [
        'binary garbage',
        Buffer.from([0, 1, 2, 3, 255, 254]),
        'is not an XLSX workbook (not a zip archive)',
      ],
      [
        'an Excel 97–2003 file',
        Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]),
        'is an Excel 97–2003 workbook (.xls) or a password-protected one, not an XLSX file: save it as .xlsx without a password',
      ],
      [
        'a workbook cut short',
        book.subarray(0, book.length - 100),
        'is a damaged XLSX workbook: its zip directory is missing (the file is cut short?)',
      ],
      [
        'a zip of something else',
        writeZip([{ name: 'notes.txt', data: Buffer.from('hej') }], { deflate: false }),
        'is a zip archive but not an XLSX workbook (no xl/workbook.xml)',
      ],
    ])('refuses %s', async (_, bytes, message) => {
      await expect(read(bytes)).rejects.toEqual(new XlsxFileError(null, message));
    });

    it('refuses a part whose bytes do not match its checksum', async () => {
      const damaged = Buffer.from(book);
      const at = damaged.indexOf('Flytning');
      damaged.write('Flytninq', at);
      await expect(read(damaged)).rejects.toEqual(
        new XlsxFileError(
          null,
          'is a damaged XLSX workbook: xl/sharedStrings.xml is damaged (its checksum does not match)',
        ),
      );
    });
  });
});

describe(moveReferences.name, () => {
  it('moves relative references, not anchored ones, functions or text', () => {
    expect(moveReferences('SUM(A1:B2)+$C$3+C$3+$C3+LOG10(4)&"D4"&Ark1!E5', 2, 1)).toBe(
      'SUM(B3:C4)+$C$3+D$3+$C5+LOG10(4)&"D4"&Ark1!F7',
    );
  });
});
