/**
 * Writes call exports in the shape a cloud contact-centre platform produces: one row per call,
 * `;`-separated, UTF-8 without BOM, LF line endings, times in UTC (`yyyy-MM-dd HH:mm:ss`),
 * durations in milliseconds, English column names and result codes, one file per month.
 *
 * The demand model is calibrated on the seeds (Høje-Taastrup: about 5,300 calls a month for
 * 50,835 inhabitants; DDH: 72 % answered, mean wait 1:48, 53–57 % resolved at first contact) and
 * plants the effects a ground truth can name: Monday-morning peaks, the spring 2020 COVID surge,
 * the hotline taking a growing share from September 2020, booking calls after mandatory booking
 * and the MitID surge of 2021–22.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { copenhagenWallClockToUtc } from '@kanalindsigt/calendar/copenhagen-time';
import { isOpeningDay } from '@kanalindsigt/calendar/danish-holidays';
import { eachDay, isoWeekday, parseIsoDate } from '@kanalindsigt/calendar/local-date';
import { Random } from './random';
import { MANDATORY_BOOKING_FROM } from './visit-demand';

export const TELEPHONY_COLUMNS = [
  'CallId',
  'QueueName',
  'IvrChoice',
  'StartTimeUtc',
  'AnswerTimeUtc',
  'EndTimeUtc',
  'Result',
  'WaitMs',
  'TalkMs',
  'HoldMs',
  'WrapUpMs',
  'WrapUpCode',
  'AgentName',
] as const;

export type CallResult =
  'Answered' | 'Abandoned' | 'Transferred' | 'ForwardedDDH' | 'CallbackRequested' | 'IvrOnly';

export interface IvrChoice {
  label: string;
  queue: string;
  /** Share of calls on an ordinary day before the planted effects. */
  weight: number;
  /** How much more likely than average a call on this choice is routed to the hotline. */
  hotlineAffinity: number;
  medianTalkSeconds: number;
}

export const IVR_CHOICES: readonly IvrChoice[] = [
  {
    label: 'Pas og kørekort',
    queue: 'Borgerservice',
    weight: 22,
    hotlineAffinity: 0.5,
    medianTalkSeconds: 170,
  },
  {
    label: 'Tidsbestilling',
    queue: 'Borgerservice',
    weight: 5,
    hotlineAffinity: 0.3,
    medianTalkSeconds: 120,
  },
  {
    label: 'Folkeregister',
    queue: 'Borgerservice',
    weight: 11,
    hotlineAffinity: 0.5,
    medianTalkSeconds: 220,
  },
  {
    label: 'Sundhedskort',
    queue: 'Borgerservice',
    weight: 7,
    hotlineAffinity: 0.9,
    medianTalkSeconds: 150,
  },
  {
    label: 'NemID/MitID',
    queue: 'Borgerservice',
    weight: 10,
    hotlineAffinity: 2.6,
    medianTalkSeconds: 300,
  },
  {
    label: 'Digital Post',
    queue: 'Borgerservice',
    weight: 6,
    hotlineAffinity: 2.6,
    medianTalkSeconds: 240,
  },
  {
    label: 'Pension',
    queue: 'Pension og boligstøtte',
    weight: 11,
    hotlineAffinity: 0.2,
    medianTalkSeconds: 280,
  },
  {
    label: 'Boligstøtte',
    queue: 'Pension og boligstøtte',
    weight: 7,
    hotlineAffinity: 0.2,
    medianTalkSeconds: 260,
  },
  { label: 'Skat', queue: 'Borgerservice', weight: 8, hotlineAffinity: 1, medianTalkSeconds: 230 },
  { label: 'Andet', queue: 'Borgerservice', weight: 9, hotlineAffinity: 1, medianTalkSeconds: 200 },
];

/** Callers who press nothing land on the switchboard queue, so the export has no IVR choice. */
export const SWITCHBOARD = { queue: 'Omstilling', weight: 4, medianTalkSeconds: 90 } as const;
/** Out-of-hours calls hear the closed message on the main number before any menu. */
export const MAIN_NUMBER_QUEUE = 'Borgerservice';

