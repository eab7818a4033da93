import { useMemo } from 'react';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import type { TableData } from '../../../lib/export/table-data';
import { formatDate, formatInteger, formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useChanceQueue, type ChanceQueueParams } from '../api/get-chance-queue';
import { roundForText } from '../utils/chance-queue-settings';

/**
 * The what-if over the whole period in sentences (served in paid idle time; not fitting and what
 * extra staff would cost), its figures as a table, and every assumption verbatim from the API.
 */
export function ChanceQueueTotalsCard({ params }: { params: ChanceQueueParams | undefined }) {
  const { t, language } = useI18n();
  const query = useChanceQueue(params);
  const result = query.data;

  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!params || !result) status = 'loading';
  else if (result.chanceQueue.totals.openingDays === 0) status = 'empty';
  else status = 'ready';

  const view = useMemo(() => {
    if (!result) return undefined;
    const { chanceQueue } = result;
    const { totals } = chanceQueue;
    const approx = (value: number) => formatInteger(roundForText(value), language);
    const sentences = [
      t('booking.chanceQueue.totals.served', {
        servable: approx(totals.walkInsServable),
        walkIns: approx(totals.walkIns),
        days: formatInteger(totals.openingDays, language),
      }),
      t('booking.chanceQueue.totals.paid', {
        hours: approx(totals.staffHoursInIdleSlots),
        dkk: approx(totals.idleValueDkk),
        fte: formatNumber(totals.idleValueFte, language, 2),
      }),
      totals.walkInsNotFitting > 0
        ? t('booking.chanceQueue.totals.extra', {
            notFitting: approx(totals.walkInsNotFitting),
            hours: approx(totals.extraStaffHours),
            dkk: approx(totals.extraStaffCostDkk),
          })
        : t('booking.chanceQueue.totals.allFit'),
    ];
    const row = (label: string, value: number) => ({ label, value });
    const figures = [
      row(t('booking.chanceQueue.totals.openingDays'), totals.openingDays),
      row(t('booking.chanceQueue.walkIns'), totals.walkIns),
      row(t('booking.chanceQueue.servable'), totals.walkInsServable),
      row(t('booking.chanceQueue.totals.notFitting'), totals.walkInsNotFitting),
      row(t('booking.chanceQueue.idleUnbooked'), totals.idleUnbookedMinutes),
      row(t('booking.chanceQueue.idleNoShow'), totals.idleNoShowMinutes),
      row(t('booking.chanceQueue.usable'), totals.usableIdleMinutes),
      row(t('booking.chanceQueue.totals.staffHours'), totals.staffHoursInIdleSlots),
      row(t('booking.chanceQueue.totals.idleValueDkk'), totals.idleValueDkk),
      row(t('booking.chanceQueue.totals.idleValueFte'), totals.idleValueFte),
      row(t('booking.chanceQueue.totals.extraHours'), totals.extraStaffHours),
      row(t('booking.chanceQueue.totals.extraDkk'), totals.extraStaffCostDkk),
      row(t('booking.chanceQueue.totals.hourlyCost'), totals.hourlyCostDkk),
    ];
    const table: TableData = {
      caption: t('booking.chanceQueue.totals.caption', {
        from: formatDate(chanceQueue.from, language),
        to: formatDate(chanceQueue.to, language),
      }),
      fileName: `kanalindsigt-chancekoe-i-alt-${chanceQueue.municipalityCode}-${chanceQueue.from}-${chanceQueue.to}`,
      columns: [
        { key: 'label', header: t('booking.chanceQueue.totals.figure'), kind: 'text' },
        {
          key: 'value',
          header: t('booking.chanceQueue.totals.value'),
          kind: 'number',
          fractionDigits: 2,
        },
      ],
      rows: figures,
    };
    const assumptions = chanceQueue.assumptions.map((a) => ({
      key: a.key,
      text: language === 'da' ? a.da : a.en,
    }));
    return { sentences, table, assumptions };
  }, [result, language, t]);

  return (
    <ChartCard
      testId="chance-queue-totals"
      title={t('booking.chanceQueue.totals.title')}
      description={<p>{t('booking.chanceQueue.totals.description')}</p>}
      status={status}
      error={query.error}
      emptyMessage={t('booking.chanceQueue.grid.empty')}
      onRetry={() => void query.refetch()}
      isUpdating={query.isFetching && !query.isPending}
      table={view?.table}
    >
      {view && (
        <>
          <ul className="chance-queue-sentences">
            {view.sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <h4 className="chance-queue-assumptions__title">
            {t('booking.chanceQueue.assumptions')}
          </h4>
          <ul className="chance-queue-assumptions" data-testid="chance-queue-assumptions">
            {view.assumptions.map((assumption) => (
              <li key={assumption.key}>{assumption.text}</li>
            ))}
          </ul>
        </>
      )}
    </ChartCard>
  );
}
