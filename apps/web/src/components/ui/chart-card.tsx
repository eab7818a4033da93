import { useId, type ReactNode } from 'react';
import type { TableData } from '../../lib/export/table-data';
import { useT } from '../../lib/i18n';
import { TableExport } from './table-export';

export type ChartCardStatus = 'loading' | 'error' | 'empty' | 'ready';

type ChartCardProps = {
  /** Put on the root element, e.g. for end-to-end tests. */
  testId?: string;
  title: string;
  description: ReactNode;
  status: ChartCardStatus;
  error?: unknown;
  emptyMessage: string;
  onRetry?: () => void;
  /** New data is loading while the old data is still shown. */
  isUpdating?: boolean;
  /** The numbers the chart shows: offered as a table and as CSV/XLSX downloads when ready. */
  table?: TableData;
  children?: ReactNode;
};

function errorMessage(error: unknown): string | undefined {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return undefined;
}

/** A titled card around one chart, with loading, empty and error states and its numbers as a table. */
export function ChartCard({
  testId,
  title,
  description,
  status,
  error,
  emptyMessage,
  onRetry,
  isUpdating = false,
  table,
  children,
}: ChartCardProps) {
  const t = useT();
  const titleId = useId();
  const descriptionId = useId();
  const detail = status === 'error' ? errorMessage(error) : undefined;

  return (
    <section
      className="chart-card"
      data-testid={testId}
      data-status={status}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      aria-busy={status === 'loading' || isUpdating}
    >
      <div className="chart-card__header">
        <h3 id={titleId} className="chart-card__title">
          {title}
        </h3>
        <div id={descriptionId} className="chart-card__description">
          {description}
        </div>
      </div>

      <p className="chart-card__updating" role="status">
        {isUpdating && status === 'ready' ? t('state.updating') : ''}
      </p>

      {status === 'loading' && (
        <div className="chart-card__state" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('state.loading')}
        </div>
      )}

      {status === 'error' && (
        <div className="chart-card__state chart-card__state--error" role="alert">
          <p className="chart-card__error-title">{t('state.error')}</p>
          {detail && (
            <p className="chart-card__error-detail">
              {t('state.errorDetail', { message: detail })}
            </p>
          )}
          {onRetry && (
            <button type="button" className="button" onClick={onRetry}>
              {t('state.retry')}
            </button>
          )}
        </div>
      )}

      {status === 'empty' && <p className="chart-card__state">{emptyMessage}</p>}

      {status === 'ready' && (
        <div className="chart-card__body">
          {children}
          {table && <TableExport table={table} />}
        </div>
      )}
    </section>
  );
}