/** Phone opening hours per ISO weekday as [open, close) in minutes after midnight. */
export const PHONE_OPENING_HOURS: Readonly<Record<number, readonly [number, number]>> = {
  1: [9 * 60, 15 * 60],
  2: [9 * 60, 15 * 60],
  3: [9 * 60, 15 * 60],
  4: [9 * 60, 17 * 60],
  5: [9 * 60, 13 * 60],
};

/** Calls per 1,000 inhabitants on an average opening day in 2019 (≈ 5,300 a month at 50,835). */
export const CALLS_PER_1000_PER_OPENING_DAY = 4.7;
export const CALLS_YEARLY_TREND = 0.98;
export const CALLS_BASE_YEAR = 2019;
export const WEEKDAY_FACTOR: Readonly<Record<number, number>> = {
  1: 1.35,
  2: 1.0,
  3: 0.92,
  4: 1.05,
  5: 0.68,
};
export const MONTH_FACTOR = [1.12, 1.02, 1.05, 1.0, 1.0, 1.0, 0.72, 1.0, 1.06, 1.05, 1.02, 0.86];
export const HOUR_WEIGHT: Readonly<Record<number, number>> = {
  9: 1.45,
  10: 1.3,
  11: 1.1,
  12: 0.9,
  13: 0.9,
  14: 0.85,
  15: 0.8,
  16: 0.75,
};
/** Monday 9–11 gets this much more on top of the Monday factor: the weekend's backlog. */
export const MONDAY_MORNING = { fromHour: 9, toHour: 11, factor: 1.3 } as const;

/** Out-of-hours calls, relative to an opening day's volume; all of them end in the IVR. */
export const AFTER_HOURS_SHARE = 0.05;
export const CLOSED_WEEKDAY_FACTOR = 0.3;
export const WEEKEND_FACTOR = 0.03;
/** Callers hanging up in the menu during opening hours. */
export const IVR_HANGUP_SHARE = 0.02;

/** The town hall was closed, so more citizens phoned. */
export const COVID_PHONE_SURGE = { from: '2020-03-12', to: '2020-05-17', factor: 1.3 } as const;
/** After mandatory booking, calls on the booking IVR choice multiply. */
export const BOOKING_CALLS = {
  from: MANDATORY_BOOKING_FROM,
  ivrChoice: 'Tidsbestilling',
  factor: 2.5,
} as const;
export const MITID_SURGE = {
  from: '2021-10-01',
  to: '2022-06-30',
  ivrChoice: 'NemID/MitID',
  factor: 3,
} as const;
/**
 * Den Digitale Hotline takes a share of the in-hours calls from the day the municipality joins,
 * growing month by month up to a cap (the seeds expect 7.6–18.9 %).
 */
export const HOTLINE = {
  joinedOn: '2020-09-01',
  firstMonthShare: 0.09,
  monthlyGrowth: 0.004,
  maxShare: 0.165,
} as const;

/** Targets of the municipal queue (the seeds' DDH quality figures). */
export const CALL_TARGETS = {
  answerRate: 0.72,
  meanAnswerWaitSeconds: 108,
  firstContactResolution: 0.55,
} as const;
export const CALLBACK_SHARE = 0.03;
export const TRANSFER_SHARE = 0.05;
export const SHORT_ABANDON = { share: 0.2, maxSeconds: 5 } as const;
/** Tuned so that answer rate and mean wait meet CALL_TARGETS over a year (see the spec). */
const ANSWER_BASE = 0.782;
const ANSWER_PRESSURE_EXPONENT = 0.35;
const WAIT_SIGMA = 0.75;
const WAIT_MEDIAN_BASE_SECONDS = 70;
const WAIT_PRESSURE_EXPONENT = 0.9;
const RESOLVED_AMONG_ANSWERED = CALL_TARGETS.firstContactResolution / (1 - TRANSFER_SHARE);

const NOT_RESOLVED_CODES = [
  'Sag oprettet',
  'Ringer tilbage',
  'Henvist til selvbetjening',
  'Henvist til anden afdeling',
];
const AGENTS = ['ABJ', 'KLM', 'SøP', 'HNI', 'TRA', 'MEJ', 'LOK', 'PIA', 'BIH'];

export interface CallRow {
  callId: string;
  queueName: string;
  ivrChoice: string | null;
  startUtcMillis: number;
  answerUtcMillis: number | null;
  endUtcMillis: number;
  result: CallResult;
  waitMs: number;
  talkMs: number;
  holdMs: number;
  wrapUpMs: number;
  wrapUpCode: string | null;
  agentName: string | null;
}

