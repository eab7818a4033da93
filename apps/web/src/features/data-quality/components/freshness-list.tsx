import { copenhagenDate, formatDate, formatInteger } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { SourceLoadStatus } from '../api/get-data-quality';
import {
  freshnessLimits,
  freshnessStatus,
  kindLabel,
  statusLabel,
  type FreshnessStatus,
} from '../utils/quality-view';

/** A shape per status, so the status reads without colour (the word is always there too). */
const ICONS: Record<FreshnessStatus, string> = {
  fresh: '✓',
  late: '!',
  stale: '✕',
  missing: '–',
};

/** One line per source kind: status in words and by icon shape, last load and newest day. */
export function FreshnessList({ sources }: { sources: readonly SourceLoadStatus[] }) {
  const { t, language } = useI18n();
  return (
    <ul className="quality-freshness">
      {sources.map((source) => {
        const status = freshnessStatus(source);
        const limits = freshnessLimits(source.kind);
        return (
          <li
            key={source.kind}
            className={`quality-freshness__item quality-status--${status}`}
            data-value={source.freshnessDays ?? ''}
          >
            <span className="quality-freshness__icon" aria-hidden="true">
              {ICONS[status]}
            </span>
            <div>
              <p className="quality-freshness__title">
                <strong>{kindLabel(source.kind, t)}</strong>: {statusLabel(status, t)}
              </p>
              <p className="quality-freshness__detail">
                {source.lastLoadedAt
                  ? t('dataQuality.freshness.loadedAt', {
                      at: formatDate(copenhagenDate(source.lastLoadedAt), language),
                    })
                  : t('dataQuality.freshness.never')}
                {source.newestPeriodEnd !== null &&
                  source.freshnessDays !== null &&
                  ` · ${t('dataQuality.freshness.detail', {
                    newest: formatDate(source.newestPeriodEnd, language),
                    days: formatInteger(source.freshnessDays, language),
                    files: formatInteger(source.currentFiles, language),
                  })}`}
              </p>
              <p className="quality-freshness__limits muted">
                {t('dataQuality.freshness.limits', limits)}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
