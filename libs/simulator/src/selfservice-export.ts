/**
 * Writes monthly self-service statistics in long form, the way a municipality's self-service
 * platform delivers them: an Excel workbook per calendar year with one sheet, "Selvbetjening", of
 * one row per solution, month and channel (months as date cells shown dd.mm.yyyy, counts as
 * numbers). Calibrated on the seeds: digital take-up rising from about 70 % to 90 %, the spring
 * 2020 COVID closure, the pickup box from Q3 2020, the hotline's chatbot from September 2020 and
 * the MitID surge of 2021–22.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { daysInMonth } from '@kanalindsigt/calendar/local-date';
import type { UsageKind } from '@kanalindsigt/warehouse/reference/dimensions';
import { writeXlsx, type XlsxCell } from './xlsx-writer';
import type { TicketSimulation, WrittenExport } from './frontdesk-export';
import { Random } from './random';

/** The sheet the shipped mapping (selvbetjening-selfservice.json) reads. */
export const SELF_SERVICE_SHEET = 'Selvbetjening';

export const SELF_SERVICE_COLUMNS = [
  'Løsning',
  'Ydelse',
  'Måned start',
  'Måned slut',
  'Kanal',
  'Antal',
] as const;

/** The export's channel names, as the shipped mapping (selvbetjening-selfservice.json) reads them. */
export const CHANNEL_NAMES: Readonly<Record<UsageKind, string>> = {
  digital: 'Digital',
  assisted_digital: 'Digital med hjælp',
  paper: 'Papir',
  chatbot_session: 'Chatbot',
  pickup_box: 'Afhentningsboks',
  digital_post_exemption: 'Fritagelse for Digital Post',
};

interface SubmissionSolution {
  solution: string;
  service: string;
  /** Submissions per 1,000 inhabitants in an average month. */
  perThousand: number;
  /** This solution's take-up minus the overall take-up; the offsets cancel out over the volumes. */
  takeUpOffset: number;
  season: readonly number[];
}

const FLAT = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
const MOVING_SEASON = [0.85, 0.8, 0.9, 0.95, 1.0, 1.1, 1.3, 1.35, 1.1, 0.95, 0.85, 0.85];
const TRAVEL_SEASON = [0.85, 0.85, 1.0, 1.3, 1.35, 1.3, 0.9, 0.8, 0.9, 0.9, 0.9, 0.95];

/** Solutions citizens submit through a digital, an assisted digital or a paper channel. */
export const SUBMISSION_SOLUTIONS: readonly SubmissionSolution[] = [
  {
    solution: 'Flytning',
    service: 'Folkeregister',
    perThousand: 12,
    takeUpOffset: 0.03,
    season: MOVING_SEASON,
  },
  {
    solution: 'Pas – bestilling',
    service: 'Pas',
    perThousand: 6,
    takeUpOffset: -0.04,
    season: TRAVEL_SEASON,
  },
  {
    solution: 'Kørekort – fornyelse',
    service: 'Kørekort',
    perThousand: 4,
    takeUpOffset: 0,
    season: TRAVEL_SEASON,
  },
  {
    solution: 'Sundhedskort',
    service: 'Sundhedskort',
    perThousand: 3,
    takeUpOffset: 0.02,
    season: FLAT,
  },
  {
    solution: 'Boligstøtte',
    service: 'Boligstøtte',
    perThousand: 1.5,
    takeUpOffset: -0.04,
    season: FLAT,
  },
  { solution: 'Pension', service: 'Pension', perThousand: 1, takeUpOffset: -0.12, season: FLAT },
];

/**
 * Planted trend: digital take-up (digital incl. assisted ÷ all submissions) as a yearly mean,
 * linear in between and flat outside; assisted digital shrinks over the same years.
 */
export const DIGITAL_TAKE_UP = {
  first: { year: 2017, takeUp: 0.7, assistedShare: 0.1 },
  last: { year: 2025, takeUp: 0.9, assistedShare: 0.05 },
} as const;

/** The town hall closed: most assisted submissions and some paper ones went digital. */
export const COVID_CLOSURE_SELF_SERVICE = {
  from: '2020-03-12',
  to: '2020-05-17',
  assistedMovedToDigital: 0.8,
  paperMovedToDigital: 0.4,
} as const;

/** MitID replaced NemID: more citizens needed help, and more asked to be exempt from Digital Post. */
export const MITID_SURGE_SELF_SERVICE = {
  from: '2021-10-01',
  to: '2022-06-30',
  assistedFactor: 1.5,
  exemptionFactor: 2.5,
} as const;

/** The inter-municipal hotline's chatbot: sessions from its launch, growing year on year. */
export const CHATBOT = {
  solution: 'Chatbot – Den Digitale Hotline',
  service: 'Generel vejledning',
  from: '2020-09-01',
  perThousand: 4,
  yearlyGrowth: 0.15,
} as const;

/** The pickup box for passports and driving licences (Q3 2020), about 65 % of counter pickups. */
export const PICKUP_BOX = {
  solution: 'Afhentningsboks',
  service: 'Udlevering pas og kørekort',
  from: '2020-07-01',
  perThousand: 1.1,
} as const;

export const DIGITAL_POST_EXEMPTIONS = {
  solution: 'Digital Post – fritagelse',
  service: 'Digital Post',
  perThousand: 0.25,
} as const;

