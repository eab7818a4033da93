import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SELF_SERVICE_COLUMNS,
  SELF_SERVICE_SHEET,
  writeSelfserviceExports,
} from '@kanalindsigt/simulator/selfservice-export';
import type { SourceRow } from '../source-row';
import { readXlsxRows } from '../xlsx/xlsx-reader';

// The simulator writes the workbook; that the ETL's reader sees it as a real export is the ETL's
// concern, so the read-back lives here (libs/simulator does not depend on the ETL).
describe('the simulated self-service workbook', () => {
  it('reads with the XLSX reader as the shipped mapping expects it', async () => {
    const first = await writeSelfserviceExports(
      {
        municipalityCode: '0169',
        population: 50_835,
        from: '2020-11-01',
        to: '2021-02-28',
        seed: 20201201,
      },
      mkdtempSync(join(tmpdir(), 'ss-read-')),
    );

    const rows: SourceRow[] = [];
    for await (const row of readXlsxRows(first[0]!.path, SELF_SERVICE_SHEET)) rows.push(row);
    expect(rows).toHaveLength(43);
    expect(rows[0]).toEqual({ row: 1, fields: [...SELF_SERVICE_COLUMNS] });
    // Months are date cells and counts numbers, as the shipped mapping reads them.
    expect(rows[1]).toEqual({
      row: 2,
      fields: [
        'Flytning',
        'Folkeregister',
        '2020-11-01',
        '2020-11-30',
        'Digital',
        expect.any(String),
      ],
    });
    expect(rows[1]!.fields[5]).toMatch(/^\d+$/);
  });
});
