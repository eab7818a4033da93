import { copenhagenDate, formatDate, formatInteger } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { UnmappedLabel } from '../api/get-data-quality';
import { kindLabel } from '../utils/quality-view';

/** Unmapped labels, most rows first, each with a bar of its rows against the most frequent one. */
export function UnmappedList({ labels }: { labels: readonly UnmappedLabel[] }) {
  const { t, language } = useI18n();
  const most = Math.max(1, ...labels.map((label) => label.rows));
  return (
    <ul className="quality-unmapped">
      {labels.map((label) => (
        <li
          key={`${label.kind}/${label.labelKind}/${label.label}`}
          className="quality-unmapped__item"
        >
          <p className="quality-unmapped__label">
            <strong>{label.label}</strong>
          </p>
          <div className="quality-bar quality-bar--single" aria-hidden="true">
            <span
              className="quality-bar__part quality-bar__part--unmapped"
              style={{ width: `${(100 * label.rows) / most}%` }}
              data-value={label.rows}
            />
          </div>
          <p className="quality-unmapped__detail">
            {t('dataQuality.unmapped.detail', {
              labelKind: label.labelKind,
              kind: kindLabel(label.kind, t),
              rows: formatInteger(label.rows, language),
              lastSeen: formatDate(copenhagenDate(label.lastSeenAt), language),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
