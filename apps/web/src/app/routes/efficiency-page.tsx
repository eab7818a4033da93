import { useMemo } from 'react';
import { PageIntro } from '../../components/layouts/page-intro';
import { SelectField } from '../../components/ui/select-field';
import { useAnnotations } from '../../features/annotations/api/get-annotations';
import type { EfficiencyParams } from '../../features/efficiency/api/get-efficiency';
import { EfficiencySummary } from '../../features/efficiency/components/efficiency-summary';
import { EfficiencyTimeChart } from '../../features/efficiency/components/efficiency-time-chart';
import {
  CHANNEL_PARAM_VALUES,
  EFFICIENCY_CHANNELS,
} from '../../features/efficiency/utils/channels';
import { FilterBar } from '../../features/filters/components/filter-bar';
import {
  useChoiceFilter,
  useViewFilters,
  CHANNEL_PARAM,
} from '../../features/filters/hooks/use-view-filters';
import { useI18n } from '../../lib/i18n';

/** Efficiency for the finance committee: staff hours, contacts per staff hour, cost per contact. */
export function EfficiencyPage() {
  const { t } = useI18n();
  const filters = useViewFilters();
  const { municipalitiesQuery, params, comparison, period } = filters;
  const [channelParam, setChannelParam] = useChoiceFilter(
    CHANNEL_PARAM,
    Object.values(CHANNEL_PARAM_VALUES),
  );
  const channel = EFFICIENCY_CHANNELS.find((c) => CHANNEL_PARAM_VALUES[c] === channelParam);
  const channels = useMemo(
    () => EFFICIENCY_CHANNELS.filter((c) => channel === undefined || c === channel),
    [channel],
  );

  // Months up to 3 years; quarters for the whole history, so the lines stay readable.
  const grain = period?.kind === 'all' ? 'QUARTER' : 'MONTH';
  const efficiencyParams = useMemo<EfficiencyParams | undefined>(
    () => params && { ...params, grain },
    [params, grain],
  );
  const comparisonParams = useMemo<EfficiencyParams | undefined>(
    () => comparison && { ...comparison, grain },
    [comparison, grain],
  );

  const annotations = useAnnotations(params);

  return (
    <>
      <PageIntro title="efficiencyPage.title" intro="efficiencyPage.intro" />
      <FilterBar filters={filters} comparable>
        <SelectField
          label={t('filters.channel')}
          name={CHANNEL_PARAM}
          value={channelParam}
          onChange={setChannelParam}
        >
          <option value="">{t('efficiency.allChannels')}</option>
          {EFFICIENCY_CHANNELS.map((c) => (
            <option key={c} value={CHANNEL_PARAM_VALUES[c]}>
              {t(`efficiency.channel.${c}`)}
            </option>
          ))}
        </SelectField>
      </FilterBar>
      {(municipalitiesQuery.isPending || params) && (
        <div className="chart-grid">
          <EfficiencySummary
            params={efficiencyParams}
            channels={channels}
            withTotal={channel === undefined}
          />
          <EfficiencyTimeChart
            metric="staffHours"
            params={efficiencyParams}
            comparison={comparisonParams}
            channels={channels}
            annotations={annotations}
          />
          <EfficiencyTimeChart
            metric="contactsPerStaffHour"
            params={efficiencyParams}
            comparison={comparisonParams}
            channels={channels}
            annotations={annotations}
          />
        </div>
      )}
    </>
  );
}
