import { PageIntro } from '../../components/layouts/page-intro';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useViewFilters } from '../../features/filters/hooks/use-view-filters';

/** Data quality for admins: loads, quarantine, unmapped labels, freshness. */
export function DataQualityPage() {
  const filters = useViewFilters();
  return (
    <>
      <PageIntro title="dataQualityPage.title" intro="dataQualityPage.intro" />
      <FilterBar filters={filters} />
    </>
  );
}
