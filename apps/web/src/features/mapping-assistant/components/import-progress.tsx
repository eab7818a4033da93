import type { ReactNode } from 'react';
import { formatInteger } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useImportJob, type ImportJob } from '../api/mapping-assistant';
import { RequestError } from './request-error';

const FINISHED: Record<string, MessageKey> = {
  loaded: 'import.load.status.loaded',
  already_loaded: 'import.load.status.already_loaded',
  rejected: 'import.load.status.rejected',
};

/** A started load: its progress while it runs, then its reconciliation (announced politely). */
export function ImportProgress({
  municipalityCode,
  jobId,
  children,
}: {
  municipalityCode: string;
  jobId: string;
  /** Shown once the load has finished, with its answer (e.g. its unmapped labels). */
  children?: (job: ImportJob) => ReactNode;
}) {
  const { t, language } = useI18n();
  const query = useImportJob(municipalityCode, jobId);
  const job = query.data;
  const n = (value: number) => formatInteger(value, language);
  const running = !job || job.status === 'running';
  return (
    <div
      className="import-progress"
      data-testid="import-progress"
      data-status={job?.status ?? 'running'}
    >
      <p aria-live="polite" role="status">
        {running
          ? t('import.load.running', { rows: n(job?.rowsRead ?? 0) })
          : t(FINISHED[job.status] ?? 'import.load.status.other', {
              status: job.status,
              message: job.message ?? '',
            })}
      </p>
      {running && <progress aria-label={t('import.load.submit')} />}
      <RequestError error={query.error} />
      {job && !running && (
        <>
          <table className="import-table" data-testid="reconciliation">
            <caption>{t('import.load.reconciliation')}</caption>
            <tbody>
              {(
                [
                  ['import.load.rowsIn', job.rowsIn],
                  ['import.load.rowsLoaded', job.rowsLoaded],
                  ['import.load.rowsQuarantined', job.rowsQuarantined],
                  ['import.load.rowsDuplicate', job.rowsDuplicate],
                ] as const
              ).map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{t(label)}</th>
                  <td className="numeric">{n(value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {t('import.load.balance', {
              rowsIn: n(job.rowsIn),
              loaded: n(job.rowsLoaded),
              quarantined: n(job.rowsQuarantined),
              duplicate: n(job.rowsDuplicate),
            })}
          </p>
          {children?.(job)}
        </>
      )}
    </div>
  );
}
