import { Warehouse } from '../database/warehouse';
import {
  insertPopulation,
  insertSelfServiceUsage,
  newPopulation,
  newSelfServiceUsage,
} from '@kanalindsigt/warehouse/testing/fact.factory';
import {
  type BookingDailyRow,
  insertBookingDaily,
  insertVisitAgeDaily,
  newBookingDaily,
  newVisitAgeDaily,
  type VisitAgeDailyRow,
} from '@kanalindsigt/warehouse/testing/rollup.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { DigitalExclusionRepository } from './digital-exclusion.repository';
import { DigitalExclusionService, SUPPRESSED_MARK } from './digital-exclusion.service';
import { DigitalExclusionArgs } from './dto/digital-exclusion.args';
import type {
  ContactCell,
  ContactsRow,
  CountCell,
  DigitalExclusion,
  ExclusionPeriod,
} from './models/digital-exclusion.model';

const AGES = ['0-17', '18-29', '30-49', '50-64', '65-79', '80+', ''];
const BOOKING_CHANNELS = ['web', 'phone', 'counter', 'floorwalker'];
/** A day in the middle of each quarter of 2024. */
const QUARTER_DAYS = ['2024-02-15', '2024-05-15', '2024-08-15', '2024-11-15'];

/**
 * Bookings in 2024 by quarter q (0–3), age band a (0–6) and booking channel c (1–4, the contacts
 * table's column): 30 + 7a + 3c + q, so at least 30, except a 2×2×2 block of small ones, the 2 in
 * Q1 of the 80+ floor-walker cell and the seven cells that are smallest on its lines.
 */
const BLOCK: Record<string, number> = {
  '0,80+,floorwalker': 2,
  '0,80+,web': 6,
  '1,80+,floorwalker': 7,
  '1,80+,web': 8,
  '0,65-79,floorwalker': 9,
  '1,65-79,floorwalker': 10,
  '0,65-79,web': 11,
  '1,65-79,web': 12,
};
const bookingCount = (q: number, a: number, c: number) =>
  BLOCK[`${q},${AGES[a]},${BOOKING_CHANNELS[c - 1]}`] ?? 30 + 7 * a + 3 * c + q;

/**
 * Visits per quarter and age band: 20 booked, and walk-ins 15 helped at once, 5 helped at once
 * through self-service with staff, 10 given a time the same day, 10 sent away (3 for 80+ in Q3),
 * 10 not recorded: 70 visits (63 for 80+ in Q3), 50 walk-ins, 5 assisted.
 */
function visitRows(): VisitAgeDailyRow[] {
  return QUARTER_DAYS.flatMap((day, q) =>
    AGES.flatMap((ageBandCode) => {
      const row = (overrides: Partial<VisitAgeDailyRow>) =>
        newVisitAgeDaily({ day, ageBandCode, ...overrides });
      return [
        row({ isBooked: true, countVisits: 20 }),
        row({ walkInResolution: 'helped_at_once', countVisits: 15 }),
        row({ walkInResolution: 'helped_at_once', isAssistedSelfService: true, countVisits: 5 }),
        row({ walkInResolution: 'same_day_slot', countVisits: 10 }),
        row({
          walkInResolution: 'sent_away',
          countVisits: q === 2 && ageBandCode === '80+' ? 3 : 10,
        }),
        row({ walkInResolution: '', countVisits: 10 }),
      ];
    }),
  );
}

function bookingRows(): BookingDailyRow[] {
  return QUARTER_DAYS.flatMap((slotDay, q) =>
    AGES.flatMap((ageBandCode, a) =>
      BOOKING_CHANNELS.flatMap((bookingChannel, i) => {
        const count = bookingCount(q, a, i + 1);
        // Split over two statuses: a cancelled booking was still made through its channel.
        const cancelled = Math.min(1, count - 1);
        return [
          newBookingDaily({
            slotDay,
            ageBandCode,
            bookingChannel,
            countBookings: count - cancelled,
          }),
          ...(cancelled
            ? [
                newBookingDaily({
                  slotDay,
                  ageBandCode,
                  bookingChannel,
                  status: 'cancelled',
                  countBookings: cancelled,
                }),
              ]
            : []),
        ];
      }),
    ),
  );
}

