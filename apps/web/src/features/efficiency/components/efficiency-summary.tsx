import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import { DataTable } from '../../../components/ui/data-table';
import type { TableData } from '../../../lib/export/table-data';
import { formatDate, formatInteger } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useEfficiency, type EfficiencyParams } from '../api/get-efficiency';
import { isEfficiencyChannel, type EfficiencyChannel } from '../utils/channels';

type EfficiencySummaryProps = {
  params: EfficiencyParams | undefined;
  channels: readonly EfficiencyChannel[];
  /** Add the row over every channel (when no channel is filtered out). */
  withTotal: boolean;
};

/**
 * Per channel over the whole period: staff hours, FTE, staff cost, contacts, contacts per staff
 * hour and cost per contact, with the FTE and DKK assumptions in words.
 */
export function EfficiencySummary({ params, channels, withTotal }: EfficiencySummaryProps) {
  const { t, language } = useI18n();
  const query = useEfficiency(params);
  const result = query.data;

  const totals = result?.efficiency.totals.filter((point) =>
    point.channel === null
      ? withTotal
      : isEfficiencyChannel(point.channel) && channels.includes(point.channel),
  );
  // Channels in the view's order, the row over every channel last.
  const order = (channel: string | null) =>
    channel === null ? channels.length : channels.indexOf(channel as EfficiencyChannel);
  const rows = totals?.slice().sort((a, b) => order(a.channel) - order(b.channel));

  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!params || !rows) status = 'loading';
  else if (!rows.some((row) => row.staffHours > 0)) status = 'empty';
  else status = 'ready';

  const table: TableData | undefined =
    result && rows
      ? {
          caption: t('efficiency.summary.caption', {
            from: formatDate(result.params.from, language),
            to: formatDate(result.params.to, language),
          }),
          fileName: `kanalindsigt-effektivisering-${result.params.municipalityCode}-${result.params.from}-${result.params.to}`,
          columns: [
            { key: 'channel', header: t('efficiency.column.channel'), kind: 'text' },
            {
              key: 'staffHours',
              header: t('efficiency.column.staffHours'),
              kind: 'number',
              fractionDigits: 0,
            },
            { key: 'fte', header: t('efficiency.column.fte'), kind: 'number', fractionDigits: 1 },
            { key: 'staffCostDkk', header: t('efficiency.column.staffCostDkk'), kind: 'integer' },
            { key: 'contacts', header: t('efficiency.column.contacts'), kind: 'integer' },
            {
              key: 'contactsPerStaffHour',
              header: t('efficiency.column.contactsPerStaffHour'),
              kind: 'number',
              fractionDigits: 1,
            },
            {
              key: 'costPerContact',
              header: t('efficiency.column.costPerContact'),
              kind: 'number',
              fractionDigits: 0,
            },
          ],
          rows: rows.map((row) => ({
            channel: isEfficiencyChannel(row.channel)
              ? t(`efficiency.channel.${row.channel}`)
              : t('efficiency.allChannels'),
            staffHours: row.staffHours,
            fte: row.fte,
            staffCostDkk: row.staffCostDkk,
            contacts: row.contacts,
            contactsPerStaffHour: row.contactsPerStaffHour,
            costPerContact: row.costPerContact,
          })),
        }
      : undefined;

  return (
    <ChartCard
      testId="efficiency-summary"
      title={t('efficiency.summary.title')}
      description={
        <p>
          {result &&
            `${t('efficiency.summary.assumptions', {
              hours: formatInteger(result.efficiency.hoursPerFte, language),
              cost: formatInteger(result.efficiency.costPerFte, language),
            })} `}
          {t('efficiency.summary.description')}
        </p>
      }
      status={status}
      error={query.error}
      emptyMessage={t('efficiency.summary.empty')}
      onRetry={() => void query.refetch()}
      isUpdating={query.isFetching && !query.isPending}
      table={table}
    >
      {table && <DataTable table={table} />}
    </ChartCard>
  );
}
