import { PageIntro } from '../../components/layouts/page-intro';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useViewFilters } from '../../features/filters/hooks/use-view-filters';
import { ImportAssistant } from '../../features/mapping-assistant/components/import-assistant';

/** The mapping assistant for admins: a file in, a mapping proposed, corrected, tried and loaded. */
export function ImportPage() {
  const filters = useViewFilters();
  const code = filters.municipality?.code;
  return (
    <>
      <PageIntro title="importPage.title" intro="importPage.intro" />
      <FilterBar filters={filters} periodic={false} />
      {/* A new municipality starts the assistant afresh: the key drops the previous file. */}
      {code && <ImportAssistant key={code} municipalityCode={code} />}
    </>
  );
}