function args(from: string, to: string): DigitalExclusionArgs {
  return Object.assign(new DigitalExclusionArgs(), { municipalityCode: '0169', from, to });
}

const hidden: CountCell = { value: null, suppressed: true, display: SUPPRESSED_MARK };
const shown = (value: number): CountCell => ({ value, suppressed: false, display: String(value) });

function periodOf(answer: DigitalExclusion, label: string): ExclusionPeriod {
  const found = answer.periods.find((p) => p.period === label);
  if (!found) throw new Error(`no period ${label}`);
  return found;
}

function contactsRow(period: ExclusionPeriod, ageBandCode: string | null): ContactsRow {
  const row = period.contacts.find((r) => r.ageBandCode === ageBandCode);
  if (!row) throw new Error(`no row ${ageBandCode}`);
  return row;
}

/** Channel columns of the contacts table: visit, web, phone, counter, floor walker. */
const cell = (row: ContactsRow, channel: number) => row.cells[channel] as ContactCell;
const strip = ({ value, suppressed, display }: CountCell): CountCell => ({
  value,
  suppressed,
  display,
});

describe(DigitalExclusionService.name, () => {
  let db: TestDatabase;
  let sut: DigitalExclusionService;
  const exact = (from: string, to: string) => sut.digitalExclusion(args(from, to), null);
  const council = (from: string, to: string) =>
    sut.digitalExclusion(args(from, to), { threshold: 5 });

  beforeAll(async () => {
    db = await createTestDatabase();
    await insertVisitAgeDaily(db.dataSource, [
      ...visitRows(),
      // Another municipality and another year do not count.
      newVisitAgeDaily({ municipalityCode: '0151', countVisits: 1000 }),
      newVisitAgeDaily({ day: '2025-01-02', countVisits: 1000 }),
    ]);
    await insertBookingDaily(db.dataSource, bookingRows());
    await insertPopulation(db.dataSource, [
      ...['0-17', '18-29', '30-49', '50-64'].map((ageBandCode) =>
        newPopulation({ ageBandCode, countInhabitants: 10_000 }),
      ),
      newPopulation({ ageBandCode: '65-79', countInhabitants: 8000 }),
      // 80+ loaded by sex only: the two rows are summed.
      newPopulation({ ageBandCode: '80+', sex: 'F', countInhabitants: 1200 }),
      newPopulation({ ageBandCode: '80+', sex: 'M', countInhabitants: 800 }),
    ]);
    await insertSelfServiceUsage(db.dataSource, [
      newSelfServiceUsage({
        usageKind: 'digital_post_exemption',
        periodStart: '2024-01-01',
        periodEnd: '2024-01-31',
        countUses: 3,
      }),
      newSelfServiceUsage({
        usageKind: 'digital_post_exemption',
        periodStart: '2024-02-01',
        periodEnd: '2024-02-29',
        countUses: 4,
      }),
      newSelfServiceUsage({
        usageKind: 'digital_post_exemption',
        periodStart: '2024-04-01',
        periodEnd: '2024-04-30',
        countUses: 2,
      }),
      newSelfServiceUsage({
        usageKind: 'digital_post_exemption',
        periodStart: '2024-07-01',
        periodEnd: '2024-07-31',
        countUses: 10,
      }),
      newSelfServiceUsage({
        usageKind: 'digital_post_exemption',
        periodStart: '2024-10-01',
        periodEnd: '2024-10-31',
        countUses: 12,
      }),
      // Other usage kinds are not exemptions.
      newSelfServiceUsage({ usageKind: 'digital', countUses: 500 }),
    ]);
    sut = new DigitalExclusionService(new DigitalExclusionRepository(new Warehouse(db.dataSource)));
  });
  afterAll(async () => {
    await db.drop();
  });

  describe('exact numbers (no suppression)', () => {
    it('counts contacts by age band and channel, with rates per 1,000 inhabitants and the booking-help share', async () => {
      const answer = await exact('2024-07-01', '2024-09-30');

      expect(answer.periods.map((p) => p.period)).toEqual(['2024-Q3']);
      expect(answer.channels.map((c) => c.code)).toEqual([
        'visit',
        'web',
        'phone',
        'counter',
        'floorwalker',
      ]);
      const q3 = periodOf(answer, '2024-Q3');
      // 0–17 in Q3 (q = 2, a = 0): visits 70; web 35, phone 38, counter 41, floor walker 44.
      const youngest = contactsRow(q3, '0-17');
      expect(youngest.cells.map((c) => c.value)).toEqual([70, 35, 38, 41, 44]);
      expect(youngest.total).toMatchObject({ value: 228, per1000Inhabitants: 22.8 });
      expect(youngest.inhabitants).toBe(10_000);
      // (38 + 41 + 44) ÷ (35 + 38 + 41 + 44) = 123 ÷ 158
      expect(youngest.bookedByPhoneOrWithHelp).toEqual({ value: 77.8, suppressed: false });
      // 80+ in Q3: 63 visits for 2,000 inhabitants (1,200 women + 800 men).
      expect(cell(contactsRow(q3, '80+'), 0)).toMatchObject({
        value: 63,
        per1000Inhabitants: 31.5,
      });
      // Age unknown has no population, so no rate.
      expect(cell(contactsRow(q3, ''), 0)).toMatchObject({ value: 70, per1000Inhabitants: null });
      // All ages: 6 × 70 + 63 visits.
      expect(cell(contactsRow(q3, null), 0).value).toBe(483);
      expect(answer.suppression).toMatchObject({ applied: false, threshold: null });
    });

    it('counts walk-ins by how they were helped, assisted self-service and Digital Post exemptions', async () => {
      const answer = await exact('2024-01-01', '2024-12-31');

      expect(answer.periods.map((p) => p.period)).toEqual([
        '2024-Q1',
        '2024-Q2',
        '2024-Q3',
        '2024-Q4',
        '2024',
      ]);
      const q3 = periodOf(answer, '2024-Q3');
      const oldest = q3.walkIns.find((r) => r.ageBandCode === '80+');
      expect(answer.walkInResolutions.map((r) => r.code)).toEqual([
        'helped_at_once',
        'same_day_slot',
        'sent_away',
        '',
      ]);
      expect(oldest?.cells.map((c) => c.value)).toEqual([20, 10, 3, 10]);
      expect(oldest?.total.value).toBe(43);
      const year = periodOf(answer, '2024');
      expect(year.assistedSelfService.at(-1)?.total.value).toBe(5 * 4 * 7);
      expect(year.digitalPostExemptions.value).toBe(31);
      expect(periodOf(answer, '2024-Q1').digitalPostExemptions.value).toBe(7);
    });
  });

  describe('for the councils (threshold 5)', () => {
    it('hides the small count and, as complements, the smallest cells on each of its lines', async () => {
      const answer = await council('2024-01-01', '2024-12-31');
      const q1 = periodOf(answer, '2024-Q1');
      const q2 = periodOf(answer, '2024-Q2');

      // The 2 (80+, floor walker, Q1) is hidden; so are the smallest cells on its row (web, 6),
      // its column (65–79, 9) and its time line (Q2, 7), and the cells that close those lines:
      // the 2×2×2 block of quarters Q1–Q2 × 65–79, 80+ × web, floor walker.
      for (const period of [q1, q2])
        for (const age of ['65-79', '80+']) {
          const row = contactsRow(period, age);
          expect([1, 4].map((c) => strip(cell(row, c)))).toEqual([hidden, hidden]);
          expect([0, 2, 3].map((c) => cell(row, c).suppressed)).toEqual([false, false, false]);
        }
      const hiddenElsewhere = answer.periods.flatMap((period) =>
        period.contacts.flatMap((row) =>
          [row.total, ...row.cells]
            .map((c, i) => ({ period: period.period, age: row.ageBandCode, i, c }))
            .filter(({ c }) => c.suppressed),
        ),
      );
      expect(hiddenElsewhere).toHaveLength(8);
      // Margins are the true totals: 80+ in Q1 = 70 visits + 6 + 36 + 39 + 2 bookings.
      expect(contactsRow(q1, '80+').total.value).toBe(70 + 6 + (30 + 35 + 6) + (30 + 35 + 9) + 2);
      // Shares and rates built on a hidden cell are hidden.
      expect(contactsRow(q1, '80+').bookedByPhoneOrWithHelp).toEqual({
        value: null,
        suppressed: true,
      });
      expect(cell(contactsRow(q1, '80+'), 4).per1000Inhabitants).toBeNull();
      expect(answer.suppression).toMatchObject({ applied: true, threshold: 5, mark: '..' });
      expect(answer.suppression.explanationDa).toContain('under 5');
    });

    it('hides a small quarter with its smallest neighbour on the time line, keeping the year', async () => {
      const answer = await council('2024-01-01', '2024-12-31');

      // Exemptions 7, 2, 10, 12: the 2 and, as its complement, the 7; the year's 31 stays.
      expect(answer.periods.map((p) => strip(p.digitalPostExemptions))).toEqual([
        hidden,
        hidden,
        shown(10),
        shown(12),
        shown(31),
      ]);
      // The 3 walk-ins of 80+ sent away in Q3 are hidden, and nothing on their row gives them away.
      const row = periodOf(answer, '2024-Q3').walkIns.find((r) => r.ageBandCode === '80+');
      expect(row?.cells[2]?.suppressed).toBe(true);
      expect(row?.total.value).toBe(43);
      expect(row?.cells.filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
    });

    it('publishes structural zeros (quarters not begun, ages never recorded) and hides sampling zeros', async () => {
      // On 10 May 2024 (Copenhagen), in 0151, whose only data is 1,000 visits of unknown age in Q1.
      const now = jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2024-05-10T10:00:00Z'));
      try {
        const answer = await sut.digitalExclusion(
          Object.assign(args('2024-01-01', '2024-12-31'), { municipalityCode: '0151' }),
          { threshold: 5 },
        );
        const cells = (label: string) =>
          periodOf(answer, label).contacts.flatMap((row) => [...row.cells, row.total].map(strip));

        expect(new Set(cells('2024-Q3').map((c) => c.display))).toEqual(new Set(['0']));
        expect(new Set(cells('2024-Q4').map((c) => c.display))).toEqual(new Set(['0']));
        // Q2 has begun: its age-unknown zeros are sampling zeros, hidden like small counts; no
        // citizen of known age was recorded all year, so the known-age zeros are structural.
        const q2 = periodOf(answer, '2024-Q2').contacts;
        const q2Known = q2.filter((row) => row.ageBandCode !== '' && row.ageBandCode !== null);
        expect(q2Known.flatMap((row) => row.cells.map((c) => c.display))).toEqual(
          new Array(6 * 5).fill('0'),
        );
        expect(contactsRow(periodOf(answer, '2024-Q2'), '').cells.every((c) => c.suppressed)).toBe(
          true,
        );
        expect(cell(contactsRow(periodOf(answer, '2024-Q1'), ''), 0).suppressed).toBe(true);
      } finally {
        now.mockRestore();
      }
    });

    it('gives nothing away through two overlapping queries (Q1..Q3 − Q1..Q2)', async () => {
      const a = await council('2024-01-01', '2024-09-30');
      const b = await council('2024-01-01', '2024-06-30');
      const q3Alone = await council('2024-07-01', '2024-09-30');
      const year = await council('2024-01-01', '2024-12-31');

      // No "Q1..Q3" sum is published: the answers list quarters, and a year only when whole.
      expect(a.periods.map((p) => p.period)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3']);
      // The same quarter is the same selection from the same table in every answer.
      expect(a.periods.slice(0, 2)).toEqual(b.periods);
      expect(a.periods[2]).toEqual(q3Alone.periods[0]);
      expect(year.periods.slice(0, 3)).toEqual(a.periods);

      // The attacker's subtractions: Q1 exemptions from the year minus what every query shows …
      const quarters = new Map(
        [...a.periods, ...b.periods, ...year.periods.slice(0, 4)].map((p) => [
          p.period,
          p.digitalPostExemptions,
        ]),
      );
      const yearTotal = periodOf(year, '2024').digitalPostExemptions.value as number;
      const rest = [...quarters.values()].reduce((left, c) => left - (c.value ?? 0), yearTotal);
      // … leaves Q1 + Q2 = 9, never the 2 alone.
      expect(rest).toBe(9);
      // … and row total − shown cells of 80+ in Q1 leaves web + floor walker = 8, not the 2.
      const row = contactsRow(periodOf(a, '2024-Q1'), '80+');
      const shownSum = row.cells.reduce((s, c) => s + (c.value ?? 0), 0);
      expect((row.total.value as number) - shownSum).toBe(8);
    });
  });
});
