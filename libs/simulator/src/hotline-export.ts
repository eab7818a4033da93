/**
 * Writes Den Digitale Hotline's monthly figures for one member municipality, as the hotline sends
 * them: `Kommune;Måned;Tilbudte;Besvarede;Straksafklarede;Gns. ventetid (sek.)`, `;`-separated,
 * UTF-8 with BOM and CRLF (saved from Excel), months as `MM-yyyy`, counts with Danish thousands
 * separators and the mean wait in seconds with a decimal comma, one file per year.
 *
 * The offered calls are the ones the municipality's own call stream forwards to the hotline
 * (simulateCallDay with the same seed), so both exports tell one story; what happens to them at
 * the hotline is drawn with the seeds' DDH quality figures.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { daysInMonth, eachDay, parseIsoDate } from '@kanalindsigt/calendar/local-date';
import { municipalityByCode } from '@kanalindsigt/warehouse/reference/municipalities';
import { Random } from './random';
import {
  HOTLINE,
  simulateCallDay,
  type CallSimulation,
  type WrittenExport,
} from './telephony-export';

export const HOTLINE_COLUMNS = [
  'Kommune',
  'Måned',
  'Tilbudte',
  'Besvarede',
  'Straksafklarede',
  'Gns. ventetid (sek.)',
] as const;

/** DDH's own quality (seeds, 2018): 72 % answered, mean wait 1:48, 53–57 % resolved at once. */
export const DDH_QUALITY = {
  answerRate: 0.72,
  meanWaitSeconds: 108,
  firstContactResolution: 0.55,
} as const;
const WAIT_SIGMA = 0.75;

export interface HotlineMonth {
  month: string;
  offered: number;
  answered: number;
  resolved: number;
  meanWaitSeconds: number;
}

/** The hotline's figures for one calendar month (`yyyy-MM`) of the municipality's forwarded calls. */
export function simulateHotlineMonth(month: string, options: CallSimulation): HotlineMonth {
  const { year, month: monthNumber } = parseIsoDate(`${month}-01`);
  const figures = { month, offered: 0, answered: 0, resolved: 0, meanWaitSeconds: 0 };
  let waitSeconds = 0;
  // A log-normal wait with this median has the reported mean.
  const medianWait = DDH_QUALITY.meanWaitSeconds / Math.exp(WAIT_SIGMA ** 2 / 2);
  for (const date of eachDay(`${month}-01`, `${month}-${daysInMonth(year, monthNumber)}`)) {
    const forwarded = simulateCallDay(date, options).filter((c) => c.result === 'ForwardedDDH');
    if (forwarded.length === 0) continue;
    const random = new Random(options.seed).fork(`ddh:${options.municipalityCode}:${date}`);
    for (let i = 0; i < forwarded.length; i += 1) {
      figures.offered += 1;
      if (!random.chance(DDH_QUALITY.answerRate)) continue;
      figures.answered += 1;
      waitSeconds += Math.min(1800, random.logNormal(medianWait, WAIT_SIGMA));
      if (random.chance(DDH_QUALITY.firstContactResolution)) figures.resolved += 1;
    }
  }
  figures.meanWaitSeconds = figures.answered > 0 ? waitSeconds / figures.answered : 0;
  return figures;
}

const danishCount = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, '.');

function csvLine(name: string, figures: HotlineMonth): string {
  return [
    name,
    `${figures.month.slice(5, 7)}-${figures.month.slice(0, 4)}`,
    danishCount(figures.offered),
    danishCount(figures.answered),
    danishCount(figures.resolved),
    figures.meanWaitSeconds.toFixed(1).replace('.', ','),
  ].join(';');
}

/**
 * Writes one file per calendar year with a row per whole month that touches the range, from the
 * month the municipality joined the hotline; the hotline reports whole months only.
 */
export async function writeHotlineExports(
  options: CallSimulation,
  outDir: string,
): Promise<WrittenExport[]> {
  await mkdir(outDir, { recursive: true });
  const name = municipalityByCode(options.municipalityCode)?.nameDa ?? options.municipalityCode;
  const months = [
    ...new Set(eachDay(options.from, options.to).map((date) => date.slice(0, 7))),
  ].filter((month) => month >= HOTLINE.joinedOn.slice(0, 7));
  const written: WrittenExport[] = [];
  for (const year of [...new Set(months.map((month) => month.slice(0, 4)))]) {
    const path = join(outDir, `ddh-statistik-${options.municipalityCode}-${year}.csv`);
    const lines = months
      .filter((month) => month.startsWith(year))
      .map((month) => csvLine(name, simulateHotlineMonth(month, options)));
    const stream = createWriteStream(path, { encoding: 'utf8' });
    stream.end(`\uFEFF${[HOTLINE_COLUMNS.join(';'), ...lines].join('\r\n')}\r\n`);
    await once(stream, 'finish');
    written.push({ path, rows: lines.length });
  }
  return written;
}
