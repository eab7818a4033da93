import { PageIntro } from '../../components/layouts/page-intro';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useSiteFilter, useViewFilters } from '../../features/filters/hooks/use-view-filters';
import { ArrivalsHeatmap } from '../../features/visits/components/arrivals-heatmap';
import { VisitsByServiceChart } from '../../features/visits/components/visits-by-service-chart';

/** "Fremmøde": visits per service per month and arrivals per weekday and hour, at one site or all. */
export function VisitsPage() {
  const filters = useViewFilters();
  const site = useSiteFilter(filters);
  const { municipalitiesQuery } = filters;
  const { params } = site;
  return (
    <>
      <PageIntro title="visitsPage.title" intro="visitsPage.intro" />
      <FilterBar filters={filters} site={site} />
      {(municipalitiesQuery.isPending || params) && (
        <div className="chart-grid">
          <VisitsByServiceChart params={params} />
          <ArrivalsHeatmap params={params} />
        </div>
      )}
    </>
  );
}