export interface CallSimulation {
  municipalityCode: string;
  population: number;
  from: string;
  to: string;
  seed: number;
}

const between = (date: string, range: { from: string; to: string }) =>
  date >= range.from && date <= range.to;

/** The hotline's share of in-hours calls on a date (0 before the municipality joined). */
export function hotlineShare(date: string): number {
  if (date < HOTLINE.joinedOn) return 0;
  const joined = parseIsoDate(HOTLINE.joinedOn);
  const { year, month } = parseIsoDate(date);
  const months = (year - joined.year) * 12 + month - joined.month;
  return Math.min(HOTLINE.maxShare, HOTLINE.firstMonthShare + HOTLINE.monthlyGrowth * months);
}

/** Expected in-hours calls per IVR choice on an opening day (switchboard last). */
function choiceVolumes(date: string, population: number): number[] {
  const { year, month } = parseIsoDate(date);
  let day =
    (population / 1000) *
    CALLS_PER_1000_PER_OPENING_DAY *
    (WEEKDAY_FACTOR[isoWeekday(date)] ?? 1) *
    (MONTH_FACTOR[month - 1] ?? 1) *
    CALLS_YEARLY_TREND ** (year - CALLS_BASE_YEAR);
  if (between(date, COVID_PHONE_SURGE)) day *= COVID_PHONE_SURGE.factor;
  const weights = [...IVR_CHOICES.map((c) => c.weight), SWITCHBOARD.weight];
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((weight, i) => {
    const label = IVR_CHOICES[i]?.label;
    let volume = (day * weight) / total;
    if (label === BOOKING_CALLS.ivrChoice && date >= BOOKING_CALLS.from)
      volume *= BOOKING_CALLS.factor;
    if (label === MITID_SURGE.ivrChoice && between(date, MITID_SURGE)) volume *= MITID_SURGE.factor;
    return volume;
  });
}

function hourPressure(weekday: number, hour: number): number {
  const monday =
    weekday === 1 && hour >= MONDAY_MORNING.fromHour && hour < MONDAY_MORNING.toHour
      ? MONDAY_MORNING.factor
      : 1;
  return (WEEKDAY_FACTOR[weekday] ?? 1) * (HOUR_WEIGHT[hour] ?? 1) * monday;
}

function localToUtcMillis(date: string, secondOfDay: number): number {
  const { year, month, day } = parseIsoDate(date);
  const converted = copenhagenWallClockToUtc(
    year,
    month,
    day,
    Math.floor(secondOfDay / 3600),
    Math.floor(secondOfDay / 60) % 60,
    secondOfDay % 60,
  );
  // Calls are only drawn between 07:00 and 20:00, never in a daylight-saving transition.
  if (converted.kind !== 'ok') throw new Error(`no single UTC instant for ${date} ${secondOfDay}`);
  return converted.utcMillis;
}

interface Arrival {
  secondOfDay: number;
  /** Index into IVR_CHOICES; IVR_CHOICES.length for the switchboard; -1 for out of hours. */
  choice: number;
}

function drawArrivals(date: string, options: CallSimulation, random: Random): Arrival[] {
  const weekday = isoWeekday(date);
  const hours = PHONE_OPENING_HOURS[weekday];
  const arrivals: Arrival[] = [];
  const outOfHours = (count: number, fromHour: number, toHour: number) => {
    for (let i = 0; i < count; i += 1)
      arrivals.push({
        secondOfDay: random.integer(fromHour * 3600, toHour * 3600 - 1),
        choice: -1,
      });
  };
  if (!hours || !isOpeningDay(date)) {
    const volume = (options.population / 1000) * CALLS_PER_1000_PER_OPENING_DAY;
    outOfHours(random.poisson(volume * (hours ? CLOSED_WEEKDAY_FACTOR : WEEKEND_FACTOR)), 8, 18);
    return arrivals;
  }
  const volumes = choiceVolumes(date, options.population);
  const total = volumes.reduce((sum, v) => sum + v, 0);
  const slots: { hour: number; weight: number }[] = [];
  for (let hour = Math.floor(hours[0] / 60); hour * 60 < hours[1]; hour += 1)
    slots.push({ hour, weight: hourPressure(weekday, hour) });
  const slotWeights = slots.map((s) => s.weight);
  const count = random.poisson(total);
  for (let i = 0; i < count; i += 1) {
    const slot = slots[random.weightedIndex(slotWeights)]!;
    arrivals.push({
      secondOfDay: slot.hour * 3600 + random.integer(0, 3599),
      choice: random.weightedIndex(volumes, total),
    });
  }
  const before = random.poisson((total * AFTER_HOURS_SHARE) / 2);
  const after = random.poisson((total * AFTER_HOURS_SHARE) / 2);
  outOfHours(before, 7, hours[0] / 60);
  outOfHours(after, Math.ceil(hours[1] / 60), 20);
  return arrivals.sort((a, b) => a.secondOfDay - b.secondOfDay);
}

