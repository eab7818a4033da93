import { startSession } from '../lib/session';

/**
 * A fake of the GraphQL API for route-level tests: `global.fetch` answers each query's first
 * field from fixture data, and `login`. Like the real API it answers UNAUTHENTICATED unless the
 * request carries the session token FAKE_TOKEN (see signInForTest). A field's answer is a value,
 * an Error (answered as a GraphQL error), or a function of the variables returning either.
 * Views' fixtures live in testing/fixtures/<view>.ts and are passed in by their route specs.
 */
// The fake mirrors the GraphQL contract on its own instead of importing the features' types.
type Municipality = {
  code: string;
  nameDa: string;
  region: string;
  visitsFrom: string;
  visitsTo: string;
  sites: { code: string; nameDa: string }[];
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

export const fixtureMunicipalities: Municipality[] = [
  {
    code: '0169',
    nameDa: 'Høje-Taastrup',
    region: 'Region Hovedstaden',
    visitsFrom: '2017-01-01',
    visitsTo: '2026-10-31',
    // Two sites, so that the views kept per site offer the site filter.
    sites: [
      { code: 'bibliotek', nameDa: 'Borgerservice, Biblioteket' },
      { code: 'raadhus', nameDa: 'Borgerservice, Rådhuset' },
    ],
  },
  {
    code: '0183',
    nameDa: 'Ishøj',
    region: 'Region Hovedstaden',
    visitsFrom: '2020-03-01',
    visitsTo: '2026-06-30',
    sites: [{ code: 'raadhus', nameDa: 'Borgerservice, Rådhuset' }],
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

/** Starts a session the fake API accepts, as a signed-in user of the role would have. */
export function signInForTest(role = 'director', municipalityCodes = ['0169', '0183']): void {
  startSession({
    token: FAKE_TOKEN,
    username: role,
    displayName: 'Dorte Direktør',
    role,
    municipalityCodes,
    expiresAt: '2999-01-01T00:00:00.000Z',
  });
}

type Variables = Record<string, unknown>;
export type FieldAnswer = unknown;

/** Answers by field name; the defaults cover the municipalities and the visits page. */
export type FakeApiOptions = Record<string, FieldAnswer>;

const DEFAULT_FIELDS: FakeApiOptions = {
  municipalities: fixtureMunicipalities,
  visitsByServiceMonth: fixtureVisits,
  arrivalsHeatmap: fixtureHeatmap,
};

export type FakeApiCall = {
  field: string;
  variables: Record<string, unknown>;
  authorization: string | undefined;
};

function answer(value: FieldAnswer, variables: Variables): unknown {
  return typeof value === 'function'
    ? (value as (variables: Variables) => unknown)(variables)
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
    // The operation's first field names the fixture.
    const field = /\{\s*(\w+)/.exec(request.query)?.[1];
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
            user: {
              username: request.variables.username,
              displayName: 'Dorte Direktør',
              role: 'director',
              municipalityCodes: ['0169', '0183'],
            },
          },
        },
      });
    }
    if (authorization !== `Bearer ${FAKE_TOKEN}`)
      return unauthenticated('sign in first: send Authorization: Bearer <token>');

    const fields = { ...DEFAULT_FIELDS, ...options };
    const result =
      field in fields
        ? answer(fields[field], request.variables)
        : new Error(`The fake API has no fixture for ${field}`);

    if (result instanceof Error) {
      return jsonResponse({ data: null, errors: [{ message: result.message, path: [field] }] });
    }
    return jsonResponse({ data: { [field]: result } });
  });
  global.fetch = fetchMock as unknown as typeof fetch;
  return calls;
}
