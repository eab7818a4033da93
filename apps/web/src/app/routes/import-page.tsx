import { useState } from 'react';
import { PageIntro } from '../../components/layouts/page-intro';
import { SelectField } from '../../components/ui/select-field';
import { FilterBar } from '../../features/filters/components/filter-bar';
import { useViewFilters } from '../../features/filters/hooks/use-view-filters';
import { ImportAssistant } from '../../features/mapping-assistant/components/import-assistant';
import { useT } from '../../lib/i18n';
import { useSession } from '../../lib/session';

/** The mapping assistant for admins: a file in, a mapping proposed, corrected, tried and loaded. */
export function ImportPage() {
  const t = useT();
  const filters = useViewFilters();
  const granted = useSession()?.municipalityCodes ?? [];
  const [chosen, setChosen] = useState(granted[0] ?? '');
  // The filter bar lists municipalities with data; the first file of a municipality comes
  // before any, so then the admin's granted municipalities are offered instead.
  const noData = filters.municipalitiesQuery.data?.length === 0;
  const code = filters.municipality?.code ?? (noData && chosen ? chosen : undefined);
  return (
    <>
      <PageIntro title="importPage.title" intro="importPage.intro" />
      <FilterBar filters={filters} periodic={false} />
      {noData && granted.length > 0 && (
        <SelectField label={t('import.municipality')} value={chosen} onChange={setChosen}>
          {granted.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </SelectField>
      )}
      {/* A new municipality starts the assistant afresh: the key drops the previous file. */}
      {code && <ImportAssistant key={code} municipalityCode={code} />}
    </>
  );
}
