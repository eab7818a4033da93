/**
 * Writes queue-ticket exports in the shape Danish Borgerservice queue systems produce
 * (Frontdesk-style columns, `;`-separated, Danish dates, UTF-8 with BOM, CRLF), one file per year.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { isOpeningDay } from '@kanalindsigt/calendar/danish-holidays';
import { eachDay, isoWeekday } from '@kanalindsigt/calendar/local-date';
import { Random } from './random';
import { dayDemand, hourWeights, OPENING_HOURS, QUEUE_SERVICES } from './visit-demand';

export const FRONTDESK_COLUMNS = [
  'TicketId',
  'CreatedAt',
  'CalledAt',
  'EndedAt',
  'QueueName',
  'QueueCategoryName',
  'CounterName',
  'EmployeeName',
  'Tickettype',
  'VentetidMinutter',
  'BehandlingstidMinutter',
] as const;

export interface TicketRow {
  ticketId: number;
  createdAt: string;
  calledAt: string;
  endedAt: string;
  queueName: string;
  counterName: string;
  employeeName: string;
  ticketType: 'Booket' | 'Walk-in';
  waitMinutes: string;
  handlingMinutes: string;
}

export interface TicketSimulation {
  municipalityCode: string;
  population: number;
  from: string;
  to: string;
  seed: number;
}

const COUNTERS = ['Skranke 1', 'Skranke 2', 'Skranke 3', 'Skranke 4', 'Skranke 5', 'Skranke 6'];
const EMPLOYEES = ['ABJ', 'KLM', 'SøP', 'HNI', 'TRA', 'MEJ', 'LOK', 'PIA'];
const NO_SHOW_SHARE = 0.015;

const pad = (n: number) => String(n).padStart(2, '0');
const minutesToClock = (date: string, minuteOfDay: number) => {
  const seconds = Math.round(minuteOfDay * 60);
  const [y, m, d] = date.split('-');
  return `${d}-${m}-${y} ${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
};
const decimalComma = (minutes: number) => minutes.toFixed(1).replace('.', ',');

/** The tickets of one day, ordered by arrival. Deterministic for a given seed and date. */
export function simulateDay(
  date: string,
  options: TicketSimulation,
  nextTicketId: () => number,
): TicketRow[] {
  if (!isOpeningDay(date)) return [];
  const demand = dayDemand(date, options.population);
  if (!demand) return [];
  const random = new Random(options.seed).fork(`${options.municipalityCode}:${date}`);
  const weekday = isoWeekday(date);
  const hours = hourWeights(weekday);
  const hourTotal = hours.reduce((sum, h) => sum + h.weight, 0);
  const open = OPENING_HOURS[weekday];
  const serviceTotal = demand.serviceWeights.reduce((sum, w) => sum + w, 0);
  const count = random.poisson(demand.expectedTickets);

  const arrivals: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const slot =
      hours[
        random.weightedIndex(
          hours.map((h) => h.weight),
          hourTotal,
        )
      ];
    if (!slot || !open) continue;
    const start = Math.max(open[0], slot.hour * 60);
    const end = Math.min(open[1], (slot.hour + 1) * 60);
    arrivals.push(start + random.next() * (end - start));
  }
  arrivals.sort((a, b) => a - b);

  return arrivals.map((arrival) => {
    const service =
      QUEUE_SERVICES[random.weightedIndex(demand.serviceWeights, serviceTotal)] ??
      QUEUE_SERVICES[0]!;
    const booked = random.chance(demand.bookedShare);
    const hourLoad =
      (hours.find((h) => h.hour === Math.floor(arrival / 60))?.weight ?? 1) /
      (hourTotal / hours.length);
    const waitMinutes = booked
      ? random.logNormal(3, 0.6)
      : random.logNormal(demand.walkInMedianWaitMinutes * hourLoad, 0.55);
    const calledAt = arrival + Math.min(waitMinutes, 180);
    const noShow = random.chance(NO_SHOW_SHARE);
    const handlingMinutes = random.logNormal(service.medianHandlingMinutes, 0.45);
    return {
      ticketId: nextTicketId(),
      createdAt: minutesToClock(date, arrival),
      calledAt: minutesToClock(date, calledAt),
      endedAt: noShow ? '' : minutesToClock(date, calledAt + handlingMinutes),
      queueName: service.label,
      counterName: COUNTERS[random.integer(0, COUNTERS.length - 1)]!,
      employeeName: EMPLOYEES[random.integer(0, EMPLOYEES.length - 1)]!,
      ticketType: booked ? 'Booket' : 'Walk-in',
      waitMinutes: decimalComma(calledAt - arrival),
      handlingMinutes: noShow ? '' : decimalComma(handlingMinutes),
    };
  });
}

function csvLine(row: TicketRow): string {
  return [
    row.ticketId,
    row.createdAt,
    row.calledAt,
    row.endedAt,
    row.queueName,
    'Borgerservice',
    row.counterName,
    row.employeeName,
    row.ticketType,
    row.waitMinutes,
    row.handlingMinutes,
  ].join(';');
}

export interface WrittenExport {
  path: string;
  rows: number;
}

/** Writes one export file per calendar year of the range into `outDir`. */
export async function writeFrontdeskExports(
  options: TicketSimulation,
  outDir: string,
): Promise<WrittenExport[]> {
  await mkdir(outDir, { recursive: true });
  let ticketId = 1_000_000;
  const nextTicketId = () => (ticketId += 1);
  const written: WrittenExport[] = [];
  let current: { year: string; stream: NodeJS.WritableStream; entry: WrittenExport } | undefined;
  const close = async () => {
    if (!current) return;
    current.stream.end();
    await once(current.stream, 'finish');
  };
  for (const date of eachDay(options.from, options.to)) {
    const year = date.slice(0, 4);
    if (current?.year !== year) {
      await close();
      const path = join(outDir, `frontdesk-billetter-${options.municipalityCode}-${year}.csv`);
      const stream = createWriteStream(path, { encoding: 'utf8' });
      stream.write(`\uFEFF${FRONTDESK_COLUMNS.join(';')}\r\n`);
      current = { year, stream, entry: { path, rows: 0 } };
      written.push(current.entry);
    }
    const rows = simulateDay(date, options, nextTicketId);
    if (rows.length === 0) continue;
    current.entry.rows += rows.length;
    if (!current.stream.write(rows.map(csvLine).join('\r\n') + '\r\n'))
      await once(current.stream, 'drain');
  }
  await close();
  return written;
}
