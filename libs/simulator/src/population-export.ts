/**
 * Writes population tables the way a Danmarks Statistik FOLK1A extract comes (`År;Alder;Køn;Antal`,
 * age-band labels, `Mænd`/`Kvinder`, thousands separators, Windows-1252, CRLF), one file per year:
 * inhabitants on 1 January by age band and sex, with a Danish age structure whose 80+ share rises.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TicketSimulation, WrittenExport } from './frontdesk-export';
import { Random } from './random';

export const POPULATION_COLUMNS = ['År', 'Alder', 'Køn', 'Antal'] as const;

/** Denmark on 1 January 2019: each band's share of all inhabitants, and men's share of the band. */
export const AGE_STRUCTURE = [
  { band: '0-17', label: '0-17 år', share: 0.203, maleShare: 0.513 },
  { band: '18-29', label: '18-29 år', share: 0.163, maleShare: 0.51 },
  { band: '30-49', label: '30-49 år', share: 0.255, maleShare: 0.5 },
  { band: '50-64', label: '50-64 år', share: 0.195, maleShare: 0.5 },
  { band: '65-79', label: '65-79 år', share: 0.14, maleShare: 0.48 },
  { band: '80+', label: '80 år og derover', share: 0.044, maleShare: 0.385 },
] as const;

export const AGE_STRUCTURE_YEAR = 2019;

/** Planted trend: the 80+ share grows this much a year (taken from 30-49); the total stays put. */
export const OLDEST_SHARE_GROWTH_PER_YEAR = 0.0015;

/** How much one municipality's band shares differ from the country's (relative spread). */
const MUNICIPAL_SPREAD = 0.04;

export interface PopulationRow {
  year: number;
  band: string;
  label: string;
  sex: 'M' | 'F';
  count: number;
}

/**
 * The rows of one year; they add up to the given population exactly. The municipality's own age
 * structure is drawn once from the seed, so its years change smoothly.
 */
export function simulatePopulationYear(year: number, options: TicketSimulation): PopulationRow[] {
  const random = new Random(options.seed).fork(`${options.municipalityCode}:age-structure`);
  const drift = OLDEST_SHARE_GROWTH_PER_YEAR * (year - AGE_STRUCTURE_YEAR);
  const cells = AGE_STRUCTURE.flatMap((band) => {
    const share =
      (band.share + (band.band === '80+' ? drift : band.band === '30-49' ? -drift : 0)) *
      (1 + random.normal(0, MUNICIPAL_SPREAD));
    const maleShare = band.maleShare + random.normal(0, 0.005);
    return [
      { band, sex: 'M' as const, weight: share * maleShare },
      { band, sex: 'F' as const, weight: share * (1 - maleShare) },
    ];
  });
  const counts = apportion(
    options.population,
    cells.map((cell) => cell.weight),
  );
  return cells.map((cell, i) => ({
    year,
    band: cell.band.band,
    label: cell.band.label,
    sex: cell.sex,
    count: counts[i] ?? 0,
  }));
}

/** Whole numbers proportional to the weights that add up to `total` (largest remainder). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const byRemainder = exact
    .map((value, i) => ({ i, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  let missing = total - counts.reduce((a, c) => a + c, 0);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    missing -= 1;
  }
  return counts;
}

const SEX_NAMES = { M: 'Mænd', F: 'Kvinder' } as const;
/** StatBank downloads group thousands with a dot. */
const danishCount = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function csvLine(row: PopulationRow): string {
  return [row.year, row.label, SEX_NAMES[row.sex], danishCount(row.count)].join(';');
}

/** Writes one table per year the range touches (the count on 1 January holds for the year). */
export async function writePopulationExports(
  options: TicketSimulation,
  outDir: string,
): Promise<WrittenExport[]> {
  await mkdir(outDir, { recursive: true });
  const written: WrittenExport[] = [];
  for (
    let year = Number(options.from.slice(0, 4));
    year <= Number(options.to.slice(0, 4));
    year += 1
  ) {
    const lines = simulatePopulationYear(year, options).map(csvLine);
    const path = join(outDir, `folk1a-${options.municipalityCode}-${year}.csv`);
    const body = [POPULATION_COLUMNS.join(';'), ...lines].map((line) => `${line}\r\n`).join('');
    // Every character of the table (æ, ø, å) has the same byte in Latin-1 and Windows-1252.
    await writeFile(path, Buffer.from(body, 'latin1'));
    written.push({ path, rows: lines.length });
  }
  return written;
}
