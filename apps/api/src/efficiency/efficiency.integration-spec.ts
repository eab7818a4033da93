import {
  insertStaffing,
  newStaffing as staffing,
} from '@kanalindsigt/warehouse/testing/fact.factory';
import {
  insertCallDaily,
  insertVisitDaily,
  newCallDaily as call,
  newVisitDaily as visit,
} from '@kanalindsigt/warehouse/testing/rollup.factory';
import {
  createTestDatabase,
  type TestDatabase,
} from '@kanalindsigt/warehouse/testing/test-database';
import { Grain } from '../metrics/kpis/kpi-types';
import { newMetricsService } from '../metrics/metrics-test-service';
import { EfficiencyArgs } from './dto/efficiency.args';
import { EfficiencyService } from './efficiency.service';
import type { EfficiencyPoint } from './models/efficiency.model';

const HOURS_PER_FTE = 1500;
const COST_PER_FTE = 450_000;

/** A point by hand: staffedHours are the counter and phone hours that the contacts came through. */
function point(
  period: string | null,
  channel: string | null,
  hours: number,
  contacts: number,
  staffedHours: number,
): EfficiencyPoint {
  return {
    period,
    channel,
    staffHours: hours,
    contacts,
    contactsPerStaffHour: staffedHours ? contacts / staffedHours : null,
    fte: hours / HOURS_PER_FTE,
    staffCostDkk: (hours * COST_PER_FTE) / HOURS_PER_FTE,
    costPerContact: contacts ? (staffedHours * COST_PER_FTE) / (contacts * HOURS_PER_FTE) : null,
  };
}

describe(EfficiencyService.name, () => {
  let db: TestDatabase;
  let sut: EfficiencyService;

  beforeAll(async () => {
    db = await createTestDatabase();
    const ds = db.dataSource;
    await insertVisitDaily(ds, [
      visit({ day: '2024-03-04', countServed: 12 }),
      visit({ day: '2024-04-02', countServed: 6 }),
    ]);
    await insertCallDaily(ds, [
      call({ day: '2024-03-04', countCalls: 10 }),
      call({ day: '2024-03-04', outcome: 'abandoned', countCalls: 2 }),
      call({ day: '2024-04-03', countCalls: 6 }),
    ]);
    await insertStaffing(ds, [
      staffing({ day: '2024-03-04', activity: 'counter', staffHours: 7.5 }),
      staffing({ day: '2024-03-04', activity: 'phone', staffHours: 10 }),
      staffing({ day: '2024-03-04', activity: 'back_office', staffHours: 4 }),
      staffing({ day: '2024-04-02', activity: 'counter', staffHours: 6 }),
      staffing({ day: '2024-04-02', activity: 'phone', staffHours: 8 }),
    ]);
    sut = new EfficiencyService(newMetricsService(ds));
  });
  afterAll(async () => {
    await db.drop();
  });

  it('gives hours, contacts per hour, FTE, DKK and cost per contact by month and channel', async () => {
    const report = await sut.efficiency(
      Object.assign(new EfficiencyArgs(), {
        municipalityCode: '0169',
        from: '2024-03-01',
        to: '2024-04-30',
        grain: Grain.MONTH,
        hoursPerFte: HOURS_PER_FTE,
        costPerFte: COST_PER_FTE,
      }),
    );
    const sorted = (points: EfficiencyPoint[]) =>
      [...points].sort((a, b) =>
        `${a.period} ${a.channel}`.localeCompare(`${b.period} ${b.channel}`),
      );
    expect(sorted(report.series)).toEqual(
      sorted([
        point('2024-03', 'call', 10, 12, 10),
        point('2024-03', 'visit', 7.5, 12, 7.5),
        point('2024-03', 'back_office', 4, 0, 0),
        point('2024-03', null, 21.5, 24, 17.5),
        point('2024-04', 'call', 8, 6, 8),
        point('2024-04', 'visit', 6, 6, 6),
        point('2024-04', null, 14, 12, 14),
      ]),
    );
    expect(sorted(report.totals)).toEqual(
      sorted([
        point(null, 'call', 18, 18, 18),
        point(null, 'visit', 13.5, 18, 13.5),
        point(null, 'back_office', 4, 0, 0),
        point(null, null, 35.5, 36, 31.5),
      ]),
    );
  });
});
