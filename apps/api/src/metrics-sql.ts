/**
 * `npm run metrics-sql:generate` writes apps/api/metrics.sql: the SQL the metrics layer issues for
 * each typed view and for the generic `metrics` query on each of its paths, for the fixed arguments
 * below, so a change to the catalogue or the planner shows in review as a change of SQL (as Immich
 * keeps its queries visible). `npm run metrics-sql:check` fails when the committed file differs
 * (CI runs it). The statements are captured from the real services and repository over a warehouse
 * that records each statement and answers with no rows: no database is needed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { AnnotationsRepository } from './annotations/annotations.repository';
import { AnnotationsService } from './annotations/annotations.service';
import { BookingCapacityService } from './booking-capacity/booking-capacity.service';
import { ContactPatternsService } from './contact-patterns/contact-patterns.service';
import { Warehouse } from './database/warehouse';
import { EfficiencyArgs } from './efficiency/dto/efficiency.args';
import { EfficiencyService } from './efficiency/efficiency.service';
import { MetricsArgs } from './metrics/dto/metrics.args';
import { ViewPeriodArgs } from './metrics/dto/view.args';
import { Dimension, Grain } from './metrics/kpis/kpi-types';
import { MetricsRepository } from './metrics/metrics.repository';
import { MetricsService } from './metrics/metrics.service';
import type { MetricValue } from './metrics/models/metric.model';
import { QuarterlyStatusArgs } from './quarterly-status/dto/quarterly-status.args';
import { QuarterlyStatusService } from './quarterly-status/quarterly-status.service';
import { TargetsRepository } from './targets/targets.repository';
import { TargetsService } from './targets/targets.service';

const SQL_FILE = join(__dirname, '..', 'metrics.sql');

interface Statement {
  sql: string;
  params: readonly unknown[];
}

/** A warehouse that answers every statement with no rows, recording them when asked to. */
function emptyWarehouse(record?: Statement[]): Warehouse {
  const dataSource = {
    query: async (sql: string, params: unknown[] = []) => {
      record?.push({ sql, params });
      return [];
    },
  };
  return new Warehouse(dataSource as unknown as DataSource);
}

/** A total the empty warehouse did not answer reads as no data, so the views can shape it. */
class EmptyTotals extends Map<string, MetricValue> {
  override get(name: string): MetricValue {
    return super.get(name) ?? { value: null, numerator: 0, denominator: null };
  }
}

/** The real metrics service, its answers' missing totals read as no data. */
class CapturingMetricsService extends MetricsService {
  override async compute(...args: Parameters<MetricsService['compute']>) {
    const sums = await super.compute(...args);
    for (const sum of sums.values()) sum.totals = new EmptyTotals(sum.totals);
    return sums;
  }
}

const MUNICIPALITY = '0169';
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
const YEAR = { municipalityCode: MUNICIPALITY, ...PERIOD };
/** KPIs of every event and capacity source, and one of each option that changes their SQL. */
const REPRESENTATIVE_KPIS = [
  'visits',
  'mean_wait',
  'service_level',
  'bookings',
  'slot_utilisation',
];

const metricsArgs = (args: Partial<MetricsArgs>) =>
  Object.assign(new MetricsArgs(), {
    municipalityCodes: [MUNICIPALITY],
    kpis: REPRESENTATIVE_KPIS,
    ...args,
  });

/** Each case: its name, the arguments as documented in the file, and how to run it. */
const CASES: { name: string; args: object; run(metrics: MetricsService): Promise<unknown> }[] = [
  {
    name: 'quarterlyStatus',
    args: { municipalityCode: MUNICIPALITY, quarter: '2025-Q3' },
    run: (metrics) =>
      new QuarterlyStatusService(metrics).quarterlyStatus(
        Object.assign(new QuarterlyStatusArgs(), {
          municipalityCode: MUNICIPALITY,
          quarter: '2025-Q3',
        }),
      ),
  },
  {
    name: 'contactPatterns',
    args: { ...YEAR, grain: Grain.MONTH },
    run: (metrics) =>
      new ContactPatternsService(metrics).contactPatterns(
        Object.assign(new ViewPeriodArgs(), YEAR),
      ),
  },
  {
    name: 'efficiency',
    args: { ...YEAR, grain: Grain.MONTH },
    run: (metrics) =>
      new EfficiencyService(metrics).efficiency(Object.assign(new EfficiencyArgs(), YEAR)),
  },
  {
    name: 'bookingCapacity',
    args: { ...YEAR, grain: Grain.MONTH },
    run: (metrics) =>
      new BookingCapacityService(metrics).bookingCapacity(
        Object.assign(new ViewPeriodArgs(), YEAR),
      ),
  },
  ...(
    [
      ['metrics MONTHLY_ROLLUP (a year by month)', { ...PERIOD, grain: Grain.MONTH }],
      [
        'metrics ROLLUP (days cutting two months, by service)',
        { from: '2025-03-10', to: '2025-04-20', grain: Grain.DAY, dimension: Dimension.SERVICE },
      ],
      [
        'metrics FACTS (by hour; service level at 25 s, between two queue-time buckets)',
        { ...PERIOD, grain: Grain.MONTH, dimension: Dimension.HOUR, serviceLevelSeconds: 25 },
      ],
    ] as const
  ).map(([name, args]) => ({
    name,
    args: { municipalityCodes: [MUNICIPALITY], kpis: REPRESENTATIVE_KPIS, ...args },
    run: (metrics: MetricsService) => metrics.metrics(metricsArgs(args)),
  })),
];

function printStatement({ sql, params }: Statement): string {
  const body = sql
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n');
  const bound = params.map((value, i) => `-- $${i + 1} = ${JSON.stringify(value)}`).join('\n');
  return `${bound}\n${body};`;
}

async function render(): Promise<string> {
  const context = emptyWarehouse();
  const targets = new TargetsService(new TargetsRepository(context));
  const annotations = new AnnotationsService(new AnnotationsRepository(context));
  const sections: string[] = [];
  for (const { name, args, run } of CASES) {
    const statements: Statement[] = [];
    await run(
      new CapturingMetricsService(
        new MetricsRepository(emptyWarehouse(statements)),
        targets,
        annotations,
      ),
    );
    sections.push(
      `-- ${name}\n-- arguments: ${JSON.stringify(args)}\n\n${statements.map(printStatement).join('\n\n')}`,
    );
  }
  return `-- Generated by \`npm run metrics-sql:generate\` (apps/api/src/metrics-sql.ts) from the metrics\n-- layer's SQL composition. Do not edit.\n\n${sections.join('\n\n')}\n`;
}

async function main(mode: string | undefined): Promise<number> {
  const printed = await render();
  if (mode === '--write') {
    writeFileSync(SQL_FILE, printed);
    console.log(`wrote ${SQL_FILE}`);
    return 0;
  }
  let committed = '';
  try {
    committed = readFileSync(SQL_FILE, 'utf8');
  } catch {
    // a missing file is stale too
  }
  if (committed !== printed) {
    console.error(
      `${SQL_FILE} is stale: run \`npm run metrics-sql:generate\` and commit the result.`,
    );
    return 1;
  }
  console.log('metrics.sql is current');
  return 0;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
