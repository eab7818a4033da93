import { useI18n } from '../../../lib/i18n';
import type { QuarantineProblem } from '../api/get-data-quality';
import { kindLabel, problemsByFile } from '../utils/quality-view';

/** The newest quarantined rows by file, then by reason and column, with their row numbers. */
export function QuarantineList({ problems }: { problems: readonly QuarantineProblem[] }) {
  const { t } = useI18n();
  return (
    <ul className="quality-quarantine">
      {problemsByFile(problems).map((file) => (
        <li key={`${file.kind}/${file.fileName}`} className="quality-quarantine__file">
          <p className="quality-quarantine__name">
            <strong>{file.fileName}</strong>{' '}
            <span className="muted">({kindLabel(file.kind, t)})</span>
          </p>
          <ul className="quality-quarantine__reasons">
            {file.reasons.map((reason) => (
              <li
                key={`${reason.columnName ?? ''}/${reason.reason}`}
                data-value={reason.rows.length}
              >
                {reason.columnName !== null &&
                  `${t('dataQuality.quarantine.column', { column: reason.columnName })}: `}
                {reason.reason}.{' '}
                {t('dataQuality.quarantine.rows', {
                  rows: reason.rows.map((row) => (row === null ? '–' : String(row))).join(', '),
                })}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
