import type { TableData } from '../../../lib/export/table-data';
import { formatDate, type Language, copenhagenDate } from '../../../lib/format';
import type { MessageKey, Translate } from '../../../lib/i18n';
import type {
  DataQuality,
  QuarantineProblem,
  SourceLoadStatus,
  UnmappedLabel,
} from '../api/get-data-quality';

export type FreshnessStatus = 'missing' | 'fresh' | 'late' | 'stale';

/**
 * How many days behind a kind may be before it is "late" and "stale". Exports come at different
 * paces: daily reports from queue, telephony, booking and rota systems; monthly statistics
 * (aggregates, self-service) a few weeks after the month; population once a year.
 */
const LIMITS: Record<string, { late: number; stale: number }> = {
  'calls-aggregate': { late: 45, stale: 75 },
  'visits-aggregate': { late: 45, stale: 75 },
  selfservice: { late: 45, stale: 75 },
  population: { late: 400, stale: 730 },
};
const DAILY = { late: 7, stale: 31 };

export function freshnessLimits(kind: string): { late: number; stale: number } {
  return LIMITS[kind] ?? DAILY;
}

export function freshnessStatus(source: SourceLoadStatus): FreshnessStatus {
  if (source.freshnessDays === null || source.currentFiles === 0) return 'missing';
  const { late, stale } = freshnessLimits(source.kind);
  if (source.freshnessDays > stale) return 'stale';
  if (source.freshnessDays > late) return 'late';
  return 'fresh';
}

const KIND_LABELS: Record<string, MessageKey> = {
  bookings: 'dataQuality.kind.bookings',
  'booking-slots': 'dataQuality.kind.booking-slots',
  calls: 'dataQuality.kind.calls',
  'calls-aggregate': 'dataQuality.kind.calls-aggregate',
  population: 'dataQuality.kind.population',
  selfservice: 'dataQuality.kind.selfservice',
  staffing: 'dataQuality.kind.staffing',
  visits: 'dataQuality.kind.visits',
  'visits-aggregate': 'dataQuality.kind.visits-aggregate',
};

/** "Opkald (calls)": the plain name and the kind as the ETL names it, for looking it up. */
export function kindLabel(kind: string, t: Translate): string {
  const key = KIND_LABELS[kind];
  return key ? `${t(key)} (${kind})` : kind;
}

/** Rows read from the current files: loaded + quarantined + duplicates + skipped on purpose. */
export const rowsIn = (s: SourceLoadStatus) =>
  s.rowsLoaded + s.rowsQuarantined + s.rowsDuplicate + s.rowsSkipped;

const STATUS_KEYS: Record<FreshnessStatus, MessageKey> = {
  missing: 'dataQuality.status.missing',
  fresh: 'dataQuality.status.fresh',
  late: 'dataQuality.status.late',
  stale: 'dataQuality.status.stale',
};

export const statusLabel = (status: FreshnessStatus, t: Translate) => t(STATUS_KEYS[status]);

const fileName = (municipalityCode: string, asOf: string, part: string) =>
  `kanalindsigt-datakvalitet-${part}-${municipalityCode}-${asOf}`;

export function freshnessTable(
  quality: DataQuality,
  municipalityCode: string,
  t: Translate,
  language: Language,
): TableData {
  return {
    caption: t('dataQuality.freshness.caption', { asOf: formatDate(quality.asOf, language) }),
    fileName: fileName(municipalityCode, quality.asOf, 'friskhed'),
    columns: [
      { key: 'kind', header: t('dataQuality.source'), kind: 'text' },
      { key: 'status', header: t('dataQuality.status'), kind: 'text' },
      { key: 'lastLoaded', header: t('dataQuality.lastLoaded'), kind: 'date' },
      { key: 'newest', header: t('dataQuality.newestDay'), kind: 'date' },
      { key: 'days', header: t('dataQuality.daysBehind'), kind: 'integer' },
      { key: 'files', header: t('dataQuality.files'), kind: 'integer' },
    ],
    rows: quality.sources.map((s) => ({
      kind: kindLabel(s.kind, t),
      status: statusLabel(freshnessStatus(s), t),
      lastLoaded: s.lastLoadedAt ? copenhagenDate(s.lastLoadedAt) : null,
      newest: s.newestPeriodEnd,
      days: s.freshnessDays,
      files: s.currentFiles,
    })),
  };
}

