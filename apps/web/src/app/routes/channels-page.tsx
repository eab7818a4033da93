import { PageIntro } from '../../components/layouts/page-intro';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useViewFilters } from '../../features/filters/hooks/use-view-filters';

/** Contact patterns: channel mix per service over time, channel shift, contacts per 1,000 inhabitants. */
export function ChannelsPage() {
  const filters = useViewFilters();
  return (
    <>
      <PageIntro title="channelsPage.title" intro="channelsPage.intro" />
      <FilterBar filters={filters} />
    </>
  );
}
