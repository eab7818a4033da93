import type { ReactNode } from 'react';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import type { TableData } from '../../../lib/export/table-data';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useDataQuality, type DataQualityParams } from '../api/get-data-quality';
import {
  freshnessTable,
  loadsTable,
  quarantineTable,
  reasonsTable,
  unmappedTable,
} from '../utils/quality-view';
import { FreshnessList } from './freshness-list';
import { LoadBars } from './load-bars';
import { QuarantineList } from './quarantine-list';
import { ReasonCounts } from './reason-counts';
import { UnmappedList } from './unmapped-list';

/** Freshness, loads, quarantine and unmapped labels of one municipality, from one answer. */
export function DataQualityCards({ params }: { params: DataQualityParams | undefined }) {
  const { t, language } = useI18n();
  const query = useDataQuality(params);
  const result = query.data;
  const quality = result?.quality;
  const code = result?.params.municipalityCode ?? '';
  const asOf = quality ? formatDate(quality.asOf, language) : '';

  const card = (
    testId: string,
    title: string,
    description: string,
    emptyMessage: string,
    isEmpty: boolean,
    table: TableData | undefined,
    body: ReactNode,
  ) => {
    let status: ChartCardStatus;
    if (query.isError) status = 'error';
    else if (!quality) status = 'loading';
    else if (isEmpty) status = 'empty';
    else status = 'ready';
    return (
      <ChartCard
        testId={testId}
        title={title}
        description={<p>{description}</p>}
        status={status}
        error={query.error}
        emptyMessage={emptyMessage}
        onRetry={() => void query.refetch()}
        isUpdating={query.isFetching && !query.isPending}
        table={table}
      >
        {body}
      </ChartCard>
    );
  };

  const sources = quality?.sources ?? [];
  return (
    <div className="chart-grid">
      {card(
        'data-quality-freshness',
        t('dataQuality.freshness.title'),
        t('dataQuality.freshness.description', { asOf }),
        t('dataQuality.freshness.empty'),
        sources.length === 0,
        quality && freshnessTable(quality, code, t, language),
        <FreshnessList sources={sources} />,
      )}
      {card(
        'data-quality-loads',
        t('dataQuality.loads.title'),
        t('dataQuality.loads.description'),
        t('dataQuality.loads.empty'),
        sources.every((s) => s.currentFiles === 0 && s.rejectedFiles === 0),
        quality && loadsTable(quality, code, t, language),
        <LoadBars sources={sources} />,
      )}
      {card(
        'data-quality-reasons',
        t('dataQuality.reasons.title'),
        t('dataQuality.reasons.description'),
        t('dataQuality.reasons.empty'),
        (quality?.quarantineReasons.length ?? 0) === 0,
        quality && reasonsTable(quality, code, t),
        <ReasonCounts reasons={quality?.quarantineReasons ?? []} />,
      )}
      {card(
        'data-quality-quarantine',
        t('dataQuality.quarantine.title'),
        t('dataQuality.quarantine.description'),
        t('dataQuality.quarantine.empty'),
        (quality?.problems.length ?? 0) === 0,
        quality && quarantineTable(quality, code, t),
        <QuarantineList problems={quality?.problems ?? []} />,
      )}
      {card(
        'data-quality-unmapped',
        t('dataQuality.unmapped.title'),
        t('dataQuality.unmapped.description'),
        t('dataQuality.unmapped.empty'),
        (quality?.unmappedLabels.length ?? 0) === 0,
        quality && unmappedTable(quality, code, t),
        <UnmappedList labels={quality?.unmappedLabels ?? []} />,
      )}
    </div>
  );
}
