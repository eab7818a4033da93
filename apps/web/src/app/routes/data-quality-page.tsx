import { useMemo } from 'react';
import { PageIntro } from '../../components/layouts/page-intro';
import { DataQualityCards } from '../../features/data-quality/components/data-quality-cards';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useViewFilters } from '../../features/filters/hooks/use-view-filters';
import { useT } from '../../lib/i18n';

/**
 * Data quality for admins: loads, quarantine, unmapped labels, freshness. Only the municipality
 * matters: the status is always today's, so the filter bar offers no period (and the intro says
 * why).
 */
export function DataQualityPage() {
  const t = useT();
  const filters = useViewFilters();
  const { municipalitiesQuery } = filters;
  const code = filters.municipality?.code;
  const params = useMemo(() => (code ? { municipalityCode: code } : undefined), [code]);
  return (
    <>
      <PageIntro title="dataQualityPage.title" intro="dataQualityPage.intro" />
      <p className="quality-period-note">{t('dataQualityPage.periodNote')}</p>
      <FilterBar filters={filters} periodic={false} />
      {(municipalitiesQuery.isPending || params) && <DataQualityCards params={params} />}
    </>
  );
}
