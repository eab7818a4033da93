import { useMemo } from 'react';
import { PageIntro } from '../../components/layouts/page-intro';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useViewFilters } from '../../features/filters/hooks/use-view-filters';
import { QuarterlyStatusReport } from '../../features/quarterly-status/components/quarterly-status-report';
import {
  latestCompleteQuarter,
  reportedQuarter,
} from '../../features/quarterly-status/utils/quarter';

/** Quarterly status for directors: KPI tiles per channel, printable as A4 PDF. */
export function OverviewPage() {
  const filters = useViewFilters({
    defaultPeriod: (options, municipality) => latestCompleteQuarter(options, municipality.visitsTo),
  });
  const { municipalitiesQuery, municipality, period, range } = filters;
  const code = municipality?.code;
  const quarter = period && range ? reportedQuarter(period, range) : undefined;
  const params = useMemo(
    () => (code && quarter ? { municipalityCode: code, quarter } : undefined),
    [code, quarter],
  );
  return (
    <>
      <PageIntro title="overviewPage.title" intro="overviewPage.intro" />
      <FilterBar filters={filters} />
      {(municipalitiesQuery.isPending || params) && (
        <QuarterlyStatusReport
          params={params}
          municipalityName={municipality?.nameDa}
          dataTo={municipality?.visitsTo}
        />
      )}
    </>
  );
}
