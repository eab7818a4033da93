import { formatInteger } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { DryRun } from '../api/mapping-assistant';

/** Step 4's answer: the counts, the quarantine reasons counted per reason, the first rows. */
export function DryRunResult({ dryRun }: { dryRun: DryRun }) {
  const { t, language } = useI18n();
  const n = (value: number) => formatInteger(value, language);
  if (dryRun.rejection)
    return (
      <p className="import-error" role="alert">
        {t('import.dryRun.rejected', { reason: dryRun.rejection })}
      </p>
    );
  return (
    <div className="import-dry-run">
      <p className="import-summary" data-testid="dry-run-summary">
        {t('import.dryRun.summary', {
          rowsIn: n(dryRun.rowsIn),
          loadable: n(dryRun.rowsLoadable),
          quarantined: n(dryRun.rowsQuarantined),
          duplicate: n(dryRun.rowsDuplicate),
        })}
      </p>
      {dryRun.reasons.length === 0 ? (
        <p>{t('import.dryRun.noReasons')}</p>
      ) : (
        <table className="import-table" data-testid="dry-run-reasons">
          <caption>{t('import.dryRun.reasons')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.dryRun.reasonColumn')}</th>
              <th scope="col">{t('import.dryRun.reason')}</th>
              <th scope="col" className="numeric">
                {t('import.dryRun.rows')}
              </th>
            </tr>
          </thead>
          <tbody>
            {dryRun.reasons.map((reason) => (
              <tr key={`${reason.column ?? ''}/${reason.reason}`}>
                <td>{reason.column ?? '—'}</td>
                <td>{reason.reason}</td>
                <td className="numeric">{n(reason.rows)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('import.dryRun.preview')}
      >
        <table className="import-table" data-testid="dry-run-preview">
          <caption>{t('import.dryRun.preview')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.dryRun.row')}</th>
              {dryRun.fields.map((field) => (
                <th key={field} scope="col">
                  {field}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dryRun.preview.map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                {row.values.map((value, index) => (
                  <td key={index}>{value ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
