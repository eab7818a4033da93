import { PageIntro } from '../../components/layouts/page-intro';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useViewFilters } from '../../features/filters/hooks/use-view-filters';

/** Quarterly status for directors: KPI tiles per channel, printable as A4 PDF. */
export function OverviewPage() {
  const filters = useViewFilters();
  return (
    <>
      <PageIntro title="overviewPage.title" intro="overviewPage.intro" />
      <FilterBar filters={filters} />
    </>
  );
}
