import { formatInteger } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { QuarantineReason } from '../api/get-data-quality';
import { kindLabel, reasonsByKind } from '../utils/quality-view';

/** Every quarantined row counted by reason, one list per source kind, most rows first. */
export function ReasonCounts({ reasons }: { reasons: readonly QuarantineReason[] }) {
  const { t, language } = useI18n();
  return (
    <ul className="quality-quarantine">
      {reasonsByKind(reasons).map((group) => (
        <li key={group.kind} className="quality-quarantine__file">
          <p className="quality-quarantine__name">
            <strong>{kindLabel(group.kind, t)}</strong>
          </p>
          <ul className="quality-quarantine__reasons">
            {group.reasons.map((reason) => (
              <li key={reason.reason} data-value={reason.rows}>
                {t('dataQuality.reasons.detail', {
                  reason: reason.reason,
                  rows: formatInteger(reason.rows, language),
                  problems: formatInteger(reason.problems, language),
                })}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
