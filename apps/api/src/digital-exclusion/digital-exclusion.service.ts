import { BadRequestException, Injectable } from '@nestjs/common';
import { toCopenhagenWallClock } from '@kanalindsigt/calendar/copenhagen-time';
import { parseIsoDate } from '@kanalindsigt/calendar/local-date';
import { formatQuarter, quarterDates } from '@kanalindsigt/calendar/quarter';
import { AGE_BANDS } from '@kanalindsigt/warehouse/reference/dimensions';
import {
  type Coordinate,
  ProtectedTable,
  type ProtectedTableInput,
} from '../suppression/protected-table';
import { SuppressionCache } from '../suppression/suppression-cache';
import { DigitalExclusionRepository, type YearRange } from './digital-exclusion.repository';
import type { DigitalExclusionArgs } from './dto/digital-exclusion.args';
import {
  type ContactCell,
  type ContactsRow,
  type CountCell,
  type CountRow,
  type DigitalExclusion,
  type ExclusionCategory,
  type ExclusionPeriod,
  ExclusionPeriodKind,
  type ShareCell,
  type SuppressionInfo,
} from './models/digital-exclusion.model';

/** Small-count suppression for one answer, or null for exact numbers. */
export type Suppression = { threshold: number } | null;

/** The mark of a hidden number (Danmarks Statistik's ".."), the same for every hidden cell. */
export const SUPPRESSED_MARK = '..';

/** A whole period may cover this many calendar years at most. */
export const MAX_YEARS = 5;

const AGE_BAND_ROWS: ExclusionCategory[] = [
  ...AGE_BANDS.map(({ code, minAge, maxAge }) => ({
    code,
    labelDa: maxAge === null ? `${minAge} år og derover` : `${minAge}–${maxAge} år`,
    labelEn: maxAge === null ? `${minAge} years and over` : `${minAge}–${maxAge} years`,
  })),
  // Visits carry an age band only where the queue system knows the citizen; bookings without CPR.
  { code: '', labelDa: 'Alder ukendt', labelEn: 'Age unknown' },
];

const BOOKING_CHANNELS: ExclusionCategory[] = [
  { code: 'web', labelDa: 'Booket på nettet', labelEn: 'Booked online' },
  { code: 'phone', labelDa: 'Booket over telefonen', labelEn: 'Booked by phone' },
  { code: 'counter', labelDa: 'Booket ved skranken', labelEn: 'Booked at the counter' },
  {
    code: 'floorwalker',
    labelDa: 'Booket med hjælp fra en medarbejder i venteområdet',
    labelEn: 'Booked with help from a member of staff in the waiting area',
  },
];

const CHANNELS: ExclusionCategory[] = [
  {
    code: 'visit',
    labelDa: 'Møder op i Borgerservice',
    labelEn: 'Visits Citizen Service in person',
  },
  ...BOOKING_CHANNELS,
];

/** Booking channels where the citizen did not book online alone. */
const HELPED_BOOKING_CHANNELS = new Set(['phone', 'counter', 'floorwalker']);

const WALK_IN_RESOLUTIONS: ExclusionCategory[] = [
  { code: 'helped_at_once', labelDa: 'Hjulpet med det samme', labelEn: 'Helped at once' },
  {
    code: 'same_day_slot',
    labelDa: 'Fik en tid senere samme dag',
    labelEn: 'Given a time later the same day',
  },
  { code: 'sent_away', labelDa: 'Gik uden at blive hjulpet', labelEn: 'Sent away without help' },
  { code: '', labelDa: 'Ikke registreret', labelEn: 'Not recorded' },
];

const position = (categories: ExclusionCategory[]) =>
  new Map(categories.map(({ code }, i) => [code, i]));
const AGE_POSITION = position(AGE_BAND_ROWS);
const CHANNEL_POSITION = position(CHANNELS);
const RESOLUTION_POSITION = position(WALK_IN_RESOLUTIONS);
const UNKNOWN_AGE = AGE_POSITION.get('') as number;

