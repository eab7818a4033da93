import { DATE_DIMENSION_YEARS } from '@kanalindsigt/warehouse/reference/dimensions';
import { compileTimestampParser, type WallClock } from '../date-time-format';
import type { RowProblem } from '../row-problem';
import type { VisitMapping } from './visit-mapping';

/** One ticket, renamed and cast; the columns of staging.stg_visit after source_file_id. */
export interface StagedVisit {
  sourceRow: number;
  ticketRef: string;
  siteCode: string;
  serviceLabel: string;
  counterName: string | null;
  ticketCreatedAt: Date;
  calledAt: Date | null;
  serviceEndedAt: Date | null;
  isBooked: boolean;
  outcome: 'served' | 'no_show';
  waitSeconds: number | null;
  handlingSeconds: number | null;
  dateKey: number;
  arrivalTimeKey: number;
}

const MAX_DURATION_SECONDS = 24 * 3600;

export type VisitRowParser = (row: number, fields: string[]) => StagedVisit | RowProblem[];

/**
 * Builds the row parser for a file from its header. Throws when a mapped column is missing, since
 * then no row of the file can be read.
 */
export function visitRowParser(mapping: VisitMapping, header: string[]): VisitRowParser {
  const trimmed = header.map((name) => name.trim());
  const index = (column: string | undefined): number => {
    if (!column) return -1;
    const at = trimmed.indexOf(column);
    if (at < 0) throw new MissingColumnError(column);
    if (trimmed.indexOf(column, at + 1) >= 0)
      throw new MissingColumnError(column, 'appears twice in the header');
    return at;
  };
  const columns = {
    ticketRef: index(mapping.columns.ticketRef),
    createdAt: index(mapping.columns.createdAt),
    calledAt: index(mapping.columns.calledAt),
    endedAt: index(mapping.columns.endedAt),
    serviceLabel: index(mapping.columns.serviceLabel),
    counterName: index(mapping.columns.counterName),
    ticketType: index(mapping.columns.ticketType),
  };
  const parseTimestamp = compileTimestampParser(mapping.timestampFormat);
  const names = mapping.columns;

  return (row, fields) => {
    const problems: RowProblem[] = [];
    const cell = (at: number) => (at >= 0 ? (fields[at] ?? '').trim() : '');
    const timestamp = (
      at: number,
      column: string,
      required: boolean,
    ): { utcMillis: number; wallClock: WallClock } | null => {
      const raw = cell(at);
      if (raw === '') {
        if (required) problems.push({ column, reason: 'is empty but required', rawValue: raw });
        return null;
      }
      const parsed = parseTimestamp(raw);
      if (!parsed.ok) {
        problems.push({ column, reason: parsed.reason, rawValue: raw });
        return null;
      }
      return parsed;
    };

    if (fields.length !== header.length) {
      return [
        {
          column: null,
          reason: `has ${fields.length} fields where the header has ${header.length}`,
          rawValue: fields.join(mapping.delimiter),
        },
      ];
    }
    const ticketRef = cell(columns.ticketRef);
    if (ticketRef === '')
      problems.push({ column: names.ticketRef, reason: 'is empty but required', rawValue: '' });
    const serviceLabel = cell(columns.serviceLabel);
    if (serviceLabel === '')
      problems.push({ column: names.serviceLabel, reason: 'is empty but required', rawValue: '' });
    const ticketTypeRaw = cell(columns.ticketType);
    const ticketType = mapping.values.ticketType[ticketTypeRaw];
    if (!ticketType) {
      const known = Object.keys(mapping.values.ticketType).join(', ');
      problems.push({
        column: names.ticketType,
        reason: `is not a known ticket type (${known})`,
        rawValue: ticketTypeRaw,
      });
    }
    const createdAt = timestamp(columns.createdAt, names.createdAt, true);
    const created = createdAt?.utcMillis ?? null;
    const called = timestamp(columns.calledAt, names.calledAt, false)?.utcMillis ?? null;
    const ended = timestamp(columns.endedAt, names.endedAt, false)?.utcMillis ?? null;

    if (created !== null && called !== null && called < created) {
      problems.push({
        column: names.calledAt,
        reason: `is before ${names.createdAt}`,
        rawValue: cell(columns.calledAt),
      });
    }
    if (ended !== null && called === null && problems.length === 0) {
      problems.push({
        column: names.calledAt,
        reason: `is empty although ${names.endedAt} is set`,
        rawValue: '',
      });
    }
    if (ended !== null && called !== null && ended < called) {
      problems.push({
        column: names.endedAt,
        reason: `is before ${names.calledAt}`,
        rawValue: cell(columns.endedAt),
      });
    }
    const waitSeconds =
      created !== null && called !== null ? Math.round((called - created) / 1000) : null;
    const handlingSeconds =
      called !== null && ended !== null ? Math.round((ended - called) / 1000) : null;
    if (waitSeconds !== null && waitSeconds > MAX_DURATION_SECONDS) {
      problems.push({
        column: names.calledAt,
        reason: 'makes the wait longer than 24 hours',
        rawValue: cell(columns.calledAt),
      });
    }
    if (handlingSeconds !== null && handlingSeconds > MAX_DURATION_SECONDS) {
      problems.push({
        column: names.endedAt,
        reason: 'makes the handling time longer than 24 hours',
        rawValue: cell(columns.endedAt),
      });
    }
    if (problems.length > 0 || createdAt === null || created === null || !ticketType)
      return problems;
    const local = createdAt.wallClock;
    if (local.year < DATE_DIMENSION_YEARS.first || local.year > DATE_DIMENSION_YEARS.last) {
      return [
        {
          column: names.createdAt,
          reason: `is outside the years the warehouse covers (${DATE_DIMENSION_YEARS.first}–${DATE_DIMENSION_YEARS.last})`,
          rawValue: cell(columns.createdAt),
        },
      ];
    }
    return {
      sourceRow: row,
      ticketRef,
      siteCode: mapping.siteCode,
      serviceLabel,
      counterName: cell(columns.counterName) || null,
      ticketCreatedAt: new Date(created),
      calledAt: called === null ? null : new Date(called),
      serviceEndedAt: ended === null ? null : new Date(ended),
      isBooked: ticketType === 'booked',
      outcome: ended !== null ? 'served' : 'no_show',
      waitSeconds,
      handlingSeconds,
      dateKey: local.year * 10000 + local.month * 100 + local.day,
      arrivalTimeKey: local.hour * 4 + Math.floor(local.minute / 15),
    };
  };
}

export class MissingColumnError extends Error {
  constructor(
    readonly column: string,
    problem = 'is missing from the header',
  ) {
    super(`column "${column}" ${problem}`);
  }
}
