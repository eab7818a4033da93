import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { isLanguage, LOCALES, type Language } from './format';

/**
 * Danish is the default; English is a toggle. Texts use `{name}` placeholders.
 * The Danish dictionary defines the keys; the English one must provide every key.
 */
const da = {
  'app.name': 'Kanalindsigt',
  'app.tagline': 'Ledelsesinformation om, hvordan borgerne kontakter kommunen',
  'app.skipLink': 'Spring til indhold',
  'app.footer': 'Kanalindsigt – tal fra kommunens kø- og bookingsystem.',
  'language.label': 'Sprog',
  'language.da': 'Dansk',
  'language.en': 'English',

  'auth.title': 'Log ind',
  'auth.intro': 'Log ind med dit brugernavn og din adgangskode for at se kommunens tal.',
  'auth.username': 'Brugernavn',
  'auth.password': 'Adgangskode',
  'auth.submit': 'Log ind',
  'auth.submitting': 'Logger ind …',
  'auth.wrongCredentials': 'Forkert brugernavn eller adgangskode.',
  'auth.failed': 'Du kunne ikke logges ind. Teknisk besked: {message}',
  'auth.signedInAs': 'Logget ind som {name}',
  'auth.signOut': 'Log ud',

  'visitsPage.title': 'Fremmøde',
  'visitsPage.intro':
    'Her kan du se, hvor mange borgere der møder op i Borgerservice, hvilke ydelser de kommer for, og hvornår på ugen og dagen de kommer.',
  'filters.heading': 'Vælg kommune og periode',
  'filters.municipality': 'Kommune',
  'filters.period': 'Periode',
  'filters.showing': 'Viser {from} – {to}.',
  'period.12m': 'Seneste 12 måneder',
  'period.3y': 'Seneste 3 år',
  'period.all': 'Hele perioden',
  'period.year': 'År {year}',

  'municipalities.loading': 'Henter kommuner …',
  'municipalities.error': 'Listen over kommuner kunne ikke hentes.',
  'municipalities.empty': 'Der er endnu ingen kommuner med fremmødedata.',

  'state.loading': 'Henter data …',
  'state.updating': 'Opdaterer …',
  'state.error': 'Data kunne ikke hentes. Prøv igen om lidt.',
  'state.errorDetail': 'Teknisk besked: {message}',
  'state.retry': 'Prøv igen',
  'state.waiting': 'Vælg en kommune for at se data.',

  'visitsChart.title': 'Fremmøder pr. ydelse pr. måned',
  'visitsChart.description':
    'Søjlerne viser, hvor mange borgere der blev betjent ved personligt fremmøde hver måned. Farverne viser de seks ydelser med flest fremmøder i perioden; alle andre ydelser er samlet under »Øvrige«.',
  'visitsChart.empty': 'Der er ingen fremmøder i den valgte periode.',
  'visitsChart.other': 'Øvrige',
  'visitsChart.total': 'I alt',
  'visitsChart.month': 'Måned',
  'visitsChart.yAxis': 'Fremmøder',
  'visitsChart.figureLabel':
    'Stablet søjlediagram: fremmøder pr. måned fordelt på ydelser, {from} – {to}. Tallene står i tabellen under diagrammet.',
  'visitsChart.showTable': 'Vis tallene som tabel',
  'visitsChart.tableCaption': 'Fremmøder pr. ydelse pr. måned, {from} – {to}',

  'heatmap.title': 'Ankomster pr. ugedag og time (gennemsnit pr. åbningsdag)',
  'heatmap.description':
    'Hver celle viser, hvor mange borgere der i gennemsnit ankommer i den time på en åbningsdag. Jo mørkere blå, jo flere ankomster. Klokkeslæt er dansk tid, og 08.00 betyder 08.00–08.59.',
  'heatmap.empty': 'Der er ingen registrerede ankomster i den valgte periode.',
  'heatmap.noArrivals': 'Ingen ankomster (typisk lukket)',
  'heatmap.caption':
    'Gennemsnitligt antal ankomster pr. åbningsdag fordelt på ugedag og time, {from} – {to}',
  'heatmap.weekday': 'Ugedag',
  'heatmap.openingDays': 'Beregnet ud fra {count} åbningsdage.',
  'heatmap.legend': 'Farveforklaring: ankomster pr. åbningsdag',
  'heatmap.legendRange': '{from} – {to}',
} as const;

export type MessageKey = keyof typeof da;
type Messages = Record<MessageKey, string>;

