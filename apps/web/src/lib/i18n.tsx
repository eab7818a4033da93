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
import * as booking from './messages/booking';
import * as channels from './messages/channels';
import * as core from './messages/core';
import * as dataQuality from './messages/data-quality';
import * as efficiency from './messages/efficiency';
import * as forecast from './messages/forecast';
import * as inclusion from './messages/inclusion';
import * as mappingAssistant from './messages/mapping-assistant';
import * as overview from './messages/overview';
import * as peaks from './messages/peaks';

/**
 * Danish is the default; English is a toggle. Texts use `{name}` placeholders.
 * Each area keeps its texts in lib/messages/<area>.ts; there the Danish dictionary defines the
 * keys and the English one must provide every key.
 */
const da = {
  ...core.da,
  ...overview.da,
  ...channels.da,
  ...peaks.da,
  ...forecast.da,
  ...booking.da,
  ...efficiency.da,
  ...inclusion.da,
  ...dataQuality.da,
  ...mappingAssistant.da,
} as const;

export type MessageKey = keyof typeof da;
type Messages = Record<MessageKey, string>;

const en: Messages = {
  ...core.en,
  ...overview.en,
  ...channels.en,
  ...peaks.en,
  ...forecast.en,
  ...booking.en,
  ...efficiency.en,
  ...inclusion.en,
  ...dataQuality.en,
  ...mappingAssistant.en,
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
