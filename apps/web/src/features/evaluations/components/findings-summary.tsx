import { ChartCard, type ChartCardStatus } from '../../../components/ui/chart-card';
import type { TableData } from '../../../lib/export/table-data';
import { formatDate } from '../../../lib/format';
import { useI18n, type Translate } from '../../../lib/i18n';
import type { EvaluationSummary } from '../api/evaluation-types';
import { useEvaluations } from '../api/get-evaluations';
import { changeOf } from '../utils/evaluation-series';
import { isInconclusive } from '../utils/pick-evaluation';

function findingsTable(
  evaluations: readonly EvaluationSummary[],
  municipalityCode: string,
  t: Translate,
  language: 'da' | 'en',
): TableData {
  return {
    caption: t('booking.findings.caption'),
    fileName: `kanalindsigt-tidsbestilling-resultater-${municipalityCode}`,
    columns: [
      { key: 'metric', header: t('booking.findings.metric'), kind: 'text' },
      { key: 'finding', header: t('booking.findings.finding'), kind: 'text' },
      { key: 'change', header: t('booking.findings.change'), kind: 'number' },
      { key: 'low', header: t('booking.findings.low'), kind: 'number' },
      { key: 'high', header: t('booking.findings.high'), kind: 'number' },
      { key: 'unit', header: t('booking.findings.unit'), kind: 'text' },
      { key: 'certain', header: t('booking.findings.certain'), kind: 'text' },
    ],
    rows: evaluations.map((evaluation) => {
      const metric = language === 'da' ? evaluation.metricLabelDa : evaluation.metricLabelEn;
      const headline = evaluation.headline;
      if (!headline)
        return {
          metric,
          finding: t('booking.notFitted', { error: evaluation.error ?? '' }),
          change: null,
          low: null,
          high: null,
          unit: null,
          certain: null,
        };
      const change = changeOf(headline);
      return {
        metric,
        finding: language === 'da' ? headline.sentenceDa : headline.sentenceEn,
        change: change.change,
        low: change.low,
        high: change.high,
        unit: change.percent ? '%' : t(`booking.unit.${headline.unit}`),
        certain: t(isInconclusive(headline) ? 'booking.findings.no' : 'booking.findings.yes'),
      };
    }),
  };
}

/**
 * "What did we find": one plain sentence per evaluated metric with its 95 % interval, marked
 * when the interval cannot tell the change from no change. Written for the finance committee.
 */
export function FindingsSummary({ municipalityCode }: { municipalityCode: string | undefined }) {
  const { t, language } = useI18n();
  const query = useEvaluations(municipalityCode);
  const evaluations = query.data;

  let status: ChartCardStatus;
  if (query.isError) status = 'error';
  else if (!evaluations || municipalityCode === undefined) status = 'loading';
  else if (evaluations.length === 0) status = 'empty';
  else status = 'ready';

  return (
    <ChartCard
      testId="evaluation-findings"
      title={t('booking.findings.title')}
      description={
        <>
          <p>{t('booking.findings.description')}</p>
          <p>{t('booking.ciExplained')}</p>
        </>
      }
      status={status}
      error={query.error}
      emptyMessage={t('booking.findings.empty')}
      onRetry={() => void query.refetch()}
      table={
        evaluations && municipalityCode
          ? findingsTable(evaluations, municipalityCode, t, language)
          : undefined
      }
    >
      {evaluations && (
        <ul className="evaluations-findings">
          {evaluations.map((evaluation) => {
            const headline = evaluation.headline;
            const goLive = evaluation.interventionDates[0];
            return (
              <li key={evaluation.id} className="evaluations-findings__item">
                {headline ? (
                  <>
                    <span className="evaluations-findings__sentence">
                      {language === 'da' ? headline.sentenceDa : headline.sentenceEn}.
                    </span>{' '}
                    <span
                      className={
                        isInconclusive(headline)
                          ? 'evaluations-badge evaluations-badge--unsure'
                          : 'evaluations-badge'
                      }
                    >
                      {t(
                        isInconclusive(headline)
                          ? 'booking.findings.inconclusive'
                          : 'booking.findings.conclusive',
                      )}
                    </span>
                  </>
                ) : (
                  <span className="evaluations-findings__sentence">
                    {language === 'da' ? evaluation.metricLabelDa : evaluation.metricLabelEn}:{' '}
                    {t('booking.notFitted', { error: evaluation.error ?? '' })}
                  </span>
                )}
                {goLive && (
                  <span className="evaluations-findings__meta">
                    {t('booking.findings.meta', {
                      name: evaluation.name,
                      date: formatDate(goLive, language),
                    })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </ChartCard>
  );
}
