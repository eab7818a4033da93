import { SetupScope } from '@kanalindsigt/warehouse/testing/setup-scope';
import { E2E_PERIOD, startTestApp, TEST_APP_SETUP_MS } from './test-app';

describe('Typed views over HTTP', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  // The director of the sample municipality: every read query, 0169 only.
  const graphql = async (query: string, variables: Record<string, unknown> = {}) =>
    (await app.graphql(query, variables, 'director')).body;
  const period = { m: '0169', ...E2E_PERIOD };

  const scope = new SetupScope();

  beforeAll(async () => {
    app = await startTestApp(scope);
  }, TEST_APP_SETUP_MS);
  afterAll(() => scope.close());

  it('reports the quarter with a tile per KPI, its sparkline and the sample targets', async () => {
    const body = await graphql(
      `
        query ($m: String!) {
          quarterlyStatus(municipalityCode: $m, quarter: "2024-Q2") {
            tiles {
              channel
              kpi {
                id
              }
              current {
                value
              }
              status
              sparkline {
                quarter
                value
              }
            }
          }
        }
      `,
      { m: '0169' },
    );
    const tiles: {
      channel: string;
      kpi: { id: string };
      current: { value: number };
      status: string;
      sparkline: { quarter: string }[];
    }[] = body.data.quarterlyStatus.tiles;
    expect(new Set(tiles.map((t) => t.channel))).toEqual(
      new Set(['IN_PERSON', 'PHONE', 'DIGITAL', 'BOOKING']),
    );
    for (const tile of tiles) expect(tile.sparkline).toHaveLength(8);
    const visits = tiles.find((t) => t.kpi.id === 'visits');
    expect(visits?.current.value).toBeGreaterThan(0);
    expect(tiles.find((t) => t.kpi.id === 'answer_rate')?.status).toMatch(/^(MET|NOT_MET)$/);
  });

  it('answers the contact patterns, efficiency and booking capacity views', async () => {
    const body = await graphql(
      `
        query ($m: String!, $from: String!, $to: String!) {
          contactPatterns(municipalityCode: $m, from: $from, to: $to) {
            channelMix {
              period
              serviceCode
              contacts
            }
            channelShift {
              channel
              changePoints
            }
            contactsPerThousandTotal {
              value
            }
          }
          efficiency(municipalityCode: $m, from: $from, to: $to, grain: QUARTER) {
            totals {
              channel
              staffHours
              fte
            }
          }
          bookingCapacity(municipalityCode: $m, from: $from, to: $to) {
            total {
              attendedMinutes
            }
          }
        }
      `,
      period,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.contactPatterns.channelMix.length).toBeGreaterThan(0);
    expect(
      body.data.contactPatterns.channelShift.map((s: { channel: string }) => s.channel),
    ).toEqual(['visit', 'call', 'digital']);
    expect(body.data.efficiency.totals.length).toBeGreaterThan(0);
    expect(body.data.bookingCapacity.total.attendedMinutes).toBeGreaterThanOrEqual(0);
  });

  it('splits calls by hour from the facts and says so', async () => {
    const body = await graphql(
      `
        query ($m: String!, $from: String!, $to: String!) {
          metrics(
            kpis: ["calls_offered", "visits"]
            municipalityCodes: [$m]
            from: $from
            to: $to
            grain: QUARTER
            dimension: HOUR
          ) {
            kpi {
              id
            }
            source
            total {
              value
            }
            dimensionTotals {
              value
            }
          }
        }
      `,
      period,
    );
    const metrics: {
      kpi: { id: string };
      source: string;
      total: { value: number };
      dimensionTotals: { value: number }[];
    }[] = body.data.metrics;
    expect(metrics.map((m) => [m.kpi.id, m.source])).toEqual([
      ['calls_offered', 'FACTS'],
      ['visits', 'FACTS'],
    ]);
    for (const metric of metrics)
      expect(metric.dimensionTotals.reduce((sum, p) => sum + p.value, 0)).toBe(metric.total.value);
  });
});
