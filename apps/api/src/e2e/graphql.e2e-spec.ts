import { SetupScope } from '@kanalindsigt/warehouse/testing/setup-scope';
import { E2E_PERIOD, startTestApp, TEST_APP_SETUP_MS } from './test-app';

describe('GraphQL over HTTP', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  // The director of the sample municipality: every read query, 0169 only.
  const graphql = (query: string, variables: Record<string, unknown> = {}) =>
    app.graphql(query, variables, 'director');

  const scope = new SetupScope();

  beforeAll(async () => {
    app = await startTestApp(scope);
  }, TEST_APP_SETUP_MS);
  afterAll(() => scope.close());

  it('lists the sample municipality with its data period', async () => {
    const { body } = await graphql('{ municipalities { code nameDa visitsFrom visitsTo } }');
    expect(body.data.municipalities).toEqual([
      { code: '0169', nameDa: 'Høje-Taastrup', visitsFrom: '2024-01-02', visitsTo: '2024-06-28' },
    ]);
  });

  it('returns visits per service per month, with passports the largest service', async () => {
    const { body } = await graphql(
      `
        query ($m: String!, $from: String!, $to: String!) {
          visitsByServiceMonth(municipalityCode: $m, from: $from, to: $to) {
            month
            serviceCode
            serviceNameDa
            visits
          }
        }
      `,
      { m: '0169', ...E2E_PERIOD },
    );
    const rows: { month: string; serviceCode: string; visits: number }[] =
      body.data.visitsByServiceMonth;
    expect(new Set(rows.map((r) => r.month))).toEqual(
      new Set(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']),
    );
    const byService = new Map<string, number>();
    for (const row of rows)
      byService.set(row.serviceCode, (byService.get(row.serviceCode) ?? 0) + row.visits);
    const largest = [...byService.entries()].sort((a, b) => b[1] - a[1])[0];
    expect(largest?.[0]).toBe('pas');
  });

  it('returns an arrivals heatmap over opening days with the Monday peak', async () => {
    const { body } = await graphql(
      `
        query ($m: String!, $from: String!, $to: String!) {
          arrivalsHeatmap(municipalityCode: $m, from: $from, to: $to) {
            openingDays
            cells {
              weekday
              hour
              meanArrivals
            }
          }
        }
      `,
      { m: '0169', ...E2E_PERIOD },
    );
    const heatmap = body.data.arrivalsHeatmap;
    expect(heatmap.openingDays).toBeGreaterThan(110);
    expect(heatmap.openingDays).toBeLessThan(130);
    const perDay = (weekday: number) =>
      heatmap.cells
        .filter((c: { weekday: number }) => c.weekday === weekday)
        .reduce((s: number, c: { meanArrivals: number }) => s + c.meanArrivals, 0);
    expect(perDay(1)).toBeGreaterThan(perDay(5));
    expect(heatmap.cells.every((c: { weekday: number }) => c.weekday <= 5)).toBe(true);
  });

  it('answers KPIs, data quality and annotations for the sample, every kind loaded', async () => {
    const { status, body } = await graphql(
      `
        query ($m: String!, $from: String!, $to: String!) {
          metrics(
            kpis: ["visits", "calls_offered", "answer_rate", "bookings"]
            municipalityCodes: [$m]
            from: $from
            to: $to
            grain: QUARTER
          ) {
            kpi {
              id
            }
            series {
              period
              value
            }
            total {
              value
            }
          }
          dataQuality(municipalityCode: $m, asOf: $to) {
            sources {
              kind
              currentFiles
              rowsQuarantined
            }
          }
          annotations(municipalityCode: "0169", from: "2020-01-01", to: "2021-12-31") {
            dateFrom
            kind
          }
        }
      `,
      { m: '0169', ...E2E_PERIOD },
    );

    expect(status).toBe(200);
    const metrics: {
      kpi: { id: string };
      series: { period: string }[];
      total: { value: number };
    }[] = body.data.metrics;
    expect(metrics.map((m) => m.kpi.id)).toEqual([
      'visits',
      'calls_offered',
      'answer_rate',
      'bookings',
    ]);
    for (const metric of metrics) {
      expect(metric.series.map((point) => point.period)).toEqual(['2024-Q1', '2024-Q2']);
      expect(metric.total.value).toBeGreaterThan(0);
    }
    const sources: { kind: string; currentFiles: number; rowsQuarantined: number }[] =
      body.data.dataQuality.sources;
    // The sample's every kind except the Ballerup-style visit aggregates.
    expect(
      sources
        .filter((s) => s.currentFiles > 0)
        .map((s) => s.kind)
        .sort(),
    ).toEqual([
      'booking-slots',
      'bookings',
      'calls',
      'calls-aggregate',
      'population',
      'selfservice',
      'staffing',
      'visits',
    ]);
    expect(sources.every((s) => s.rowsQuarantined === 0)).toBe(true);
    expect(body.data.annotations).toContainEqual({ dateFrom: '2020-12-01', kind: 'intervention' });
  });

  it('answers a bad argument with a clear validation message', async () => {
    const { body } = await graphql(`
      {
        arrivalsHeatmap(municipalityCode: "169", from: "2024-01-01", to: "2024-13-01") {
          openingDays
        }
      }
    `);
    expect(body.errors[0].message).toContain(
      'municipalityCode must be an official four-digit code such as 0169',
    );
  });

  it('refuses a period that ends before it starts', async () => {
    const { body } = await graphql(`
      {
        arrivalsHeatmap(municipalityCode: "0169", from: "2024-05-01", to: "2024-01-01") {
          openingDays
        }
      }
    `);
    expect(body.errors[0].message).toBe('from (2024-05-01) is after to (2024-01-01)');
  });

  it('reports liveness and readiness', async () => {
    expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
    expect(await (await fetch(`${app.url}/health/ready`)).json()).toEqual({ status: 'ok' });
  });
});
