import { translate, type Translate } from '../../../lib/i18n';
import type { SourceLoadStatus } from '../api/get-data-quality';
import { freshnessStatus, kindLabel, problemsByFile, rowsIn } from './quality-view';

const t: Translate = (key, params) => translate('da', key, params);

const source = (overrides: Partial<SourceLoadStatus>): SourceLoadStatus => ({
  kind: 'visits',
  lastLoadedAt: '2026-11-28T05:00:00.000Z',
  newestPeriodEnd: '2026-11-27',
  freshnessDays: 2,
  currentFiles: 10,
  rowsLoaded: 100,
  rowsQuarantined: 3,
  rowsDuplicate: 7,
  rowsSkipped: 5,
  rejectedFiles: 0,
  ...overrides,
});

describe('freshnessStatus', () => {
  it.each([
    [{ freshnessDays: 7 }, 'fresh'],
    [{ freshnessDays: 8 }, 'late'],
    [{ freshnessDays: 31 }, 'late'],
    [{ freshnessDays: 32 }, 'stale'],
    [{ freshnessDays: null, currentFiles: 0 }, 'missing'],
    [{ kind: 'calls-aggregate', freshnessDays: 40 }, 'fresh'],
    [{ kind: 'population', freshnessDays: 365 }, 'fresh'],
    [{ kind: 'population', freshnessDays: 800 }, 'stale'],
  ] as const)('%j is %s', (overrides, status) => {
    expect(freshnessStatus(source(overrides))).toBe(status);
  });
});

describe('rowsIn', () => {
  it('is loaded + quarantined + duplicates + skipped', () => {
    expect(rowsIn(source({}))).toBe(115);
  });
});

describe('kindLabel', () => {
  it('names known kinds in Danish with the ETL name, and unknown kinds as they are', () => {
    expect(kindLabel('calls-aggregate', t)).toBe('Opkald pr. måned (hotline) (calls-aggregate)');
    expect(kindLabel('new-kind', t)).toBe('new-kind');
  });
});

describe('problemsByFile', () => {
  it('groups by file, then by reason and column, with the rows sorted', () => {
    const at = '2026-11-20T23:31:00.000Z';
    const grouped = problemsByFile([
      {
        kind: 'visits',
        fileName: 'a.csv',
        sourceRow: 9,
        columnName: 'X',
        reason: 'bad',
        quarantinedAt: at,
      },
      {
        kind: 'calls',
        fileName: 'a.csv',
        sourceRow: 1,
        columnName: null,
        reason: 'bad',
        quarantinedAt: at,
      },
      {
        kind: 'visits',
        fileName: 'a.csv',
        sourceRow: 2,
        columnName: 'X',
        reason: 'bad',
        quarantinedAt: at,
      },
      {
        kind: 'visits',
        fileName: 'a.csv',
        sourceRow: 3,
        columnName: 'Y',
        reason: 'bad',
        quarantinedAt: at,
      },
    ]);
    expect(grouped).toEqual([
      {
        fileName: 'a.csv',
        kind: 'visits',
        reasons: [
          { reason: 'bad', columnName: 'X', rows: [2, 9] },
          { reason: 'bad', columnName: 'Y', rows: [3] },
        ],
      },
      {
        fileName: 'a.csv',
        kind: 'calls',
        reasons: [{ reason: 'bad', columnName: null, rows: [1] }],
      },
    ]);
  });
});