/**
 * The councils' digital-exclusion view. Each view is one protected table per calendar year
 * (quarter × its dimensions, with every margin; docs/suppression.md), built for whole years
 * whatever quarters are asked, so a quarter's cells are hidden alike in every answer.
 */
@Injectable()
export class DigitalExclusionService {
  private readonly cache = new SuppressionCache();

  constructor(private readonly repository: DigitalExclusionRepository) {}

  async digitalExclusion(
    args: DigitalExclusionArgs,
    suppression: Suppression,
  ): Promise<DigitalExclusion> {
    const { fromYear, toYear } = checkPeriod(args);
    const range: YearRange = { municipalityCode: args.municipalityCode, fromYear, toYear };
    const [visits, bookings, population, exemptions] = await Promise.all([
      this.repository.visits(range),
      this.repository.bookings(range),
      this.repository.population(range),
      this.repository.digitalPostExemptions(range),
    ]);
    const today = toCopenhagenWallClock(Date.now()).isoDate;

    const periods: ExclusionPeriod[] = [];
    const wholeYears: ExclusionPeriod[] = [];
    for (let year = fromYear; year <= toYear; year += 1) {
      const contacts = new Table([4, AGE_BAND_ROWS.length, CHANNELS.length]);
      const walkIns = new Table([4, AGE_BAND_ROWS.length, WALK_IN_RESOLUTIONS.length]);
      const assisted = new Table([4, AGE_BAND_ROWS.length]);
      const postExemptions = new Table([4]);
      for (const row of visits.filter((r) => r.year === year)) {
        const q = row.quarter - 1;
        const age = AGE_POSITION.get(row.age_band_code) ?? UNKNOWN_AGE;
        contacts.add([q, age, CHANNEL_POSITION.get('visit') as number], row.count);
        const resolution = RESOLUTION_POSITION.get(row.walk_in_resolution);
        if (!row.is_booked && resolution !== undefined)
          walkIns.add([q, age, resolution], row.count);
        if (row.is_assisted_self_service) assisted.add([q, age], row.count);
      }
      for (const row of bookings.filter((r) => r.year === year)) {
        // dw.fact_booking's CHECK admits only the four booking channels listed.
        const channel = CHANNEL_POSITION.get(row.booking_channel);
        const age = AGE_POSITION.get(row.age_band_code) ?? UNKNOWN_AGE;
        if (channel !== undefined) contacts.add([row.quarter - 1, age, channel], row.count);
      }
      for (const row of exemptions.filter((r) => r.year === year))
        postExemptions.add([row.quarter - 1], row.count);

      // A quarter that has not begun holds nothing by definition (bookings for future slots
      // aside, which are counted like any other number).
      const notBegun = [1, 2, 3, 4].map((q) => quarterDates({ year, quarter: q }).from > today);
      const publish = (table: Table) => this.publish(table.input(notBegun), suppression);
      const inhabitants = AGE_BAND_ROWS.map(
        ({ code }) =>
          population.find((p) => p.year === year && p.age_band_code === code)?.inhabitants ?? null,
      );
      const tables: YearTables = {
        contacts: publish(contacts),
        walkIns: publish(walkIns),
        assisted: publish(assisted),
        postExemptions: publish(postExemptions),
        inhabitants,
      };
      for (let quarter = 1; quarter <= 4; quarter += 1) {
        const bounds = quarterDates({ year, quarter });
        if (bounds.from >= args.from && bounds.to <= args.to)
          periods.push(
            period(
              tables,
              quarter - 1,
              formatQuarter({ year, quarter }),
              ExclusionPeriodKind.QUARTER,
              bounds,
            ),
          );
      }
      const yearBounds = { from: `${year}-01-01`, to: `${year}-12-31` };
      if (yearBounds.from >= args.from && yearBounds.to <= args.to)
        wholeYears.push(
          period(tables, 'total', String(year), ExclusionPeriodKind.YEAR, yearBounds),
        );
    }

    return {
      municipalityCode: args.municipalityCode,
      from: args.from,
      to: args.to,
      suppression: suppressionInfo(suppression),
      ageBands: AGE_BAND_ROWS,
      channels: CHANNELS,
      walkInResolutions: WALK_IN_RESOLUTIONS,
      periods: [...periods, ...wholeYears],
    };
  }