/** The calls of one day, ordered by arrival. Deterministic for a given seed and date. */
export function simulateCallDay(date: string, options: CallSimulation): CallRow[] {
  const random = new Random(options.seed).fork(`calls:${options.municipalityCode}:${date}`);
  const weekday = isoWeekday(date);
  const arrivals = drawArrivals(date, options, random);
  const share = hotlineShare(date);
  // Routing prefers the digital choices; dividing by the day's mean affinity keeps the share exact.
  const volumes = isOpeningDay(date) ? choiceVolumes(date, options.population) : [];
  const meanAffinity =
    volumes.reduce((sum, v, i) => sum + v * (IVR_CHOICES[i]?.hotlineAffinity ?? 1), 0) /
    (volumes.reduce((sum, v) => sum + v, 0) || 1);
  const compact = date.replaceAll('-', '');

  return arrivals.map((arrival, index): CallRow => {
    const choice = IVR_CHOICES[arrival.choice];
    const startUtcMillis = localToUtcMillis(date, arrival.secondOfDay);
    // One object shape filled in per branch: spreading a base object per call made a simulated
    // decade several times slower.
    const call: CallRow = {
      callId: `${compact}-${String(index + 1).padStart(5, '0')}`,
      queueName: choice?.queue ?? SWITCHBOARD.queue,
      ivrChoice: choice?.label ?? null,
      startUtcMillis,
      answerUtcMillis: null,
      endUtcMillis: startUtcMillis,
      result: 'IvrOnly',
      waitMs: 0,
      talkMs: 0,
      holdMs: 0,
      wrapUpMs: 0,
      wrapUpCode: null,
      agentName: null,
    };
    if (arrival.choice < 0 || random.chance(IVR_HANGUP_SHARE)) {
      if (!choice) call.queueName = MAIN_NUMBER_QUEUE;
      call.ivrChoice = null;
      call.endUtcMillis = startUtcMillis + random.integer(15, 90) * 1000;
      return call;
    }
    const ivrMs = choice ? random.integer(15_000, 45_000) : random.integer(4_000, 10_000);
    const inQueueAt = startUtcMillis + ivrMs;
    if (random.chance((share * (choice?.hotlineAffinity ?? 1)) / meanAffinity)) {
      call.endUtcMillis = inQueueAt + random.integer(1_000, 4_000);
      call.result = 'ForwardedDDH';
      return call;
    }
    const pressure = hourPressure(weekday, Math.floor(arrival.secondOfDay / 3600));
    if (random.chance(CALLBACK_SHARE)) {
      call.waitMs = Math.round(random.logNormal(60, 0.5) * 1000);
      call.endUtcMillis = inQueueAt + call.waitMs + random.integer(5_000, 12_000);
      call.result = 'CallbackRequested';
      return call;
    }
    if (!random.chance(Math.min(0.97, ANSWER_BASE * pressure ** -ANSWER_PRESSURE_EXPONENT))) {
      const waitSeconds = random.chance(SHORT_ABANDON.share)
        ? 0.5 + random.next() * (SHORT_ABANDON.maxSeconds - 0.6)
        : Math.min(1800, random.logNormal(90 * pressure, 0.7));
      call.waitMs = Math.round(waitSeconds * 1000);
      call.endUtcMillis = inQueueAt + call.waitMs;
      call.result = 'Abandoned';
      return call;
    }
    const waitSeconds = Math.min(
      1800,
      random.logNormal(WAIT_MEDIAN_BASE_SECONDS * pressure ** WAIT_PRESSURE_EXPONENT, WAIT_SIGMA),
    );
    call.waitMs = Math.round(waitSeconds * 1000);
    const answerMs = inQueueAt + call.waitMs;
    const transferred = random.chance(TRANSFER_SHARE);
    const medianTalk = choice?.medianTalkSeconds ?? SWITCHBOARD.medianTalkSeconds;
    call.talkMs = Math.round(random.logNormal(transferred ? 60 : medianTalk, 0.6) * 1000);
    call.holdMs = random.chance(0.25) ? Math.round(random.logNormal(40, 0.6) * 1000) : 0;
    call.wrapUpMs = Math.round(random.logNormal(35, 0.5) * 1000);
    call.wrapUpCode = transferred
      ? 'Viderestillet'
      : random.chance(RESOLVED_AMONG_ANSWERED)
        ? 'Straksafklaret'
        : NOT_RESOLVED_CODES[random.integer(0, NOT_RESOLVED_CODES.length - 1)]!;
    call.agentName = AGENTS[random.integer(0, AGENTS.length - 1)]!;
    // Whole seconds, as the platform writes them; the millisecond columns keep the precision.
    call.answerUtcMillis = Math.floor(answerMs / 1000) * 1000;
    call.endUtcMillis = Math.floor((answerMs + call.talkMs + call.holdMs) / 1000) * 1000;
    call.result = transferred ? 'Transferred' : 'Answered';
    return call;
  });
}

