import type { ReactNode } from 'react';
import { SelectField } from '../../../components/ui/select-field';
import { formatDate } from '../../../lib/format';
import { useI18n, type Translate } from '../../../lib/i18n';
import type { PeriodOption } from '../../../lib/period';
import { PERIOD_PARAM, type SiteFilter, type ViewFilters } from '../hooks/use-view-filters';
import { MunicipalitySelect } from './municipality-select';
import { SiteSelect } from './site-select';

function periodLabel(option: PeriodOption, t: Translate): string {
  switch (option.kind) {
    case 'rolling':
      return t(option.id === '3y' ? 'period.3y' : 'period.12m');
    case 'all':
      return t('period.all');
    case 'year':
      return t('period.year', { year: option.year });
    case 'quarter':
      return t('period.quarter', { quarter: option.quarter, year: option.year });
  }
}

type FilterBarProps = {
  filters: ViewFilters;
  /** Offer "compare with a year earlier" (views with time charts). */
  comparable?: boolean;
  /** Offer the municipality's sites (views whose data is kept per site; shown from two sites). */
  site?: SiteFilter;
  /** Offer the period (false on views that always show the latest status). */
  periodic?: boolean;
  /** Further filters of the view (service, site, channel), as SelectFields. */
  children?: ReactNode;
};

/**
 * The filters above a view: municipality (only when the user may see several), period, the
 * year-earlier comparison and the view's own filters. Every choice is written to the URL.
 */
export function FilterBar({
  filters,
  comparable = false,
  site,
  periodic = true,
  children,
}: FilterBarProps) {
  const { t, language } = useI18n();
  const { municipalitiesQuery, municipality, period, periodOptions, range } = filters;
  const municipalities = municipalitiesQuery.data;
  return (
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
          {municipalities.length > 1 && (
            <MunicipalitySelect
              municipalities={municipalities}
              value={municipality.code}
              onChange={filters.setMunicipality}
            />
          )}
          {periodic && (
            <SelectField
              label={t('filters.period')}
              name={PERIOD_PARAM}
              value={period.id}
              onChange={filters.setPeriod}
            >
              {periodOptions.map((option) => (
                <option key={option.id} value={option.id}>
                  {periodLabel(option, t)}
                </option>
              ))}
            </SelectField>
          )}
          {site && <SiteSelect {...site} />}
          {children}
          {comparable && (
            <div className="field field--checkbox">
              <input
                id="filters-compare"
                type="checkbox"
                checked={filters.compare}
                onChange={(event) => filters.setCompare(event.target.checked)}
              />
              <label htmlFor="filters-compare">{t('filters.compare')}</label>
            </div>
          )}
          <p className="filters__range" aria-live="polite">
            {municipalities.length === 1 ? `${municipality.nameDa}. ` : ''}
            {periodic &&
              t('filters.showing', {
                from: formatDate(range.from, language),
                to: formatDate(range.to, language),
              })}
          </p>
        </form>
      )}
    </section>
  );
}
