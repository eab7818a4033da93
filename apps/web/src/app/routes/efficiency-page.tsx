import { PageIntro } from '../../components/layouts/page-intro';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useViewFilters } from '../../features/filters/hooks/use-view-filters';

/** Efficiency for the finance committee: staff hours, contacts per staff hour, cost per contact. */
export function EfficiencyPage() {
  const filters = useViewFilters();
  return (
    <>
      <PageIntro title="efficiencyPage.title" intro="efficiencyPage.intro" />
      <FilterBar filters={filters} />
    </>
  );
}
