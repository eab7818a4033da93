import { startSession } from '../lib/session';

/**
 * A fake of the GraphQL API for route-level tests: `global.fetch` answers the dashboard's
 * queries from fixture data, and `login`. Like the real API it answers UNAUTHENTICATED unless
 * the request carries the session token FAKE_TOKEN (see signInForTest). Pass an Error (or a
 * function returning one) to make a field fail with a GraphQL error.
 */
// The fake mirrors the GraphQL contract on its own instead of importing the features' types.
type Municipality = {
  code: string;
  nameDa: string;
  region: string;
  visitsFrom: string;
  visitsTo: string;
};
type ServiceMonthVisits = {
  month: string;
  serviceCode: string;
  serviceNameDa: string;
  serviceNameEn: string;
  visits: number;
};
type ArrivalsHeatmap = {
  openingDays: number;
  cells: { weekday: number; hour: number; meanArrivals: number }[];
};
type VisitsQueryParams = { municipalityCode: string; from: string; to: string };

export const fixtureMunicipalities: Municipality[] = [
  {
    code: '0169',
    nameDa: 'Høje-Taastrup',
    region: 'Region Hovedstaden',
    visitsFrom: '2017-01-01',
    visitsTo: '2026-10-31',
  },
  {
    code: '0183',
    nameDa: 'Ishøj',
    region: 'Region Hovedstaden',
    visitsFrom: '2020-03-01',
    visitsTo: '2026-06-30',
  },
];

const services: [code: string, da: string, en: string, october: number][] = [
  ['PAS', 'Pas', 'Passport', 1234],
  ['KOR', 'Kørekort', 'Driving licence', 842],
  ['SUN', 'Sundhedskort', 'Health insurance card', 401],
  ['CPR', 'Folkeregister', 'Civil registration', 250],
  ['MIT', 'MitID', 'MitID', 198],
  ['PEN', 'Pension', 'Pension', 120],
  ['SKA', 'Skat', 'Tax', 40],
  ['BOL', 'Boligstøtte', 'Housing benefit', 12],
];

export const fixtureVisits: ServiceMonthVisits[] = services.flatMap(([code, da, en, october]) => [
  {
    month: '2026-09',
    serviceCode: code,
    serviceNameDa: da,
    serviceNameEn: en,
    visits: october - 10,
  },
  { month: '2026-10', serviceCode: code, serviceNameDa: da, serviceNameEn: en, visits: october },
]);

export const fixtureHeatmap: ArrivalsHeatmap = {
  openingDays: 245,
  cells: [1, 2, 3, 4, 5].flatMap((weekday) =>
    [8, 9, 10, 11, 12, 13, 14].map((hour) => ({
      weekday,
      hour,
      meanArrivals: weekday === 1 && hour === 8 ? 12.5 : Math.round((weekday + hour / 2) * 10) / 10,
    })),
  ),
};

export const FAKE_TOKEN = 'fake-session-token';
export const FAKE_PASSWORD = 'rigtig-adgangskode';

/** Starts a session the fake API accepts, as a signed-in user would have. */
export function signInForTest(): void {
  startSession({
    token: FAKE_TOKEN,
    username: 'direktor',
    displayName: 'Dorte Direktør',
    expiresAt: '2999-01-01T00:00:00.000Z',
  });
}

type FieldAnswer<T> = T | Error | ((params: VisitsQueryParams) => T | Error);

export type FakeApiOptions = {
  municipalities?: Municipality[] | Error;
  visitsByServiceMonth?: FieldAnswer<ServiceMonthVisits[]>;
  arrivalsHeatmap?: FieldAnswer<ArrivalsHeatmap>;
};

export type FakeApiCall = {
  field: string;
  variables: Record<string, unknown>;
  authorization: string | undefined;
};

function answer<T>(value: FieldAnswer<T>, params: VisitsQueryParams): T | Error {
  return typeof value === 'function'
    ? (value as (params: VisitsQueryParams) => T | Error)(params)
    : value;
}

function jsonResponse(body: unknown, status = 200): Response {
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: status === 200 ? 'OK' : 'Error',
    json: async () => body,
  } as unknown as Response;
}

/** Replaces global.fetch; returns the recorded calls (field name and variables). */
export function installFakeApi(options: FakeApiOptions = {}): FakeApiCall[] {
  const calls: FakeApiCall[] = [];
  const fetchMock = jest.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const request = JSON.parse(String(init?.body)) as {
      query: string;
      variables: Record<string, unknown>;
    };
    const field = ['login', 'arrivalsHeatmap', 'visitsByServiceMonth', 'municipalities'].find(
      (name) => request.query.includes(name),
    );
    if (!field) return jsonResponse({ errors: [{ message: 'Unknown query' }] }, 400);
    const authorization = (init?.headers as Record<string, string> | undefined)?.authorization;
    calls.push({ field, variables: request.variables, authorization });

    const unauthenticated = (message: string) =>
      jsonResponse({
        data: null,
        errors: [{ message, path: [field], extensions: { code: 'UNAUTHENTICATED' } }],
      });
    if (field === 'login') {
      if (request.variables.password !== FAKE_PASSWORD)
        return unauthenticated('wrong username or password');
      return jsonResponse({
        data: {
          login: {
            token: FAKE_TOKEN,
            expiresAt: '2999-01-01T00:00:00.000Z',
            user: { username: request.variables.username, displayName: 'Dorte Direktør' },
          },
        },
      });
    }
    if (authorization !== `Bearer ${FAKE_TOKEN}`)
      return unauthenticated('sign in first: send Authorization: Bearer <token>');

    const params = request.variables as VisitsQueryParams;
    let result: unknown;
    if (field === 'municipalities') result = options.municipalities ?? fixtureMunicipalities;
    else if (field === 'visitsByServiceMonth')
      result = answer(options.visitsByServiceMonth ?? fixtureVisits, params);
    else result = answer(options.arrivalsHeatmap ?? fixtureHeatmap, params);

    if (result instanceof Error) {
      return jsonResponse({ data: null, errors: [{ message: result.message, path: [field] }] });
    }
    return jsonResponse({ data: { [field]: result } });
  });
  global.fetch = fetchMock as unknown as typeof fetch;
  return calls;
}
