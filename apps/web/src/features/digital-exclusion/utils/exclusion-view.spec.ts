import { SUPPRESSED } from '../../../lib/export/table-data';
import { translate, type Translate } from '../../../lib/i18n';
import { digitalExclusionFixture } from '../../../testing/fixtures/digital-exclusion';
import type { DigitalExclusion } from '../api/get-digital-exclusion';
import {
  bookingHelpView,
  contactsView,
  exemptionsView,
  mainPeriod,
  notRecordedByAge,
  walkInsView,
} from './exclusion-view';

const t: Translate = (key, params) => translate('da', key, params);
const context = { t, language: 'da' as const };
const year = (council = false): DigitalExclusion =>
  digitalExclusionFixture(
    { municipalityCode: '0169', from: '2026-01-01', to: '2026-12-31' },
    { council },
  );

describe('mainPeriod', () => {
  it('is the period covering the whole request, not one of its quarters', () => {
    expect(mainPeriod(year())?.period).toBe('2026');
    const q3 = digitalExclusionFixture({
      municipalityCode: '0169',
      from: '2026-07-01',
      to: '2026-09-30',
    });
    expect(mainPeriod(q3)?.period).toBe('2026-Q3');
  });
});

describe('contactsView', () => {
  it('draws rates of known age bands only and keeps counts, rates and age unknown in the table', () => {
    const view = contactsView(year(), context);
    expect(view?.groups.map((g) => g.key)).toEqual([
      '0-17',
      '18-29',
      '30-49',
      '50-64',
      '65-79',
      '80+',
    ]);
    expect(view?.groups[5]?.values.c0).toBe(416);
    const unknown = view?.table.rows.find((row) => row.age === 'Alder ukendt');
    expect(unknown).toMatchObject({ c0n: 480, c0r: null, inhabitants: null });
    expect(view?.hasHidden).toBe(false);
    expect(view?.isEmpty).toBe(false);
  });

  it('marks hidden cells and the rates built on them as SUPPRESSED, never as a number', () => {
    const view = contactsView(year(true), context);
    expect(view?.hasHidden).toBe(true);
    expect(view?.groups[5]?.values.c3).toBe(SUPPRESSED);
    const eldest = view?.table.rows.find((row) => row.age === '80 år og derover');
    expect(eldest).toMatchObject({ c3n: SUPPRESSED, c3r: SUPPRESSED, c0n: 1040 });
  });
});

describe('bookingHelpView', () => {
  it('hides a share built on a hidden count', () => {
    const view = bookingHelpView(year(true), context);
    expect(view?.groups.find((g) => g.key === '80+')?.values.share).toBe(SUPPRESSED);
    expect(view?.groups.find((g) => g.key === '65-79')?.values.share).toBe(44.4);
    // Nobody of unknown age booked: no share, not 0 %.
    expect(view?.groups.find((g) => g.key === '')?.values.share).toBeNull();
  });
});

describe('walkInsView', () => {
  it('leaves the all-ages row out of the chart but in the table', () => {
    const view = walkInsView(year(), context);
    expect(view?.groups.some((g) => g.key === 'all')).toBe(false);
    expect(view?.table.rows.at(-1)).toMatchObject({ age: 'Alle aldre', w0: 1800 });
  });
});

describe('exemptionsView', () => {
  it('charts the quarters, tables the quarters and the year, and names quarters not begun', () => {
    const view = exemptionsView(year(), context, '2026-08-15');
    expect(view.groups.map((g) => g.label)).toEqual([
      '1. kvt. 2026',
      '2. kvt. 2026',
      '3. kvt. 2026',
      '4. kvt. 2026',
    ]);
    expect(view.table.rows.map((row) => row.period)).toContain('2026');
    expect(view.notBegun).toEqual(['4. kvt. 2026']);
    expect(view.table.rows[3]?.note).toBe('Ikke begyndt endnu');
  });
});

describe('exemptionsView with a comparison', () => {
  it('puts each period beside the same period a year earlier', () => {
    const previous = digitalExclusionFixture({
      municipalityCode: '0169',
      from: '2025-01-01',
      to: '2025-12-31',
    });
    const view = exemptionsView(year(), context, '2026-12-31', previous);
    expect(view.series.map((s) => [s.key, s.hatched ?? false])).toEqual([
      ['count', false],
      ['previous', true],
    ]);
    expect(view.groups[0]?.values).toEqual({ count: 27, previous: 27 });
    expect(view.table.rows.at(-1)).toMatchObject({ period: '2026', count: 108, previous: 108 });
    expect(view.table.columns.map((c) => c.key)).toEqual(['period', 'count', 'previous', 'note']);
  });
});

describe('notRecordedByAge', () => {
  it('names a category with 0 in every known age band that citizens of unknown age used', () => {
    const data = year();
    const period = mainPeriod(data);
    expect(notRecordedByAge(data.walkInResolutions, period?.walkIns ?? [], 'da')).toEqual([
      'Fik en tid senere samme dag',
    ]);
    expect(notRecordedByAge(data.channels, period?.contacts ?? [], 'da')).toEqual([]);
  });
});
