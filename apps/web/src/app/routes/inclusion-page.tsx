import { PageIntro } from '../../components/layouts/page-intro';
import { DigitalExclusionCards } from '../../features/digital-exclusion/components/digital-exclusion-cards';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useViewFilters } from '../../features/filters/hooks/use-view-filters';
import { useT } from '../../lib/i18n';

/**
 * Digital inclusion for the advisory councils (and staff). Councils may ask only for whole
 * quarters or years, and see small counts hidden (docs/suppression.md); staff see exact numbers.
 */
export function InclusionPage() {
  const t = useT();
  const filters = useViewFilters({ wholePeriods: true });
  const { municipalitiesQuery, params } = filters;
  return (
    <>
      <PageIntro title="inclusionPage.title" intro="inclusionPage.intro" />
      <p className="inclusion-period-note">{t('inclusionPage.periodNote')}</p>
      <FilterBar filters={filters} />
      {(municipalitiesQuery.isPending || params) && <DigitalExclusionCards params={params} />}
    </>
  );
}
