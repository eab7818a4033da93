import { PageIntro } from '../../components/layouts/page-intro';
import { useAnnotations } from '../../features/annotations/api/get-annotations';
import { DigitalExclusionCards } from '../../features/digital-exclusion/components/digital-exclusion-cards';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useViewFilters } from '../../features/filters/hooks/use-view-filters';
import { useI18n } from '../../lib/i18n';

/**
 * Digital inclusion for the advisory councils (and staff). Councils may ask only for whole
 * quarters or years, and see small counts hidden (docs/suppression.md); staff see exact numbers.
 * The comparison (a year earlier) is whole quarters too, so councils may ask for it.
 */
export function InclusionPage() {
  const { t } = useI18n();
  const filters = useViewFilters({ wholePeriods: true });
  const { municipalitiesQuery, params, comparison } = filters;
  const events = useAnnotations(params);
  return (
    <>
      <PageIntro title="inclusionPage.title" intro="inclusionPage.intro" />
      <p className="inclusion-period-note">{t('inclusionPage.periodNote')}</p>
      <FilterBar filters={filters} comparable />
      {(municipalitiesQuery.isPending || params) && (
        <DigitalExclusionCards params={params} comparison={comparison} events={events} />
      )}
    </>
  );
}
