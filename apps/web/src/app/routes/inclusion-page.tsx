import { PageIntro } from '../../components/layouts/page-intro';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useViewFilters } from '../../features/filters/hooks/use-view-filters';

/** Digital inclusion for the advisory councils (whole quarters or years; small counts hidden). */
export function InclusionPage() {
  const filters = useViewFilters({ wholePeriods: true });
  return (
    <>
      <PageIntro title="inclusionPage.title" intro="inclusionPage.intro" />
      <FilterBar filters={filters} />
    </>
  );
}
