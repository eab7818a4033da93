import { OTHER_COLOR, SERIES_COLORS } from '../../../lib/colors';
import {
  SUPPRESSED,
  type TableColumn,
  type TableData,
  type TableValue,
} from '../../../lib/export/table-data';
import type { Language } from '../../../lib/format';
import { formatPeriod } from '../../../lib/format';
import type { Translate } from '../../../lib/i18n';
import type {
  CountCell,
  DigitalExclusion,
  ExclusionCategory,
  ExclusionPeriod,
} from '../api/get-digital-exclusion';

/** A value a chart or table shows: a number, hidden (SUPPRESSED) or not available (null). */
export type ShownValue = number | null | typeof SUPPRESSED;

export type ChartSeries = {
  key: string;
  label: string;
  color: string;
  /** Striped fill: the comparison period, told apart by pattern as well as colour. */
  hatched?: boolean;
};
/** One group of bars (an age band, a quarter): one value per series. */
export type ChartGroup = { key: string; label: string; values: Record<string, ShownValue> };

/** What one card shows: the chart's groups and series, and the same numbers as a table. */
export type CardView = {
  series: ChartSeries[];
  groups: ChartGroup[];
  table: TableData;
  /** Some number in the table is hidden, so the card must explain "..". */
  hasHidden: boolean;
  /** Nothing was counted (and nothing is hidden): the card's empty state. */
  isEmpty: boolean;
};

type TableRow = Record<string, TableValue>;

type ViewContext = { t: Translate; language: Language };

export const cellValue = (cell: CountCell): ShownValue =>
  cell.suppressed ? SUPPRESSED : cell.value;

export function categoryLabel(category: ExclusionCategory, language: Language): string {
  return language === 'da' ? category.labelDa : category.labelEn;
}

/**
 * The period the cards describe: the one covering the whole request (a year, or the quarter
 * asked for). The answer also lists each quarter of a year; those feed the quarterly chart.
 */
export function mainPeriod(data: DigitalExclusion): ExclusionPeriod | undefined {
  return (
    data.periods.find((p) => p.from === data.from && p.to === data.to) ??
    data.periods[data.periods.length - 1]
  );
}

export function quarters(data: DigitalExclusion): ExclusionPeriod[] {
  return data.periods.filter((p) => p.kind === 'QUARTER');
}

function ageLabel(data: DigitalExclusion, code: string | null, { t, language }: ViewContext) {
  if (code === null) return t('inclusion.allAges');
  const band = data.ageBands.find((b) => b.code === code);
  return band ? categoryLabel(band, language) : code;
}

const hasHidden = (rows: readonly TableRow[]) =>
  rows.some((row) => Object.values(row).includes(SUPPRESSED));

const isZero = (value: ShownValue) => value === 0 || value === null;

function fileName(data: DigitalExclusion, part: string): string {
  const period = mainPeriod(data)?.period ?? `${data.from}_${data.to}`;
  return `kanalindsigt-digital-inklusion-${part}-${data.municipalityCode}-${period}`;
}

export function periodLabel(data: DigitalExclusion, language: Language): string {
  const period = mainPeriod(data);
  return period ? formatPeriod(period.period, language) : `${data.from} – ${data.to}`;
}

/**
 * Contacts per 1,000 inhabitants by age band × channel. Age unknown has no inhabitants, so it has
 * no bars; the table lists it with its counts. Counts and rates are both in the table.
 */
export function contactsView(data: DigitalExclusion, context: ViewContext): CardView | undefined {
  const period = mainPeriod(data);
  if (!period) return undefined;
  const { t, language } = context;
  const series = data.channels.map((channel, i) => ({
    key: `c${i}`,
    label: categoryLabel(channel, language),
    color: SERIES_COLORS[i % SERIES_COLORS.length] ?? OTHER_COLOR,
  }));
  const groups: ChartGroup[] = period.contacts
    .filter((row) => row.ageBandCode !== null && row.ageBandCode !== '')
    .map((row) => ({
      key: row.ageBandCode ?? '',
      label: ageLabel(data, row.ageBandCode, context),
      values: Object.fromEntries(
        row.cells.map((cell, i) => [
          `c${i}`,
          cell.suppressed ? SUPPRESSED : cell.per1000Inhabitants,
        ]),
      ),
    }));
  const columns: TableColumn[] = [
    { key: 'age', header: t('inclusion.ageBand'), kind: 'text' },
    { key: 'inhabitants', header: t('inclusion.inhabitants'), kind: 'integer' },
    ...series.flatMap((s): TableColumn[] => [
      { key: `${s.key}n`, header: t('inclusion.countOf', { name: s.label }), kind: 'integer' },
      { key: `${s.key}r`, header: t('inclusion.rateOf', { name: s.label }), kind: 'number' },
    ]),
    {
      key: 'totaln',
      header: t('inclusion.countOf', { name: t('inclusion.allChannels') }),
      kind: 'integer',
    },
    {
      key: 'totalr',
      header: t('inclusion.rateOf', { name: t('inclusion.allChannels') }),
      kind: 'number',
    },
  ];
  const rows: TableRow[] = period.contacts.map((row) => ({
    age: ageLabel(data, row.ageBandCode, context),
    inhabitants: row.inhabitants,
    ...Object.fromEntries(
      row.cells.flatMap((cell, i) => [
        [`c${i}n`, cellValue(cell)],
        [`c${i}r`, cell.suppressed ? SUPPRESSED : cell.per1000Inhabitants],
      ]),
    ),
    totaln: cellValue(row.total),
    totalr: row.total.suppressed ? SUPPRESSED : row.total.per1000Inhabitants,
  }));
  const allAges = period.contacts.find((row) => row.ageBandCode === null);
  return {
    series,
    groups,
    table: {
      caption: t('inclusion.contacts.caption', { period: periodLabel(data, language) }),
      fileName: fileName(data, 'kontakter'),
      columns,
      rows,
    },
    hasHidden: hasHidden(rows),
    isEmpty: !allAges || isZero(cellValue(allAges.total)),
  };
}

