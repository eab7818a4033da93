import { useMemo } from 'react';
import { PageIntro } from '../../components/layouts/page-intro';
import { SelectField } from '../../components/ui/select-field';
import { FilterBar } from '../../features/filters/components/filter-bar';
import {
  useChoiceFilter,
  useSiteFilter,
  useViewFilters,
  CHANNEL_PARAM,
} from '../../features/filters/hooks/use-view-filters';
import type { ForecastParams } from '../../features/forecast/api/forecast-params';
import { ForecastSection } from '../../features/forecast/components/forecast-section';
import type { PeakResolution, PeaksParams } from '../../features/peaks/api/get-peaks';
import { PeakCalendar } from '../../features/peaks/components/peak-calendar';
import { PeakDays } from '../../features/peaks/components/peak-days';
import { PeakProfileHeatmap } from '../../features/peaks/components/peak-profile-heatmap';
import {
  CHANNEL_BY_PARAM,
  CHANNEL_LABEL,
  CHANNEL_PARAMS,
} from '../../features/peaks/utils/peak-channels';
import { useI18n } from '../../lib/i18n';

const RESOLUTION_PARAM = 'opløsning';
const RESOLUTION_BY_PARAM = { time: 'HOUR', kvarter: 'QUARTER_HOUR' } as const satisfies Record<
  string,
  PeakResolution
>;
const RESOLUTION_PARAMS = Object.keys(RESOLUTION_BY_PARAM) as (keyof typeof RESOLUTION_BY_PARAM)[];
const TOP_DAYS = 10;
const FORECAST_WEEKS = 8;

/** Peak load for centre managers: weekday × hour heatmaps per channel, peak days, daily calendar. */
export function PeaksPage() {
  const { t } = useI18n();
  const filters = useViewFilters();
  const site = useSiteFilter(filters);
  const { municipalitiesQuery, compare } = filters;
  const { params } = site;
  const [channelParam, setChannelParam] = useChoiceFilter(CHANNEL_PARAM, CHANNEL_PARAMS);
  const [resolutionParam, setResolutionParam] = useChoiceFilter(
    RESOLUTION_PARAM,
    RESOLUTION_PARAMS,
  );
  // No choice in the URL: in person, by the hour.
  const channelKey = (channelParam || 'fremmoede') as keyof typeof CHANNEL_BY_PARAM;
  const resolutionKey = (resolutionParam || 'time') as keyof typeof RESOLUTION_BY_PARAM;
  const channel = CHANNEL_BY_PARAM[channelKey];
  const resolution = RESOLUTION_BY_PARAM[resolutionKey];
  const peaksParams = useMemo<PeaksParams | undefined>(
    () => params && { ...params, resolution, topDays: TOP_DAYS },
    [params, resolution],
  );
  // The forecast starts after the last day loaded, whatever the period; it is the municipality's.
  const municipalityCode = params?.municipalityCode;
  const forecastParams = useMemo<ForecastParams | undefined>(
    () => (municipalityCode ? { municipalityCode, weeks: FORECAST_WEEKS } : undefined),
    [municipalityCode],
  );

  return (
    <>
      <PageIntro title="peaksPage.title" intro="peaksPage.intro" />
      <FilterBar filters={filters} site={site} comparable>
        <SelectField
          label={t('peaks.channel')}
          name={CHANNEL_PARAM}
          value={channelKey}
          onChange={setChannelParam}
        >
          {CHANNEL_PARAMS.map((value) => (
            <option key={value} value={value}>
              {t(CHANNEL_LABEL[CHANNEL_BY_PARAM[value]])}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('peaks.resolution')}
          name={RESOLUTION_PARAM}
          value={resolutionKey}
          onChange={setResolutionParam}
        >
          <option value="time">{t('peaks.hour')}</option>
          <option value="kvarter">{t('peaks.quarterHour')}</option>
        </SelectField>
      </FilterBar>
      {site.siteCode && channel === 'CALL' && <p className="muted">{t('peaks.callsAllSites')}</p>}
      {(municipalitiesQuery.isPending || params) && (
        <div className="chart-grid">
          <PeakProfileHeatmap params={peaksParams} channel={channel} showLastYear={compare} />
          <PeakDays params={peaksParams} channel={channel} />
          <PeakCalendar params={peaksParams} channel={channel} />
        </div>
      )}
      {(municipalitiesQuery.isPending || params) && (
        <ForecastSection
          params={forecastParams}
          view={channel}
          siteSelected={Boolean(site.siteCode)}
        />
      )}
    </>
  );
}