export interface SelfServiceRow {
  solution: string;
  service: string;
  periodStart: string;
  periodEnd: string;
  usageKind: UsageKind;
  count: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The trend's value at a month; the first and last years' means are the given points. */
function trendAt(year: number, month: number, key: 'takeUp' | 'assistedShare'): number {
  const { first, last } = DIGITAL_TAKE_UP;
  // Each month sits at its middle, so a year's twelve months average to its mid-year value.
  const progress = (year + (month - 0.5) / 12 - (first.year + 0.5)) / (last.year - first.year);
  return first[key] + (last[key] - first[key]) * clamp(progress, 0, 1);
}

/** The share of the month's days inside a date range (both ends included). */
function monthShareIn(year: number, month: number, range: { from: string; to: string }): number {
  const days = daysInMonth(year, month);
  const first = `${year}-${pad(month)}-01`;
  const last = `${year}-${pad(month)}-${pad(days)}`;
  if (range.to < first || range.from > last) return 0;
  const start = range.from > first ? Number(range.from.slice(8, 10)) : 1;
  const end = range.to < last ? Number(range.to.slice(8, 10)) : days;
  return (end - start + 1) / days;
}

/** The rows of one month's statistic. Deterministic for a given seed, municipality and month. */
export function simulateSelfServiceMonth(
  year: number,
  month: number,
  options: TicketSimulation,
): SelfServiceRow[] {
  const periodStart = `${year}-${pad(month)}-01`;
  const periodEnd = `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
  const thousands = options.population / 1000;
  const root = new Random(options.seed);
  const random = (part: string) =>
    root.fork(`${options.municipalityCode}:${year}-${pad(month)}:${part}`);
  const rows: SelfServiceRow[] = [];
  const row = (solution: string, service: string, usageKind: UsageKind, count: number) =>
    rows.push({ solution, service, periodStart, periodEnd, usageKind, count });

  const closed = monthShareIn(year, month, COVID_CLOSURE_SELF_SERVICE);
  const surge = monthShareIn(year, month, MITID_SURGE_SELF_SERVICE);
  for (const solution of SUBMISSION_SOLUTIONS) {
    const takeUp = clamp(trendAt(year, month, 'takeUp') + solution.takeUpOffset, 0, 0.98);
    const assisted =
      trendAt(year, month, 'assistedShare') *
      (1 + (MITID_SURGE_SELF_SERVICE.assistedFactor - 1) * surge) *
      (1 - COVID_CLOSURE_SELF_SERVICE.assistedMovedToDigital * closed);
    const paper = (1 - takeUp) * (1 - COVID_CLOSURE_SELF_SERVICE.paperMovedToDigital * closed);
    // Citizens do on their own whatever they no longer got help with or sent on paper.
    const digital = 1 - assisted - paper;
    const expected = thousands * solution.perThousand * (solution.season[month - 1] ?? 1);
    const draw = random(solution.solution);
    row(solution.solution, solution.service, 'digital', draw.poisson(expected * digital));
    row(solution.solution, solution.service, 'assisted_digital', draw.poisson(expected * assisted));
    row(solution.solution, solution.service, 'paper', draw.poisson(expected * paper));
  }

  if (periodStart >= CHATBOT.from) {
    const yearsRunning =
      year - Number(CHATBOT.from.slice(0, 4)) + (month - Number(CHATBOT.from.slice(5, 7))) / 12;
    const expected = thousands * CHATBOT.perThousand * (1 + CHATBOT.yearlyGrowth) ** yearsRunning;
    row(CHATBOT.solution, CHATBOT.service, 'chatbot_session', random('chatbot').poisson(expected));
  }
  if (periodStart >= PICKUP_BOX.from) {
    const expected = thousands * PICKUP_BOX.perThousand * (TRAVEL_SEASON[month - 1] ?? 1);
    row(PICKUP_BOX.solution, PICKUP_BOX.service, 'pickup_box', random('box').poisson(expected));
  }
  const exemptions =
    thousands *
    DIGITAL_POST_EXEMPTIONS.perThousand *
    (1 + (MITID_SURGE_SELF_SERVICE.exemptionFactor - 1) * surge);
  row(
    DIGITAL_POST_EXEMPTIONS.solution,
    DIGITAL_POST_EXEMPTIONS.service,
    'digital_post_exemption',
    random('exemptions').poisson(exemptions),
  );
  return rows;
}

function sheetRow(row: SelfServiceRow): XlsxCell[] {
  return [
    row.solution,
    row.service,
    { date: row.periodStart },
    { date: row.periodEnd },
    CHANNEL_NAMES[row.usageKind],
    row.count,
  ];
}

/** Writes one statistics file per calendar year, holding every month the range touches. */
export async function writeSelfserviceExports(
  options: TicketSimulation,
  outDir: string,
): Promise<WrittenExport[]> {
  await mkdir(outDir, { recursive: true });
  const written: WrittenExport[] = [];
  const [fromYear, fromMonth] = options.from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = options.to.split('-').map(Number) as [number, number];
  for (let year = fromYear; year <= toYear; year += 1) {
    const rows: XlsxCell[][] = [];
    const firstMonth = year === fromYear ? fromMonth : 1;
    const lastMonth = year === toYear ? toMonth : 12;
    for (let month = firstMonth; month <= lastMonth; month += 1) {
      rows.push(...simulateSelfServiceMonth(year, month, options).map(sheetRow));
    }
    const path = join(outDir, `selvbetjening-${options.municipalityCode}-${year}.xlsx`);
    const sheet = { name: SELF_SERVICE_SHEET, rows: [[...SELF_SERVICE_COLUMNS], ...rows] };
    await writeFile(path, writeXlsx([sheet], { deflate: true }));
    written.push({ path, rows: rows.length });
  }
  return written;
}