/** Share of bookings made by phone or with help (counter, floor walker), by age band. */
export function bookingHelpView(
  data: DigitalExclusion,
  context: ViewContext,
): CardView | undefined {
  const period = mainPeriod(data);
  if (!period) return undefined;
  const { t, language } = context;
  const share = t('inclusion.booking.share');
  const groups: ChartGroup[] = period.contacts.map((row) => ({
    key: row.ageBandCode ?? 'all',
    label: ageLabel(data, row.ageBandCode, context),
    values: {
      share: row.bookedByPhoneOrWithHelp.suppressed
        ? SUPPRESSED
        : row.bookedByPhoneOrWithHelp.value,
    },
  }));
  const rows: TableRow[] = groups.map((group) => ({
    age: group.label,
    share: group.values.share ?? null,
  }));
  return {
    series: [{ key: 'share', label: share, color: SERIES_COLORS[0] ?? OTHER_COLOR }],
    groups,
    table: {
      caption: t('inclusion.booking.caption', { period: periodLabel(data, language) }),
      fileName: fileName(data, 'booking-med-hjaelp'),
      columns: [
        { key: 'age', header: t('inclusion.ageBand'), kind: 'text' },
        { key: 'share', header: share, kind: 'percent' },
      ],
      rows,
    },
    hasHidden: hasHidden(rows),
    isEmpty: groups.every((group) => group.values.share === null),
  };
}

/** Walk-ins (no booking) by age band × how they were helped, as counts. */
export function walkInsView(data: DigitalExclusion, context: ViewContext): CardView | undefined {
  const period = mainPeriod(data);
  if (!period) return undefined;
  const { t, language } = context;
  let colour = 0;
  const series = data.walkInResolutions.map((resolution, i) => ({
    key: `w${i}`,
    label: categoryLabel(resolution, language),
    // "Not recorded" is grey: it is a gap in the data, not a way of being helped.
    color:
      resolution.code === ''
        ? OTHER_COLOR
        : (SERIES_COLORS[colour++ % SERIES_COLORS.length] ?? OTHER_COLOR),
  }));
  const groups: ChartGroup[] = period.walkIns.map((row) => ({
    key: row.ageBandCode ?? 'all',
    label: ageLabel(data, row.ageBandCode, context),
    values: Object.fromEntries(row.cells.map((cell, i) => [`w${i}`, cellValue(cell)])),
  }));
  const rows: TableRow[] = period.walkIns.map((row, r) => ({
    age: groups[r]?.label ?? '',
    ...Object.fromEntries(row.cells.map((cell, i) => [`w${i}`, cellValue(cell)])),
    total: cellValue(row.total),
  }));
  const allAges = period.walkIns.find((row) => row.ageBandCode === null);
  return {
    // The all-ages row dwarfs the others; it stays in the table only.
    series,
    groups: groups.filter((group) => group.key !== 'all'),
    table: {
      caption: t('inclusion.walkIns.caption', { period: periodLabel(data, language) }),
      fileName: fileName(data, 'uden-tid'),
      columns: [
        { key: 'age', header: t('inclusion.ageBand'), kind: 'text' },
        ...series.map((s): TableColumn => ({ key: s.key, header: s.label, kind: 'integer' })),
        { key: 'total', header: t('inclusion.total'), kind: 'integer' },
      ],
      rows,
    },
    hasHidden: hasHidden(rows),
    isEmpty: !allAges || isZero(cellValue(allAges.total)),
  };
}

