import { useEffect, useMemo } from 'react';
import { SelectField } from '../../components/ui/select-field';
import { formatDate } from '../../lib/format';
import { useI18n, type Translate } from '../../lib/i18n';
import {
  DEFAULT_PERIOD,
  findPeriod,
  periodOptions,
  periodRange,
  type PeriodOption,
} from '../../lib/period';
import { useSearchParams } from '../../lib/url-state';
import { useMunicipalities } from '../../features/municipalities/api/get-municipalities';
import { MunicipalitySelect } from '../../features/municipalities/components/municipality-select';
import type { VisitsQueryParams } from '../../features/visits/api/visits-query-params';
import { ArrivalsHeatmap } from '../../features/visits/components/arrivals-heatmap';
import { VisitsByServiceChart } from '../../features/visits/components/visits-by-service-chart';

/** URL query parameters of the page (Danish, as the links are shared in Danish municipalities). */
export const MUNICIPALITY_PARAM = 'kommune';
export const PERIOD_PARAM = 'periode';

function periodLabel(option: PeriodOption, t: Translate): string {
  switch (option.kind) {
    case 'rolling':
      return t(option.id === '3y' ? 'period.3y' : 'period.12m');
    case 'all':
      return t('period.all');
    case 'year':
      return t('period.year', { year: option.year });
  }
}

/** "Fremmøde": visits per service per month and arrivals per weekday and hour. */
export function VisitsPage() {
  const { t, language } = useI18n();
  const [searchParams, updateSearchParams] = useSearchParams();
  const requestedCode = searchParams.get(MUNICIPALITY_PARAM);
  const requestedPeriod = searchParams.get(PERIOD_PARAM);
  const municipalitiesQuery = useMunicipalities();
  const municipalities = municipalitiesQuery.data;

  // Unknown or missing URL values fall back to the first municipality and the last 12 months.
  const municipality = municipalities?.find((m) => m.code === requestedCode) ?? municipalities?.[0];
  const options = useMemo(() => (municipality ? periodOptions(municipality) : []), [municipality]);
  const period =
    options.find((option) => option.id === requestedPeriod) ??
    (municipality ? findPeriod(municipality, DEFAULT_PERIOD) : undefined);
  const range = municipality && period ? periodRange(period, municipality) : undefined;

  const resolvedCode = municipality?.code;
  const resolvedPeriod = period?.id;
  const from = range?.from;
  const to = range?.to;
  const params = useMemo<VisitsQueryParams | undefined>(
    () => (resolvedCode && from && to ? { municipalityCode: resolvedCode, from, to } : undefined),
    [resolvedCode, from, to],
  );

  // Write the resolved filters back so the address bar always holds a reproducible link.
  useEffect(() => {
    if (resolvedCode && resolvedPeriod) {
      updateSearchParams({ [MUNICIPALITY_PARAM]: resolvedCode, [PERIOD_PARAM]: resolvedPeriod });
    }
  }, [resolvedCode, resolvedPeriod, updateSearchParams]);

  return (
    <>
      <div className="page-intro">
        <h2 className="page-title">{t('visitsPage.title')}</h2>
        <p>{t('visitsPage.intro')}</p>
      </div>

      <section className="filters" aria-labelledby="filters-heading">
        <h3 id="filters-heading" className="visually-hidden">
          {t('filters.heading')}
        </h3>
        {municipalitiesQuery.isPending && (
          <p className="filters__state" role="status">
            {t('municipalities.loading')}
          </p>
        )}
        {municipalitiesQuery.isError && (
          <div className="filters__state filters__state--error" role="alert">
            <p>{t('municipalities.error')}</p>
            <p className="muted">
              {t('state.errorDetail', { message: municipalitiesQuery.error.message })}
            </p>
            <button
              type="button"
              className="button"
              onClick={() => void municipalitiesQuery.refetch()}
            >
              {t('state.retry')}
            </button>
          </div>
        )}
        {municipalities && municipalities.length === 0 && (
          <p className="filters__state">{t('municipalities.empty')}</p>
        )}
        {municipalities && municipality && period && range && (
          <form className="filters__form" onSubmit={(event) => event.preventDefault()}>
            <MunicipalitySelect
              municipalities={municipalities}
              value={municipality.code}
              onChange={(code) => updateSearchParams({ [MUNICIPALITY_PARAM]: code })}
            />
            <SelectField
              label={t('filters.period')}
              name={PERIOD_PARAM}
              value={period.id}
              onChange={(id) => updateSearchParams({ [PERIOD_PARAM]: id })}
            >
              {options.map((option) => (
                <option key={option.id} value={option.id}>
                  {periodLabel(option, t)}
                </option>
              ))}
            </SelectField>
            <p className="filters__range" aria-live="polite">
              {t('filters.showing', {
                from: formatDate(range.from, language),
                to: formatDate(range.to, language),
              })}
            </p>
          </form>
        )}
      </section>

      {(municipalitiesQuery.isPending || params) && (
        <div className="chart-grid">
          <VisitsByServiceChart params={params} />
          <ArrivalsHeatmap params={params} />
        </div>
      )}
    </>
  );
}
