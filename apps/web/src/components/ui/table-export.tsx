import { toCsv } from '../../lib/export/csv';
import { downloadFile } from '../../lib/export/download';
import type { TableData } from '../../lib/export/table-data';
import { toXlsx, XLSX_MIME } from '../../lib/export/xlsx';
import { useI18n } from '../../lib/i18n';
import { DataTable } from './data-table';

/**
 * Below every chart: its numbers as a table (a disclosure, closed by default) and downloads of
 * exactly those numbers as CSV and XLSX.
 */
export function TableExport({ table }: { table: TableData }) {
  const { t, language } = useI18n();
  return (
    <div className="table-export">
      <details className="data-table">
        <summary className="data-table__summary">{t('table.show')}</summary>
        <DataTable table={table} />
      </details>
      <div className="table-export__downloads" role="group" aria-label={t('table.downloads')}>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            downloadFile(`${table.fileName}.csv`, toCsv(table, language), 'text/csv;charset=utf-8')
          }
        >
          {t('table.downloadCsv')}
          <span className="visually-hidden">: {table.caption}</span>
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            downloadFile(
              `${table.fileName}.xlsx`,
              toXlsx(table, language).slice().buffer,
              XLSX_MIME,
            )
          }
        >
          {t('table.downloadXlsx')}
          <span className="visually-hidden">: {table.caption}</span>
        </button>
      </div>
    </div>
  );
}
