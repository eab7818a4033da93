import { LANGUAGES } from '../../lib/format';
import { useI18n, type MessageKey } from '../../lib/i18n';

const LABELS: Record<(typeof LANGUAGES)[number], MessageKey> = {
  da: 'language.da',
  en: 'language.en',
};

/** Two toggle buttons; each language name is written in its own language (and marked up so). */
export function LanguageToggle() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-toggle" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-toggle__button"
          aria-pressed={language === option}
          onClick={() => setLanguage(option)}
        >
          {t(LABELS[option])}
        </button>
      ))}
    </div>
  );
}