export function loadsTable(
  quality: DataQuality,
  municipalityCode: string,
  t: Translate,
  language: Language,
): TableData {
  return {
    caption: t('dataQuality.loads.caption', { asOf: formatDate(quality.asOf, language) }),
    fileName: fileName(municipalityCode, quality.asOf, 'indlaesninger'),
    columns: [
      { key: 'kind', header: t('dataQuality.source'), kind: 'text' },
      { key: 'files', header: t('dataQuality.files'), kind: 'integer' },
      { key: 'rowsIn', header: t('dataQuality.rowsIn'), kind: 'integer' },
      { key: 'loaded', header: t('dataQuality.rowsLoaded'), kind: 'integer' },
      { key: 'quarantined', header: t('dataQuality.rowsQuarantined'), kind: 'integer' },
      { key: 'duplicate', header: t('dataQuality.rowsDuplicate'), kind: 'integer' },
      { key: 'skipped', header: t('dataQuality.rowsSkipped'), kind: 'integer' },
      { key: 'rejected', header: t('dataQuality.rejectedFiles'), kind: 'integer' },
    ],
    rows: quality.sources.map((s) => ({
      kind: kindLabel(s.kind, t),
      files: s.currentFiles,
      rowsIn: rowsIn(s),
      loaded: s.rowsLoaded,
      quarantined: s.rowsQuarantined,
      duplicate: s.rowsDuplicate,
      skipped: s.rowsSkipped,
      rejected: s.rejectedFiles,
    })),
  };
}

export function quarantineTable(
  quality: DataQuality,
  municipalityCode: string,
  t: Translate,
): TableData {
  return {
    caption: t('dataQuality.quarantine.caption'),
    fileName: fileName(municipalityCode, quality.asOf, 'karantaene'),
    columns: [
      { key: 'file', header: t('dataQuality.file'), kind: 'text' },
      { key: 'kind', header: t('dataQuality.source'), kind: 'text' },
      { key: 'row', header: t('dataQuality.row'), kind: 'integer' },
      { key: 'column', header: t('dataQuality.column'), kind: 'text' },
      { key: 'reason', header: t('dataQuality.reason'), kind: 'text' },
      { key: 'at', header: t('dataQuality.quarantinedAt'), kind: 'date' },
    ],
    rows: quality.problems.map((p) => ({
      file: p.fileName,
      kind: kindLabel(p.kind, t),
      row: p.sourceRow,
      column: p.columnName,
      reason: p.reason,
      at: copenhagenDate(p.quarantinedAt),
    })),
  };
}

/** The problems grouped by file, each with its rows by reason: what to fix where. */
export type FileProblems = {
  fileName: string;
  kind: string;
  reasons: { reason: string; columnName: string | null; rows: (number | null)[] }[];
};

export function problemsByFile(problems: readonly QuarantineProblem[]): FileProblems[] {
  const files = new Map<string, FileProblems>();
  for (const p of problems) {
    const key = `${p.kind}\u0000${p.fileName}`;
    let file = files.get(key);
    if (!file) {
      file = { fileName: p.fileName, kind: p.kind, reasons: [] };
      files.set(key, file);
    }
    let reason = file.reasons.find((r) => r.reason === p.reason && r.columnName === p.columnName);
    if (!reason) {
      reason = { reason: p.reason, columnName: p.columnName, rows: [] };
      file.reasons.push(reason);
    }
    reason.rows.push(p.sourceRow);
  }
  for (const file of files.values())
    for (const reason of file.reasons) reason.rows.sort((a, b) => (a ?? 0) - (b ?? 0));
  return [...files.values()];
}

export function unmappedTable(
  quality: DataQuality,
  municipalityCode: string,
  t: Translate,
): TableData {
  return {
    caption: t('dataQuality.unmapped.caption'),
    fileName: fileName(municipalityCode, quality.asOf, 'ukendte-betegnelser'),
    columns: [
      { key: 'label', header: t('dataQuality.label'), kind: 'text' },
      { key: 'labelKind', header: t('dataQuality.labelKind'), kind: 'text' },
      { key: 'kind', header: t('dataQuality.source'), kind: 'text' },
      { key: 'rows', header: t('dataQuality.rows'), kind: 'integer' },
      { key: 'lastSeen', header: t('dataQuality.lastSeen'), kind: 'date' },
    ],
    rows: quality.unmappedLabels.map((u: UnmappedLabel) => ({
      label: u.label,
      labelKind: u.labelKind,
      kind: kindLabel(u.kind, t),
      rows: u.rows,
      lastSeen: copenhagenDate(u.lastSeenAt),
    })),
  };
}