  private publish(input: ProtectedTableInput, suppression: Suppression): Published {
    if (!suppression) {
      const exact = new ProtectedTable(input);
      return (coords) => {
        const value = exact.values[exact.index(coords)] as number;
        return { value, suppressed: false, display: String(value) };
      };
    }
    const table = this.cache.suppress(input, suppression);
    return (coords) => {
      const value = table.value(coords);
      return value === null
        ? { value: null, suppressed: true, display: SUPPRESSED_MARK }
        : { value, suppressed: false, display: String(value) };
    };
  }
}

/** A cell or margin of one view's table for a year, as it may be published. */
type Published = (coords: Coordinate[]) => CountCell;

interface YearTables {
  contacts: Published;
  walkIns: Published;
  assisted: Published;
  postExemptions: Published;
  /** Per age band row; null where the population is not loaded (and for "age unknown"). */
  inhabitants: (number | null)[];
}

/** Base counts of one view and year, row-major over quarter and the view's dimensions. */
class Table {
  readonly counts: number[];

  constructor(readonly sizes: readonly number[]) {
    this.counts = new Array<number>(sizes.reduce((a, b) => a * b, 1)).fill(0);
  }

  add(coords: readonly number[], count: number): void {
    const index = this.offset(coords);
    this.counts[index] = (this.counts[index] as number) + count;
  }

  /**
   * The protected table's input. Zeros are structural in quarters that have not begun, and in a
   * category (a channel, a way of being helped) that no citizen of known age reached all year:
   * the source does not record age for it (queue systems rarely do), so its known-age zeros say
   * nothing about anyone and need no complements. Its age-unknown zeros stay sampling zeros.
   */
  input(notBegun: readonly boolean[]): ProtectedTableInput {
    const perQuarter = this.counts.length / 4;
    const perAge = perQuarter / (this.sizes[1] ?? 1);
    const recorded = new Array<boolean>(perAge).fill(false);
    const ageOf = (i: number) => Math.floor((i % perQuarter) / perAge);
    this.counts.forEach((count, i) => {
      if (count > 0 && ageOf(i) !== UNKNOWN_AGE) recorded[i % perAge] = true;
    });
    return {
      sizes: this.sizes,
      counts: this.counts,
      structural: this.counts.map(
        (count, i) =>
          count === 0 &&
          ((notBegun[Math.floor(i / perQuarter)] ?? false) ||
            (this.sizes.length > 1 && ageOf(i) !== UNKNOWN_AGE && !recorded[i % perAge])),
      ),
    };
  }

  private offset(coords: readonly number[]): number {
    return coords.reduce((index, c, axis) => index * (this.sizes[axis] as number) + c, 0);
  }
}

