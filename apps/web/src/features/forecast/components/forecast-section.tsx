import { useId } from 'react';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { ForecastParams } from '../api/forecast-params';
import { useForecast } from '../api/get-forecast';
import type { ForecastView } from '../utils/forecast-views';
import { ForecastDailyChart } from './forecast-daily-chart';
import { ForecastHeatmap } from './forecast-heatmap';
import { StaffingNeedChart } from './staffing-need-chart';

type ForecastSectionProps = {
  params: ForecastParams | undefined;
  view: ForecastView;
  /** A site is selected: the forecast is still the municipality's, and the section says so. */
  siteSelected: boolean;
};

/** "De næste 8 uger": the forecast per day and per weekday × hour, and the staff it needs. */
export function ForecastSection({ params, view, siteSelected }: ForecastSectionProps) {
  const { t, language } = useI18n();
  const headingId = useId();
  const origin = useForecast(params).data?.forecast.origin;
  return (
    <section className="forecast-section" aria-labelledby={headingId} data-testid="forecast">
      <h2 id={headingId} className="forecast-section__title">
        {t('forecast.title', { weeks: params?.weeks ?? '' })}
      </h2>
      {origin && (
        <p className="forecast-section__intro">
          {t('forecast.intro', { origin: formatDate(origin, language) })}
        </p>
      )}
      {siteSelected && <p className="muted">{t('forecast.allSites')}</p>}
      <div className="chart-grid">
        <ForecastDailyChart params={params} view={view} />
        <ForecastHeatmap params={params} view={view} />
        <StaffingNeedChart params={params} />
      </div>
    </section>
  );
}