/** Visits where staff helped the citizen through a self-service solution, by age band. */
export function assistedView(data: DigitalExclusion, context: ViewContext): CardView | undefined {
  const period = mainPeriod(data);
  if (!period) return undefined;
  const { t, language } = context;
  const count = t('inclusion.assisted.count');
  const groups: ChartGroup[] = period.assistedSelfService.map((row) => ({
    key: row.ageBandCode ?? 'all',
    label: ageLabel(data, row.ageBandCode, context),
    values: { count: cellValue(row.total) },
  }));
  const rows: TableRow[] = groups.map((group) => ({
    age: group.label,
    count: group.values.count ?? null,
  }));
  const allAges = groups.find((group) => group.key === 'all');
  return {
    series: [{ key: 'count', label: count, color: SERIES_COLORS[2] ?? OTHER_COLOR }],
    groups: groups.filter((group) => group.key !== 'all'),
    table: {
      caption: t('inclusion.assisted.caption', { period: periodLabel(data, language) }),
      fileName: fileName(data, 'hjulpen-selvbetjening'),
      columns: [
        { key: 'age', header: t('inclusion.ageBand'), kind: 'text' },
        { key: 'count', header: count, kind: 'integer' },
      ],
      rows,
    },
    hasHidden: hasHidden(rows),
    isEmpty: !allAges || isZero(allAges.values.count ?? null),
  };
}

/**
 * Digital Post exemptions per quarter, then the year. A quarter that has not begun on `today`
 * shows 0 by definition (a structural zero), and says so. With `previous` (the same period a year
 * earlier), each period gets its counterpart beside it: same position, one year back.
 */
export function exemptionsView(
  data: DigitalExclusion,
  context: ViewContext,
  today: string,
  previous?: DigitalExclusion,
): CardView & { notBegun: string[] } {
  const { t, language } = context;
  const count = t('inclusion.exemptions.count');
  const previousLabel = t('inclusion.exemptions.previous');
  const notBegun = quarters(data)
    .filter((p) => p.from > today)
    .map((p) => formatPeriod(p.period, language));
  const chartPeriods = quarters(data).length > 1 ? quarters(data) : data.periods;
  const previousOf = (p: ExclusionPeriod): ShownValue => {
    const match = previous?.periods.find((q) => q.kind === p.kind && q.to === yearEarlier(p.to));
    return match ? cellValue(match.digitalPostExemptions) : null;
  };
  const groups: ChartGroup[] = chartPeriods.map((p) => ({
    key: p.period,
    label: formatPeriod(p.period, language),
    values: {
      count: cellValue(p.digitalPostExemptions),
      ...(previous ? { previous: previousOf(p) } : {}),
    },
  }));
  const rows: TableRow[] = data.periods.map((p) => ({
    period: formatPeriod(p.period, language),
    count: cellValue(p.digitalPostExemptions),
    ...(previous ? { previous: previousOf(p) } : {}),
    note: p.kind === 'QUARTER' && p.from > today ? t('inclusion.exemptions.notBegunShort') : '',
  }));
  const main = mainPeriod(data);
  const series: ChartSeries[] = [
    { key: 'count', label: count, color: SERIES_COLORS[1] ?? OTHER_COLOR },
  ];
  if (previous)
    series.push({ key: 'previous', label: previousLabel, color: OTHER_COLOR, hatched: true });
  return {
    series,
    groups,
    table: {
      caption: t('inclusion.exemptions.caption', { period: periodLabel(data, language) }),
      fileName: fileName(data, 'digital-post-fritagelser'),
      columns: [
        { key: 'period', header: t('inclusion.period'), kind: 'text' },
        { key: 'count', header: count, kind: 'integer' },
        ...(previous ? [{ key: 'previous', header: previousLabel, kind: 'integer' } as const] : []),
        { key: 'note', header: t('inclusion.note'), kind: 'text' },
      ],
      rows,
    },
    hasHidden: hasHidden(rows),
    isEmpty: !main || isZero(cellValue(main.digitalPostExemptions)),
    notBegun,
  };
}

/** 'YYYY-MM-DD' one year earlier; periods end on a quarter's last day, never on 29 February. */
function yearEarlier(date: string): string {
  return `${String(Number(date.slice(0, 4)) - 1).padStart(4, '0')}${date.slice(4)}`;
}

/**
 * Categories (channels, ways of being helped) with a 0 in every known age band although citizens
 * of unknown age used them: the source records no age for them, so those zeros are structural —
 * a gap in the data, not a fact about anyone (docs/suppression.md).
 */
export function notRecordedByAge(
  categories: readonly ExclusionCategory[],
  rows: readonly { ageBandCode: string | null; cells: readonly CountCell[] }[],
  language: Language,
): string[] {
  const known = rows.filter((row) => row.ageBandCode !== null && row.ageBandCode !== '');
  const unknown = rows.find((row) => row.ageBandCode === '');
  return categories.flatMap((category, i) => {
    const unknownCell = unknown?.cells[i];
    const usedByUnknown =
      unknownCell !== undefined && (unknownCell.suppressed || (unknownCell.value ?? 0) > 0);
    const zeroForKnown =
      known.length > 0 &&
      known.every((row) => !row.cells[i]?.suppressed && row.cells[i]?.value === 0);
    return usedByUnknown && zeroForKnown && category.code !== ''
      ? [categoryLabel(category, language)]
      : [];
  });
}