const utcText = (millis: number) => new Date(millis).toISOString().slice(0, 19).replace('T', ' ');

function csvLine(row: CallRow): string {
  return [
    row.callId,
    row.queueName,
    row.ivrChoice ?? '',
    utcText(row.startUtcMillis),
    row.answerUtcMillis === null ? '' : utcText(row.answerUtcMillis),
    utcText(row.endUtcMillis),
    row.result,
    row.waitMs,
    row.talkMs,
    row.holdMs,
    row.wrapUpMs,
    row.wrapUpCode ?? '',
    row.agentName ?? '',
  ].join(';');
}

export interface WrittenExport {
  path: string;
  rows: number;
}

/** One export file being written: the header, then the calls in the order they are appended. */
class CallExportFile {
  readonly written: WrittenExport;
  private readonly stream: WriteStream;

  constructor(path: string) {
    this.written = { path, rows: 0 };
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.write(`${TELEPHONY_COLUMNS.join(';')}\n`);
  }

  async append(rows: readonly CallRow[]): Promise<void> {
    if (rows.length === 0) return;
    this.written.rows += rows.length;
    if (!this.stream.write(rows.map(csvLine).join('\n') + '\n')) await once(this.stream, 'drain');
  }

  async close(): Promise<WrittenExport> {
    this.stream.end();
    await once(this.stream, 'finish');
    return this.written;
  }
}

/** Writes one call export per calendar month of the range into `outDir`. */
export async function writeTelephonyExports(
  options: CallSimulation,
  outDir: string,
): Promise<WrittenExport[]> {
  await mkdir(outDir, { recursive: true });
  const written: WrittenExport[] = [];
  let current: { month: string; file: CallExportFile } | undefined;
  for (const date of eachDay(options.from, options.to)) {
    const month = date.slice(0, 7);
    if (current?.month !== month) {
      await current?.file.close();
      const path = join(outDir, `telefoni-opkald-${options.municipalityCode}-${month}.csv`);
      current = { month, file: new CallExportFile(path) };
      written.push(current.file.written);
    }
    await current.file.append(simulateCallDay(date, options));
  }
  await current?.file.close();
  return written;
}

/**
 * Writes the first `maxRows` calls of the range into one file at `path`, stopping mid-day if need
 * be: a call log of an exact size, for the load benchmark.
 */
export async function writeTelephonyExport(
  options: CallSimulation,
  path: string,
  maxRows: number,
): Promise<WrittenExport> {
  await mkdir(dirname(path), { recursive: true });
  const file = new CallExportFile(path);
  for (const date of eachDay(options.from, options.to)) {
    const room = maxRows - file.written.rows;
    if (room <= 0) break;
    await file.append(simulateCallDay(date, options).slice(0, room));
  }
  return file.close();
}
