import { formatInteger } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { SourceLoadStatus } from '../api/get-data-quality';
import { kindLabel, rowsIn } from '../utils/quality-view';

const PARTS = [
  { key: 'loaded', label: 'dataQuality.rowsLoaded', rows: (s: SourceLoadStatus) => s.rowsLoaded },
  {
    key: 'quarantined',
    label: 'dataQuality.rowsQuarantined',
    rows: (s: SourceLoadStatus) => s.rowsQuarantined,
  },
  {
    key: 'duplicate',
    label: 'dataQuality.rowsDuplicate',
    rows: (s: SourceLoadStatus) => s.rowsDuplicate,
  },
  {
    key: 'skipped',
    label: 'dataQuality.rowsSkipped',
    rows: (s: SourceLoadStatus) => s.rowsSkipped,
  },
] as const;

/**
 * Per source kind with files, one bar of its rows: loaded, quarantined, duplicates, skipped on purpose
 * (each part its own fill pattern, and the numbers written out beside it).
 */
export function LoadBars({ sources }: { sources: readonly SourceLoadStatus[] }) {
  const { t, language } = useI18n();
  const loaded = sources.filter((s) => s.currentFiles > 0 || s.rejectedFiles > 0);
  const n = (value: number) => formatInteger(value, language);
  return (
    <figure className="chart-figure">
      <ul className="quality-loads" aria-label={t('dataQuality.loads.figureLabel')}>
        {loaded.map((source) => {
          const total = rowsIn(source);
          return (
            <li key={source.kind} className="quality-loads__item">
              <p className="quality-loads__title">
                <strong>{kindLabel(source.kind, t)}</strong>
              </p>
              <div className="quality-bar" aria-hidden="true">
                {PARTS.map((part) => {
                  const rows = part.rows(source);
                  return rows > 0 ? (
                    <span
                      key={part.key}
                      className={`quality-bar__part quality-bar__part--${part.key}`}
                      style={{ width: `${(100 * rows) / total}%` }}
                      data-value={rows}
                    />
                  ) : null;
                })}
              </div>
              <p className="quality-loads__summary">
                {t('dataQuality.loads.summary', {
                  rowsIn: n(total),
                  loaded: n(source.rowsLoaded),
                  quarantined: n(source.rowsQuarantined),
                  duplicate: n(source.rowsDuplicate),
                  skipped: n(source.rowsSkipped),
                })}
                {source.rejectedFiles > 0 &&
                  ` · ${t('dataQuality.loads.rejected', { count: n(source.rejectedFiles) })}`}
              </p>
            </li>
          );
        })}
      </ul>
      <figcaption className="chart-legend">
        <ul className="chart-legend__items">
          {PARTS.map((part) => (
            <li key={part.key} className="chart-legend__item">
              <span
                className={`quality-bar__swatch quality-bar__part--${part.key}`}
                aria-hidden="true"
              />
              {t(part.label)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
