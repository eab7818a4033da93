import { SetupScope } from '@kanalindsigt/warehouse/testing/setup-scope';
import { SAMPLE_EVALUATIONS } from '@kanalindsigt/warehouse/reference/evaluations';
import { startTestApp, TEST_APP_SETUP_MS } from './test-app';

const code = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.[0]?.extensions?.code;

/** Visits per opening day over the test warehouse's half year, "go-live" on 1 April 2024. */
const SAVE = `mutation ($m: String!, $harmonics: Int) {
  saveEvaluation(municipalityCode: $m, id: "e2e-visits", name: "E2E", metricLabelDa: "Fremmøder",
                 metricLabelEn: "Visits", metric: { kpiId: "visits" }, periodFrom: "2024-01-01",
                 periodTo: "2024-06-30", interventionDates: ["2024-04-01"], family: QUASIPOISSON,
                 exposure: OPENING_DAYS, seasonality: NONE, fourierHarmonics: $harmonics) {
    id error headline { ratio ratioLow ratioHigh sentenceDa sentenceEn }
  }
}`;

describe('Evaluations over HTTP', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;

  const scope = new SetupScope();

  beforeAll(async () => {
    app = await startTestApp(scope);
  }, TEST_APP_SETUP_MS);
  afterAll(() => scope.close());

  it("lists the sample municipality's seeded evaluations for a signed-in director", async () => {
    const { body } = await app.graphql(
      `query ($m: String!) {
        evaluations(municipalityCode: $m) { id name interventionDates error headline { sentenceDa } }
      }`,
      { m: '0169' },
      'director',
    );
    expect(body.errors).toBeUndefined();
    const evaluations: { id: string; name: string; error: string | null }[] = body.data.evaluations;
    expect(evaluations.map((e) => e.id)).toEqual(SAMPLE_EVALUATIONS.map((e) => e.code));
    // Half a year of data has no pre-period before December 2020: each says why.
    for (const evaluation of evaluations) {
      expect(evaluation.name).toBe('Obligatorisk tidsbestilling');
      expect(evaluation.error).toEqual(expect.any(String));
    }
  });

  it('lets an admin save an evaluation that everyone of the municipality then reads', async () => {
    const { body: refused } = await app.graphql(SAVE, { m: '0169' }, 'director');
    expect(code(refused)).toBe('FORBIDDEN');
    const { body: bad } = await app.graphql(SAVE, { m: '0169', harmonics: 9 }, 'admin');
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors[0].message).toMatch(/fourierHarmonics must be a whole number from 1 to 6/);

    const { body } = await app.graphql(SAVE, { m: '0169' }, 'admin');
    expect(body.errors).toBeUndefined();
    const saved = body.data.saveEvaluation;
    expect(saved.error).toBeNull();
    expect(saved.headline.sentenceDa).toMatch(
      /^Fremmøder( faldt med| steg med|: ingen sikker ændring)/,
    );

    const detail = await app.graphql(
      `query ($m: String!) {
        evaluation(municipalityCode: $m, id: "e2e-visits") {
          headline { ratio } series { period observed counterfactual low high } dataVersion
        }
      }`,
      { m: '0169' },
      'finance',
    );
    expect(detail.body.errors).toBeUndefined();
    const evaluation = detail.body.data.evaluation;
    expect(evaluation.headline.ratio).toBe(saved.headline.ratio);
    expect(evaluation.dataVersion).toBeGreaterThan(0);
    expect(evaluation.series.map((p: { period: string }) => p.period)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
    ]);
    expect(evaluation.series[3].low).toBeLessThan(evaluation.series[3].counterfactual);

    const other = await app.graphql(
      '{ evaluation(municipalityCode: "0169", id: "e2e-visits") { id } }',
      {},
      'ballerup',
    );
    expect(code(other.body)).toBe('FORBIDDEN');

    const deleted = await app.graphql(
      'mutation { deleteEvaluation(municipalityCode: "0169", id: "e2e-visits") }',
      {},
      'admin',
    );
    expect(deleted.body.data.deleteEvaluation).toBe(true);
  });
});
