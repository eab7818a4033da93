import { PageIntro } from '../../components/layouts/page-intro';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useViewFilters } from '../../features/filters/hooks/use-view-filters';

/** Peak load for centre managers: weekday × hour heatmaps per channel, peak days, daily calendar. */
export function PeaksPage() {
  const filters = useViewFilters();
  return (
    <>
      <PageIntro title="peaksPage.title" intro="peaksPage.intro" />
      <FilterBar filters={filters} />
    </>
  );
}
