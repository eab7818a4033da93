import { useId } from 'react';
import { formatCell, type TableData } from '../../lib/export/table-data';
import { useI18n } from '../../lib/i18n';

/** The numbers behind a chart as an accessible table: caption, column headers, row headers. */
export function DataTable({ table }: { table: TableData }) {
  const { language } = useI18n();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="numbers-table">
        <caption id={captionId}>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.kind === 'text' ? undefined : 'numbers-table__number'}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {table.columns.map((column, c) => {
                const text = formatCell(row[column.key] ?? null, column, language);
                const className =
                  column.kind === 'text' || column.kind === 'date' || column.kind === 'month'
                    ? undefined
                    : 'numbers-table__number';
                return c === 0 ? (
                  <th key={column.key} scope="row" className={className}>
                    {text}
                  </th>
                ) : (
                  <td key={column.key} className={className}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
