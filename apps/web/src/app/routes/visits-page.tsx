import { useMemo } from 'react';
import { PageIntro } from '../../components/layouts/page-intro';
import { useAnnotations } from '../../features/annotations/api/get-annotations';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useSiteFilter, useViewFilters } from '../../features/filters/hooks/use-view-filters';
import { ArrivalsHeatmap } from '../../features/visits/components/arrivals-heatmap';
import { VisitsByServiceChart } from '../../features/visits/components/visits-by-service-chart';

/** "Fremmøde": visits per service per month and arrivals per weekday and hour, at one site or all. */
export function VisitsPage() {
  const filters = useViewFilters();
  const site = useSiteFilter(filters);
  const { municipalitiesQuery, comparison } = filters;
  const { params, siteCode } = site;
  const comparisonParams = useMemo(
    () => (comparison && siteCode ? { ...comparison, siteCode } : comparison),
    [comparison, siteCode],
  );
  const annotations = useAnnotations(filters.params);
  return (
    <>
      <PageIntro title="visitsPage.title" intro="visitsPage.intro" />
      <FilterBar filters={filters} site={site} comparable />
      {(municipalitiesQuery.isPending || params) && (
        <div className="chart-grid">
          <VisitsByServiceChart
            params={params}
            comparison={comparisonParams}
            annotations={annotations}
          />
          <ArrivalsHeatmap params={params} />
        </div>
      )}
    </>
  );
}
