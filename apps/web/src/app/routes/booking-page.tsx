import { useMemo } from 'react';
import { PageIntro } from '../../components/layouts/page-intro';
import { useAnnotations } from '../../features/annotations/api/get-annotations';
import type { ChanceQueueParams } from '../../features/chance-queue/api/get-chance-queue';
import { ChanceQueueGridCard } from '../../features/chance-queue/components/chance-queue-grid-card';
import { ChanceQueueSettingsForm } from '../../features/chance-queue/components/chance-queue-settings-form';
import { ChanceQueueTotalsCard } from '../../features/chance-queue/components/chance-queue-totals-card';
import {
  chanceQueueSearchParams,
  MINUTES_PARAM,
  NO_SHOW_PARAM,
  readChanceQueueSettings,
  type ChanceQueueSettings,
} from '../../features/chance-queue/utils/chance-queue-settings';
import { useEvaluations } from '../../features/evaluations/api/get-evaluations';
import { CounterfactualChart } from '../../features/evaluations/components/counterfactual-chart';
import { CumulativeDifferenceChart } from '../../features/evaluations/components/cumulative-difference-chart';
import { EfficiencyCard } from '../../features/evaluations/components/efficiency-card';
import {
  EVALUATION_PARAM,
  EvaluationSelect,
} from '../../features/evaluations/components/evaluation-select';
import { FindingsSummary } from '../../features/evaluations/components/findings-summary';
import { defaultEvaluationId } from '../../features/evaluations/utils/pick-evaluation';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useChoiceFilter, useViewFilters } from '../../features/filters/hooks/use-view-filters';
import { useI18n } from '../../lib/i18n';
import { useSearchParams } from '../../lib/url-state';

/**
 * "Tidsbestilling": did mandatory booking work? What we found in plain sentences, observed
 * against the counterfactual, the cumulative effect, FTE and DKK against the budget target, and
 * the chance-queue what-if for the chosen period. The evaluations cover their own stored period;
 * the period filter applies to the chance queue.
 */
export function BookingPage() {
  const { t } = useI18n();
  const filters = useViewFilters();
  const { municipalitiesQuery, municipality, params } = filters;
  const code = municipality?.code;

  const evaluationsQuery = useEvaluations(code);
  const evaluations = evaluationsQuery.data;
  const ids = useMemo(() => evaluations?.map((e) => e.id), [evaluations]);
  const [requestedId, setEvaluationId] = useChoiceFilter(EVALUATION_PARAM, ids);
  const selectedId = requestedId || (evaluations ? defaultEvaluationId(evaluations) : undefined);
  const selected = evaluations?.find((e) => e.id === selectedId);
  const evaluationParams = useMemo(
    () => (code && selectedId ? { id: selectedId, municipalityCode: code } : undefined),
    [code, selectedId],
  );

  const annotationParams = useMemo(
    () =>
      code && selected && municipality
        ? {
            municipalityCode: code,
            from: selected.periodFrom,
            to: selected.periodTo ?? municipality.visitsTo,
          }
        : undefined,
    [code, selected, municipality],
  );
  const annotations = useAnnotations(annotationParams);

  const [searchParams, updateSearchParams] = useSearchParams();
  const minutesText = searchParams.get(MINUTES_PARAM);
  const noShowText = searchParams.get(NO_SHOW_PARAM);
  const settings = useMemo(
    () => readChanceQueueSettings(minutesText, noShowText),
    [minutesText, noShowText],
  );
  const chanceQueueParams = useMemo<ChanceQueueParams | undefined>(
    () => params && { ...params, ...settings },
    [params, settings],
  );
  const setSettings = (next: ChanceQueueSettings) =>
    updateSearchParams(chanceQueueSearchParams(next));

  const showCards = municipalitiesQuery.isPending || params !== undefined;
  // Detail cards only when there is an evaluation to show or the list is still on its way; a
  // failed list is told (with a retry) by the findings card.
  const showDetail =
    !evaluationsQuery.isError && (evaluations === undefined || selectedId !== undefined);

  return (
    <>
      <PageIntro title="bookingPage.title" intro="bookingPage.intro" />
      <FilterBar filters={filters}>
        {evaluations && evaluations.length > 0 && selectedId && (
          <EvaluationSelect
            evaluations={evaluations}
            value={selectedId}
            onChange={setEvaluationId}
          />
        )}
      </FilterBar>
      {showCards && (
        <>
          <p className="booking-page__note">{t('booking.periodNote')}</p>
          <div className="chart-grid">
            <FindingsSummary municipalityCode={code} />
            {showDetail && (
              <>
                <CounterfactualChart params={evaluationParams} annotations={annotations} />
                <CumulativeDifferenceChart params={evaluationParams} />
              </>
            )}
            <EfficiencyCard municipalityCode={code} selectedId={selectedId} />
          </div>
          <section className="booking-page__chance-queue" aria-labelledby="chance-queue-heading">
            <h3 id="chance-queue-heading" className="booking-page__section-title">
              {t('booking.chanceQueue.heading')}
            </h3>
            <p>{t('booking.chanceQueue.intro')}</p>
            <ChanceQueueSettingsForm settings={settings} onChange={setSettings} />
            <div className="chart-grid">
              <ChanceQueueGridCard params={chanceQueueParams} />
              <ChanceQueueTotalsCard params={chanceQueueParams} />
            </div>
          </section>
        </>
      )}
    </>
  );
}