function period(
  tables: YearTables,
  time: Coordinate,
  label: string,
  kind: ExclusionPeriodKind,
  bounds: { from: string; to: string },
): ExclusionPeriod {
  const ages: Coordinate[] = [...AGE_BAND_ROWS.map((_, i) => i), 'total'];
  const codeOf = (age: Coordinate) => (age === 'total' ? null : (AGE_BAND_ROWS[age]?.code ?? null));
  const allAgesInhabitants = tables.inhabitants.slice(0, UNKNOWN_AGE);
  const inhabitantsOf = (age: Coordinate) =>
    age === 'total'
      ? allAgesInhabitants.every((n) => n !== null)
        ? allAgesInhabitants.reduce<number>((s, n) => s + (n ?? 0), 0)
        : null
      : (tables.inhabitants[age] ?? null);

  return {
    period: label,
    kind,
    ...bounds,
    contacts: ages.map((age): ContactsRow => {
      const inhabitants = inhabitantsOf(age);
      const cell = (channel: Coordinate) =>
        withRate(tables.contacts([time, age, channel]), inhabitants);
      const cells = CHANNELS.map((_, i) => cell(i));
      return {
        ageBandCode: codeOf(age),
        inhabitants,
        cells,
        total: cell('total'),
        bookedByPhoneOrWithHelp: helpedShare(cells),
      };
    }),
    walkIns: ages.map((age): CountRow => ({
      ageBandCode: codeOf(age),
      cells: WALK_IN_RESOLUTIONS.map((_, i) => tables.walkIns([time, age, i])),
      total: tables.walkIns([time, age, 'total']),
    })),
    assistedSelfService: ages.map((age): CountRow => {
      const count = tables.assisted([time, age]);
      return {
        ageBandCode: codeOf(age),
        cells: [count],
        total: count,
      };
    }),
    digitalPostExemptions: tables.postExemptions([time]),
  };
}

function withRate(cell: CountCell, inhabitants: number | null): ContactCell {
  return {
    ...cell,
    per1000Inhabitants:
      cell.value === null || !inhabitants ? null : round1((1000 * cell.value) / inhabitants),
  };
}

/** Phone, counter and floor-walker bookings ÷ all bookings; hidden if any of them is hidden. */
function helpedShare(cells: readonly CountCell[]): ShareCell {
  const bookingCells = CHANNELS.flatMap((channel, i) =>
    channel.code === 'visit' ? [] : [{ code: channel.code, cell: cells[i] as CountCell }],
  );
  if (bookingCells.some(({ cell }) => cell.suppressed)) return { value: null, suppressed: true };
  const all = bookingCells.reduce((s, { cell }) => s + (cell.value ?? 0), 0);
  const helped = bookingCells
    .filter(({ code }) => HELPED_BOOKING_CHANNELS.has(code))
    .reduce((s, { cell }) => s + (cell.value ?? 0), 0);
  return { value: all === 0 ? null : round1((100 * helped) / all), suppressed: false };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The rules that need both ends of the period (each end alone is checked by the args). */
export function checkPeriod(args: DigitalExclusionArgs): { fromYear: number; toYear: number } {
  if (args.from > args.to)
    throw new BadRequestException(`from (${args.from}) is after to (${args.to})`);
  const fromYear = parseIsoDate(args.from).year;
  const toYear = parseIsoDate(args.to).year;
  if (toYear - fromYear + 1 > MAX_YEARS)
    throw new BadRequestException(
      `the period from ${args.from} to ${args.to} covers more than ${MAX_YEARS} calendar years; ask for fewer`,
    );
  return { fromYear, toYear };
}

function suppressionInfo(suppression: Suppression): SuppressionInfo {
  if (!suppression)
    return {
      applied: false,
      threshold: null,
      mark: SUPPRESSED_MARK,
      explanationDa: 'Alle tal vises præcist; ingen tal er skjult.',
      explanationEn: 'All numbers are shown exactly; none is hidden.',
    };
  const t = suppression.threshold;
  return {
    applied: true,
    threshold: t,
    mark: SUPPRESSED_MARK,
    explanationDa:
      `"${SUPPRESSED_MARK}" betyder, at tallet er skjult for at beskytte enkeltpersoner: enten fordi det er under ${t}, ` +
      `eller fordi et tal under ${t} ellers kunne regnes ud ud fra totaler eller andre kvartaler. ` +
      `Totalerne er de rigtige totaler. En andel eller et tal pr. 1.000 indbyggere, der bygger på et skjult tal, er også skjult.`,
    explanationEn:
      `"${SUPPRESSED_MARK}" means the number is hidden to protect individuals: either it is below ${t}, ` +
      `or a number below ${t} could otherwise be worked out from the totals or from other quarters. ` +
      `Totals are the true totals. A share or a rate per 1,000 inhabitants built on a hidden number is hidden too.`,
  };
}