const en: Messages = {
  'app.name': 'Kanalindsigt',
  'app.tagline': 'Management information on how citizens contact the municipality',
  'app.skipLink': 'Skip to content',
  'app.footer': "Kanalindsigt – figures from the municipality's queue and booking system.",
  'language.label': 'Language',
  'language.da': 'Dansk',
  'language.en': 'English',

  'auth.title': 'Sign in',
  'auth.intro': "Sign in with your username and password to see the municipality's figures.",
  'auth.username': 'Username',
  'auth.password': 'Password',
  'auth.submit': 'Sign in',
  'auth.submitting': 'Signing in …',
  'auth.wrongCredentials': 'Wrong username or password.',
  'auth.failed': 'You could not be signed in. Technical message: {message}',
  'auth.signedInAs': 'Signed in as {name}',
  'auth.signOut': 'Sign out',

  'visitsPage.title': 'In-person visits',
  'visitsPage.intro':
    'See how many citizens come to the citizen service centre, which services they come for, and when in the week and day they arrive.',
  'filters.heading': 'Choose municipality and period',
  'filters.municipality': 'Municipality',
  'filters.period': 'Period',
  'filters.showing': 'Showing {from} – {to}.',
  'period.12m': 'Last 12 months',
  'period.3y': 'Last 3 years',
  'period.all': 'Entire period',
  'period.year': 'Year {year}',

  'municipalities.loading': 'Loading municipalities …',
  'municipalities.error': 'The list of municipalities could not be loaded.',
  'municipalities.empty': 'There are no municipalities with visit data yet.',

  'state.loading': 'Loading data …',
  'state.updating': 'Updating …',
  'state.error': 'The data could not be loaded. Please try again shortly.',
  'state.errorDetail': 'Technical message: {message}',
  'state.retry': 'Try again',
  'state.waiting': 'Choose a municipality to see data.',

  'visitsChart.title': 'Visits per service per month',
  'visitsChart.description':
    'The bars show how many citizens were served in person each month. The colours show the six services with the most visits in the period; all other services are grouped as “Other”.',
  'visitsChart.empty': 'There are no visits in the selected period.',
  'visitsChart.other': 'Other',
  'visitsChart.total': 'Total',
  'visitsChart.month': 'Month',
  'visitsChart.yAxis': 'Visits',
  'visitsChart.figureLabel':
    'Stacked bar chart: visits per month by service, {from} – {to}. The figures are in the table below the chart.',
  'visitsChart.showTable': 'Show the figures as a table',
  'visitsChart.tableCaption': 'Visits per service per month, {from} – {to}',

  'heatmap.title': 'Arrivals by weekday and hour (average per opening day)',
  'heatmap.description':
    'Each cell shows how many citizens arrive on average in that hour on an opening day. The darker the blue, the more arrivals. Times are Danish time, and 08:00 means 08:00–08:59.',
  'heatmap.empty': 'There are no recorded arrivals in the selected period.',
  'heatmap.noArrivals': 'No arrivals (usually closed)',
  'heatmap.caption': 'Average arrivals per opening day by weekday and hour, {from} – {to}',
  'heatmap.weekday': 'Weekday',
  'heatmap.openingDays': 'Based on {count} opening days.',
  'heatmap.legend': 'Colour key: arrivals per opening day',
  'heatmap.legendRange': '{from} – {to}',
};

export const dictionaries: Record<Language, Messages> = { da, en };

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export function translate(language: Language, key: MessageKey, params?: TranslateParams): string {
  const text = dictionaries[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

export const LANGUAGE_STORAGE_KEY = 'kanalindsigt.language';

function readStoredLanguage(): Language | undefined {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined; // Storage can be disabled (privacy mode); Danish is then the default.
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not persisting the choice is acceptable.
  }
}

type I18nContextValue = {
  language: Language;
  locale: string;
  setLanguage: (language: Language) => void;
  t: Translate;
};

const I18nContext = createContext<I18nContextValue | null>(null);

export function I18nProvider({
  children,
  initialLanguage,
}: {
  children: ReactNode;
  initialLanguage?: Language;
}) {
  const [language, setLanguageState] = useState<Language>(
    () => initialLanguage ?? readStoredLanguage() ?? 'da',
  );

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    storeLanguage(next);
  }, []);

  // Screen readers pick their pronunciation from <html lang>.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18nContextValue>(
    () => ({
      language,
      locale: LOCALES[language],
      setLanguage,
      t: (key, params) => translate(language, key, params),
    }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}

/** The translate function for the current language. */
export function useT(): Translate {
  return useI18n().t;
}
