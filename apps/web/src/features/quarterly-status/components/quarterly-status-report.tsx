import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import {
  useQuarterlyStatus,
  type QuarterlyStatusParams,
  type StatusChannel,
} from '../api/get-quarterly-status';
import { previousQuarter, quarterLabel, quarterYearEarlier } from '../utils/quarter';
import { statusTable } from '../utils/status-table';
import { summarySentences } from '../utils/summary';
import { StatusTile } from './status-tile';

const CHANNELS: readonly StatusChannel[] = ['IN_PERSON', 'PHONE', 'DIGITAL', 'BOOKING'];

/** Today as 'YYYY-MM-DD' in the viewer's calendar: the printed-on date of the meeting papers. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

type QuarterlyStatusReportProps = {
  params: QuarterlyStatusParams | undefined;
  municipalityName: string | undefined;
  /** The municipality's last day with data: a quarter ending later is reported as incomplete. */
  dataTo: string | undefined;
};

/**
 * The quarterly status for directors: a plain-language summary, then per channel a card of KPI
 * tiles. Printable as A4 (the print header names municipality, quarter and date).
 */
export function QuarterlyStatusReport({
  params,
  municipalityName,
  dataTo,
}: QuarterlyStatusReportProps) {
  const { t, language } = useI18n();
  const query = useQuarterlyStatus(params);
  const status = query.data;
  const quarter = status?.quarter ?? params?.quarter;

  let cardStatus: ChartCardStatus;
  if (query.isError) cardStatus = 'error';
  else if (!status) cardStatus = 'loading';
  else cardStatus = 'ready';

  return (
    <div className="quarterly-status">
      <div className="quarterly-status__toolbar no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('quarterlyStatus.print')}
        </button>
      </div>
      {quarter && municipalityName && (
        <p className="quarterly-status__print-header">
          {t('quarterlyStatus.printHeader', {
            municipality: municipalityName,
            quarter: quarterLabel(quarter, t),
            date: formatDate(today(), language),
          })}
        </p>
      )}

      <section className="quarterly-status__summary" aria-labelledby="quarterly-status-summary">
        <h3 id="quarterly-status-summary" className="quarterly-status__summary-title">
          {t('quarterlyStatus.summaryHeading')}
        </h3>
        {cardStatus === 'loading' && <p role="status">{t('state.loading')}</p>}
        {cardStatus === 'error' && <p>{t('quarterlyStatus.summaryError')}</p>}
        {status && !query.isError && (
          <p data-testid="quarterly-status-summary">
            {summarySentences(
              status,
              municipalityName ?? status.municipalityCode,
              language,
              t,
            ).join(' ')}
          </p>
        )}
        {status && dataTo && status.to > dataTo && (
          <p className="quarterly-status__partial">
            {t('quarterlyStatus.partial', { date: formatDate(dataTo, language) })}
          </p>
        )}
      </section>

      <div className="quarterly-status__groups">
        {CHANNELS.map((channel) => {
          const tiles = status?.tiles.filter((tile) => tile.channel === channel) ?? [];
          const hasData = tiles.some((tile) =>
            tile.sparkline.some((point) => point.value !== null && point.value !== 0),
          );
          const groupStatus: ChartCardStatus =
            cardStatus === 'ready' && !hasData ? 'empty' : cardStatus;
          const reported = status?.quarter ?? '';
          return (
            <ChartCard
              key={channel}
              testId={`quarterly-status-${channel.toLowerCase().replace('_', '-')}`}
              title={t(`quarterlyStatus.channel.${channel}`)}
              description={
                status && (
                  <p>
                    {t('quarterlyStatus.description', {
                      quarter: quarterLabel(reported, t),
                      previous: quarterLabel(previousQuarter(reported), t),
                      lastYear: quarterLabel(quarterYearEarlier(reported), t),
                    })}
                  </p>
                )
              }
              status={groupStatus}
              error={query.error}
              emptyMessage={t('quarterlyStatus.empty')}
              onRetry={() => void query.refetch()}
              isUpdating={query.isFetching && !query.isPending}
              table={
                status &&
                statusTable(channel, tiles, reported, status.municipalityCode, language, t)
              }
            >
              <ul className="quarterly-status__tiles">
                {tiles.map((tile) => (
                  <StatusTile
                    key={tile.kpi.id}
                    tile={tile}
                    previous={previousQuarter(reported)}
                    lastYear={quarterYearEarlier(reported)}
                  />
                ))}
              </ul>
            </ChartCard>
          );
        })}
      </div>
    </div>
  );
}
