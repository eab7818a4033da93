import { useMemo } from 'react';
import {
  TimeSeriesChart,
  TimeSeriesLegend,
  type LineSeries,
  type TimeAnnotation,
} from '../../../components/charts/time-series-chart';
import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import { OKABE_ITO } from '../../../lib/colors';
import type { TableData } from '../../../lib/export/table-data';
import { formatDate, formatInteger, formatMonth, formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { EvaluationSummary } from '../api/evaluation-types';
import { useEvaluations } from '../api/get-evaluations';
import { latestMonth, targetFteIn } from '../utils/evaluation-series';

type EfficiencyCardProps = {
  municipalityCode: string | undefined;
  /** The evaluation the page shows: its translation if it has one, else the first that does. */
  selectedId: string | undefined;
};

const TARGET_COLOR = '#374151';

/**
 * The staff-hour effect as FTE and DKK, month by month against the budget target: cumulative
 * kroner saved against the target accrued, the monthly FTE rate against the target FTE, the
 * status and the payback month in words.
 */
export function EfficiencyCard({ municipalityCode, selectedId }: EfficiencyCardProps) {
  const { t, language } = useI18n();
  const query = useEvaluations(municipalityCode);
  const withEfficiency = query.data?.filter(
    (e): e is EvaluationSummary & { efficiency: NonNullable<EvaluationSummary['efficiency']> } =>
      e.efficiency !== null && e.efficiency.months.length > 0,
  );
  const evaluation =
    withEfficiency?.find((e) => e.id === selectedId) ?? withEfficiency?.[0] ?? undefined;

  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!query.data || municipalityCode === undefined) status = 'loading';
  else if (!evaluation) status = 'empty';
  else status = 'ready';

  const view = useMemo(() => {
    if (!evaluation) return undefined;
    const { efficiency } = evaluation;
    const kroner = (value: number) => formatInteger(value, language);
    const dkkLines: LineSeries[] = [
      {
        key: 'saved',
        label: t('booking.efficiency.savedDkk'),
        color: OKABE_ITO.blue,
        points: efficiency.months.map((m) => ({ period: m.period, value: m.cumulativeDkkSaved })),
      },
      {
        key: 'target',
        label: t('booking.efficiency.targetDkk'),
        color: TARGET_COLOR,
        dashed: true,
        points: efficiency.months.map((m) => ({ period: m.period, value: m.cumulativeTargetDkk })),
      },
    ];
    const fteLines: LineSeries[] = [
      {
        key: 'fte',
        label: t('booking.efficiency.fteRate'),
        color: OKABE_ITO.orange,
        points: efficiency.months.map((m) => ({ period: m.period, value: m.fteRate })),
      },
      {
        key: 'targetFte',
        label: t('booking.efficiency.targetFte'),
        color: TARGET_COLOR,
        dashed: true,
        points: efficiency.months.map((m) => ({
          period: m.period,
          value: targetFteIn(efficiency, m.period),
        })),
      },
    ];
    const payback: TimeAnnotation[] = efficiency.paybackPeriod
      ? [{ from: `${efficiency.paybackPeriod}-01`, label: t('booking.efficiency.paybackMark') }]
      : [];
    const statusWord = (s: string | null) =>
      s === 'ON_TRACK'
        ? t('booking.efficiency.onTrack')
        : s === 'BEHIND'
          ? t('booking.efficiency.behind')
          : null;
    const table: TableData = {
      caption: t('booking.efficiency.caption', { name: evaluation.name }),
      fileName: `kanalindsigt-tidsbestilling-${evaluation.id}-aarsvaerk-${municipalityCode ?? ''}`,
      columns: [
        { key: 'period', header: t('booking.month'), kind: 'month' },
        { key: 'hoursSaved', header: t('booking.efficiency.hoursSaved'), kind: 'number' },
        {
          key: 'fteRate',
          header: t('booking.efficiency.fteRate'),
          kind: 'number',
          fractionDigits: 2,
        },
        {
          key: 'targetFte',
          header: t('booking.efficiency.targetFte'),
          kind: 'number',
          fractionDigits: 2,
        },
        { key: 'dkkSaved', header: t('booking.efficiency.dkkSaved'), kind: 'integer' },
        { key: 'cumulativeDkkSaved', header: t('booking.efficiency.savedDkk'), kind: 'integer' },
        { key: 'cumulativeTargetDkk', header: t('booking.efficiency.targetDkk'), kind: 'integer' },
        { key: 'status', header: t('booking.efficiency.status'), kind: 'text' },
      ],
      rows: efficiency.months.map((m) => ({
        period: m.period,
        hoursSaved: m.hoursSaved,
        fteRate: m.fteRate,
        targetFte: targetFteIn(efficiency, m.period),
        dkkSaved: m.dkkSaved,
        cumulativeDkkSaved: m.cumulativeDkkSaved,
        cumulativeTargetDkk: m.cumulativeTargetDkk,
        status: statusWord(m.status),
      })),
    };

    const last = latestMonth(efficiency);
    const sentences: string[] = [
      t('booking.efficiency.annual', {
        fte: formatNumber(efficiency.annualFte, language, 2),
        low: formatNumber(efficiency.annualFteLow, language, 2),
        high: formatNumber(efficiency.annualFteHigh, language, 2),
        dkk: kroner(Math.round(efficiency.annualDkk / 1000) * 1000),
      }),
    ];
    if (efficiency.targetFte !== null)
      sentences.push(
        t('booking.efficiency.target', {
          fte: formatNumber(efficiency.targetFte, language, 2),
          dkk: kroner(efficiency.targetFte * efficiency.costPerFteDkk),
          from: efficiency.targetFrom ? formatDate(efficiency.targetFrom, language) : '–',
        }),
      );
    if (last && efficiency.status && last.cumulativeTargetDkk !== null)
      sentences.push(
        t(
          efficiency.status === 'ON_TRACK'
            ? 'booking.efficiency.statusOnTrack'
            : 'booking.efficiency.statusBehind',
          {
            saved: kroner(last.cumulativeDkkSaved),
            target: kroner(last.cumulativeTargetDkk),
            month: formatMonth(last.period, language, 'long'),
          },
        ),
      );
    if (efficiency.investmentDkk !== null)
      sentences.push(
        efficiency.paybackPeriod
          ? t('booking.efficiency.paidBack', {
              dkk: kroner(efficiency.investmentDkk),
              month: formatMonth(efficiency.paybackPeriod, language, 'long'),
            })
          : t('booking.efficiency.notPaidBack', { dkk: kroner(efficiency.investmentDkk) }),
      );
    return { dkkLines, fteLines, payback, table, sentences, status: efficiency.status };
  }, [evaluation, language, municipalityCode, t]);

  return (
    <ChartCard
      testId="evaluation-efficiency"
      title={t('booking.efficiency.title')}
      description={
        <p>
          {t('booking.efficiency.description', {
            metric: evaluation
              ? language === 'da'
                ? evaluation.metricLabelDa
                : evaluation.metricLabelEn
              : '',
          })}
        </p>
      }
      status={status}
      error={query.error}
      emptyMessage={t('booking.efficiency.empty')}
      onRetry={() => void query.refetch()}
      table={view?.table}
    >
      {view && (
        <>
          {view.status && (
            <p
              className={`evaluations-status evaluations-status--${view.status === 'ON_TRACK' ? 'on-track' : 'behind'}`}
            >
              <strong>
                {t(
                  view.status === 'ON_TRACK'
                    ? 'booking.efficiency.onTrack'
                    : 'booking.efficiency.behind',
                )}
              </strong>
            </p>
          )}
          <ul className="evaluations-sentences">
            {view.sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <figure className="chart-figure">
            <h4 className="evaluations-subheading">{t('booking.efficiency.dkkHeading')}</h4>
            <TimeSeriesChart
              lines={view.dkkLines}
              annotations={view.payback}
              formatValue={(value) => formatInteger(value, language)}
              label={t('booking.efficiency.dkkHeading')}
              height={260}
            />
            <figcaption className="chart-legend">
              <TimeSeriesLegend lines={view.dkkLines} />
            </figcaption>
          </figure>
          <figure className="chart-figure">
            <h4 className="evaluations-subheading">{t('booking.efficiency.fteHeading')}</h4>
            <TimeSeriesChart
              lines={view.fteLines}
              formatValue={(value) => formatNumber(value, language, 2)}
              label={t('booking.efficiency.fteHeading')}
              height={260}
            />
            <figcaption className="chart-legend">
              <TimeSeriesLegend lines={view.fteLines} />
            </figcaption>
          </figure>
        </>
      )}
    </ChartCard>
  );
}
