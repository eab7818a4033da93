/**
 * The selfservice golden files are XLSX workbooks, which cannot be written by hand: they are
 * defined here, written by `npm run build && node etl/dist/testing/write-golden-workbooks.js`,
 * and golden-workbooks.spec.ts fails when a committed file differs from its definition. Parts are
 * stored uncompressed, so the bytes do not depend on the zlib version.
 */
import {
  SELF_SERVICE_COLUMNS,
  SELF_SERVICE_SHEET,
} from '@kanalindsigt/simulator/selfservice-export';
import { writeXlsx, type XlsxCell } from '@kanalindsigt/simulator/xlsx-writer';
import { goldenFiles } from './golden-files';

const { ok, notOk } = goldenFiles('selfservice');

/** One row of the statistics sheet: solution, service, month start and end, channel, count. */
const use = (
  solution: string,
  service: string,
  start: XlsxCell,
  end: XlsxCell,
  channel: string,
  count: XlsxCell,
): XlsxCell[] => [
  solution,
  service,
  typeof start === 'string' ? { date: start } : start,
  typeof end === 'string' ? { date: end } : end,
  channel,
  count,
];

export const JANUARY_FEBRUARY_2021: readonly XlsxCell[][] = [
  use('Flytning', 'Folkeregister', '2021-01-01', '2021-01-31', 'Digital', 1021),
  use('Flytning', 'Folkeregister', '2021-01-01', '2021-01-31', 'Digital med hjælp', 64),
  use('Flytning', 'Folkeregister', '2021-01-01', '2021-01-31', 'Papir', 98),
  use(
    'Chatbot – Den Digitale Hotline',
    'Generel vejledning',
    '2021-01-01',
    '2021-01-31',
    'Chatbot',
    231,
  ),
  use(
    'Afhentningsboks',
    'Udlevering pas og kørekort',
    '2021-01-01',
    '2021-01-31',
    'Afhentningsboks',
    47,
  ),
  use(
    'Digital Post – fritagelse',
    'Digital Post',
    '2021-01-01',
    '2021-01-31',
    'Fritagelse for Digital Post',
    13,
  ),
  use('Flytning', 'Folkeregister', '2021-02-01', '2021-02-28', 'Digital', 987),
];

/** A statistics workbook as the self-service platform delivers it. */
export function selfserviceWorkbook(rows: readonly XlsxCell[][], sheet = SELF_SERVICE_SHEET) {
  return writeXlsx([{ name: sheet, rows: [[...SELF_SERVICE_COLUMNS], ...rows] }], {
    deflate: false,
  });
}

const good = () => selfserviceWorkbook(JANUARY_FEBRUARY_2021);

export const GOLDEN_WORKBOOKS: readonly { path: string; bytes: () => Buffer }[] = [
  { path: ok('selvbetjening-januar-februar-2021.xlsx'), bytes: good },
  {
    path: notOk('negative-count.xlsx'),
    bytes: () =>
      selfserviceWorkbook([
        use('Pension', 'Pension', '2021-03-01', '2021-03-31', 'Digital', 41),
        use('Pension', 'Pension', '2021-03-01', '2021-03-31', 'Papir', -12),
        use('Pension', 'Pension', '2021-03-01', '2021-03-31', 'Digital med hjælp', 7),
      ]),
  },
  {
    path: notOk('overlapping-periods-in-aggregate.xlsx'),
    bytes: () =>
      selfserviceWorkbook([
        use('Flytning', 'Folkeregister', '2021-01-01', '2021-01-31', 'Digital', 1021),
        use('flytning', 'Folkeregister', '2021-01-15', '2021-02-15', 'Digital', 512),
        use('Flytning', 'Folkeregister', '2021-01-15', '2021-02-15', 'Papir', 49),
      ]),
  },
  {
    path: notOk('period-end-before-start.xlsx'),
    bytes: () =>
      selfserviceWorkbook([
        use('Boligstøtte', 'Boligstøtte', '2021-01-01', '2021-01-31', 'Digital', 60),
        use('Boligstøtte', 'Boligstøtte', '2021-02-01', '2021-01-31', 'Digital', 58),
      ]),
  },
  {
    path: notOk('unknown-channel-label.xlsx'),
    bytes: () =>
      selfserviceWorkbook([
        use('Sundhedskort', 'Sundhedskort', '2021-04-01', '2021-04-30', 'Digital', 140),
        use('Sundhedskort', 'Sundhedskort', '2021-04-01', '2021-04-30', 'Telefon', 22),
      ]),
  },
  {
    // Figures a spreadsheet computed are not counts: a sum typed in and a month end worked out.
    path: notOk('formula-cells.xlsx'),
    bytes: () =>
      selfserviceWorkbook([
        use('Pas – bestilling', 'Pas', '2021-05-01', '2021-05-31', 'Digital', 310),
        use('Pas – bestilling', 'Pas', '2021-05-01', '2021-05-31', 'Papir', {
          formula: '12+9',
          cached: 21,
        }),
        use(
          'Pas – bestilling',
          'Pas',
          '2021-05-01',
          { formula: 'EOMONTH(C4,0)', cached: 44347 },
          'Digital med hjælp',
          18,
        ),
      ]),
  },
  {
    path: notOk('missing-sheet.xlsx'),
    bytes: () =>
      writeXlsx(
        [
          { name: 'Ark1', rows: [[...SELF_SERVICE_COLUMNS], ...JANUARY_FEBRUARY_2021] },
          { name: 'Pivot', rows: [] },
        ],
        { deflate: false },
      ),
  },
  {
    // A CSV export saved under an .xlsx name.
    path: notOk('not-a-zip.xlsx'),
    bytes: () =>
      Buffer.from(
        '\uFEFFLøsning;Ydelse;Måned start;Måned slut;Kanal;Antal\r\n' +
          'Flytning;Folkeregister;01.01.2021;31.01.2021;Digital;1.021\r\n',
        'utf8',
      ),
  },
  {
    // A download broken off: the zip directory at the end of the file is missing.
    path: notOk('cut-short.xlsx'),
    bytes: () => {
      const whole = good();
      return whole.subarray(0, Math.floor(whole.length * 0.6));
    },
  },
];
