/**
 * Writes rota exports of Borgerservice the way a rota system does (`Dato;Enhed;Aktivitet;Timer`,
 * `;`-separated, dd-MM-yyyy dates, hours with a decimal comma, UTF-8 with BOM, CRLF), one file per
 * month, one row per opening day and activity. Planted effect: mandatory booking (2020-12-01) takes
 * one FTE off the counter over six months and adds a little phone time.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isOpeningDay } from '@kanalindsigt/calendar/danish-holidays';
import { eachDay, isoWeekday } from '@kanalindsigt/calendar/local-date';
import type { TicketSimulation, WrittenExport } from './frontdesk-export';
import { Random } from './random';
import { MANDATORY_BOOKING_FROM, OPENING_HOURS } from './visit-demand';

export const ROTA_COLUMNS = ['Dato', 'Enhed', 'Aktivitet', 'Timer'] as const;
export const ROTA_UNIT = 'Borgerservice';

/** The rota's activity names, as the shipped mapping (vagtplan-staffing.json) reads them. */
export const ROTA_ACTIVITY_NAMES = {
  counter: 'Skranke',
  phone: 'Telefon',
  back_office: 'Bagvagt',
} as const;

type Activity = keyof typeof ROTA_ACTIVITY_NAMES;

/** The Danish full-time norm, 37 hours a week, spread over five opening days. */
export const HOURS_PER_FTE_PER_OPENING_DAY = 37 / 5;

/**
 * Planted effect of mandatory booking: the change in hours per opening day grows linearly from
 * `from` and is whole from `fullFrom` on. The counter gives up one FTE (the budget's saving).
 */
export const MANDATORY_BOOKING_STAFFING_EFFECT = {
  from: MANDATORY_BOOKING_FROM,
  fullFrom: '2021-06-01',
  counterHoursPerOpeningDay: -HOURS_PER_FTE_PER_OPENING_DAY,
  phoneHoursPerOpeningDay: 1.5,
} as const;

/** The town hall closed to the public: no counter shifts; counter staff moved to phone and cases. */
export const COVID_CLOSURE_STAFFING = {
  from: '2020-03-12',
  to: '2020-05-17',
  phoneFactor: 1.4,
  backOfficeFactor: 1.3,
} as const;

/** Counter staff per 10,000 inhabitants; each works the opening hours plus an hour around them. */
const COUNTER_STAFF_PER_10000 = 1;
const COUNTER_EXTRA_HOURS = 1;
const PHONE_HOURS_PER_1000 = 0.33;
const FRIDAY_PHONE_FACTOR = 0.75;
const BACK_OFFICE_HOURS_PER_1000 = 0.29;
/** Day-to-day variation of a rota: sickness, holidays, swapped shifts. */
const DAILY_SPREAD = 0.05;

export interface RotaRow {
  date: string;
  activity: Activity;
  hours: number;
}

/** How far the mandatory-booking effect has come on a date, from 0 to 1. */
function effectProgress(date: string): number {
  const { from, fullFrom } = MANDATORY_BOOKING_STAFFING_EFFECT;
  if (date < from) return 0;
  if (date >= fullFrom) return 1;
  return (Date.parse(date) - Date.parse(from)) / (Date.parse(fullFrom) - Date.parse(from));
}

/** The rota rows of one day; none on a closed day. Deterministic for a given seed and date. */
export function simulateRotaDay(date: string, options: TicketSimulation): RotaRow[] {
  if (!isOpeningDay(date)) return [];
  const weekday = isoWeekday(date);
  const open = OPENING_HOURS[weekday];
  if (!open) return [];
  const random = new Random(options.seed).fork(`${options.municipalityCode}:${date}`);
  const closed = date >= COVID_CLOSURE_STAFFING.from && date <= COVID_CLOSURE_STAFFING.to;
  const progress = effectProgress(date);
  const effect = MANDATORY_BOOKING_STAFFING_EFFECT;

  const openHours = (open[1] - open[0]) / 60;
  const planned: Record<Activity, number> = {
    counter: closed
      ? 0
      : (options.population / 10_000) * COUNTER_STAFF_PER_10000 * (openHours + COUNTER_EXTRA_HOURS),
    phone:
      (options.population / 1000) *
      PHONE_HOURS_PER_1000 *
      (weekday === 5 ? FRIDAY_PHONE_FACTOR : 1) *
      (closed ? COVID_CLOSURE_STAFFING.phoneFactor : 1),
    back_office:
      (options.population / 1000) *
      BACK_OFFICE_HOURS_PER_1000 *
      (closed ? COVID_CLOSURE_STAFFING.backOfficeFactor : 1),
  };
  const rows: RotaRow[] = [];
  for (const activity of Object.keys(ROTA_ACTIVITY_NAMES) as Activity[]) {
    const varied = planned[activity] * (1 + random.normal(0, DAILY_SPREAD));
    const shifted =
      varied +
      progress *
        (activity === 'counter'
          ? effect.counterHoursPerOpeningDay
          : activity === 'phone'
            ? effect.phoneHoursPerOpeningDay
            : 0);
    // Rotas are planned in quarter hours; an activity nobody is rostered for has no row.
    const hours = Math.round(Math.max(0, shifted) * 4) / 4;
    if (planned[activity] > 0 && hours > 0) rows.push({ date, activity, hours });
  }
  return rows;
}

const danishDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

function csvLine(row: RotaRow): string {
  return [
    danishDate(row.date),
    ROTA_UNIT,
    ROTA_ACTIVITY_NAMES[row.activity],
    String(row.hours).replace('.', ','),
  ].join(';');
}

/** Writes one rota file per calendar month of the range. */
export async function writeStaffingExports(
  options: TicketSimulation,
  outDir: string,
): Promise<WrittenExport[]> {
  await mkdir(outDir, { recursive: true });
  const linesByMonth = new Map<string, string[]>();
  for (const date of eachDay(options.from, options.to)) {
    const month = date.slice(0, 7);
    const lines = linesByMonth.get(month) ?? [];
    lines.push(...simulateRotaDay(date, options).map(csvLine));
    linesByMonth.set(month, lines);
  }
  const written: WrittenExport[] = [];
  for (const [month, lines] of linesByMonth) {
    const path = join(outDir, `vagtplan-${options.municipalityCode}-${month}.csv`);
    const body = [ROTA_COLUMNS.join(';'), ...lines].map((line) => `${line}\r\n`).join('');
    await writeFile(path, `\uFEFF${body}`, 'utf8');
    written.push({ path, rows: lines.length });
  }
  return written;
}
