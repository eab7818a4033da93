import { useCallback, useMemo } from 'react';
import { PageIntro } from '../../components/layouts/page-intro';
import { SelectField } from '../../components/ui/select-field';
import { useAnnotations } from '../../features/annotations/api/get-annotations';
import {
  useContactPatterns,
  type ContactPatternsParams,
} from '../../features/contact-patterns/api/get-contact-patterns';
import { ChannelMixChart } from '../../features/contact-patterns/components/channel-mix-chart';
import { ChannelShiftChart } from '../../features/contact-patterns/components/channel-shift-chart';
import { ContactsPerThousandChart } from '../../features/contact-patterns/components/contacts-per-thousand-chart';
import { servicesIn } from '../../features/contact-patterns/utils/channel-mix';
import { FilterBar } from '../../features/filters/components/filter-bar';
import {
  useChoiceFilter,
  useViewFilters,
  SERVICE_PARAM,
} from '../../features/filters/hooks/use-view-filters';
import { useI18n } from '../../lib/i18n';
import { yearEarlier } from '../../lib/period';

/** Contact patterns: channel mix per service over time, channel shift, contacts per 1,000 inhabitants. */
export function ChannelsPage() {
  const { t, language } = useI18n();
  const filters = useViewFilters();
  const { municipalitiesQuery, params, comparison, period } = filters;
  // Months over years of data would be unreadable bars: the whole period goes by quarter.
  const grain = period?.kind === 'all' ? 'QUARTER' : 'MONTH';
  const patternsParams = useMemo<ContactPatternsParams | undefined>(
    () => params && { ...params, grain },
    [params, grain],
  );
  const lastYearParams = useMemo<ContactPatternsParams | undefined>(
    () => patternsParams && { ...patternsParams, ...yearEarlier(patternsParams) },
    [patternsParams],
  );
  const comparisonParams = comparison ? lastYearParams : undefined;

  const patterns = useContactPatterns(patternsParams);
  const names = useMemo(
    () => new Map((patterns.data?.patterns.channelMix ?? []).map((p) => [p.serviceCode, p])),
    [patterns.data],
  );
  // A service only in last year's figures is shown by its code.
  const serviceName = useCallback(
    (code: string) => {
      const service = names.get(code);
      if (!service) return code;
      return language === 'da' ? service.serviceNameDa : service.serviceNameEn;
    },
    [names, language],
  );
  const services = useMemo(() => {
    const codes = patterns.data ? servicesIn(patterns.data.patterns.channelMix) : undefined;
    return codes
      ?.map((code) => ({ code, name: serviceName(code) }))
      .sort((a, b) => a.name.localeCompare(b.name, language));
  }, [patterns.data, serviceName, language]);
  const [serviceCode, setServiceCode] = useChoiceFilter(
    SERVICE_PARAM,
    useMemo(() => services?.map((s) => s.code), [services]),
  );

  const annotations = useAnnotations(params);

  return (
    <>
      <PageIntro title="channelsPage.title" intro="channelsPage.intro" />
      <FilterBar filters={filters} comparable>
        <SelectField
          label={t('channels.service')}
          name={SERVICE_PARAM}
          value={serviceCode}
          onChange={setServiceCode}
          disabled={!services}
        >
          <option value="">{t('channels.allServices')}</option>
          {services?.map((service) => (
            <option key={service.code} value={service.code}>
              {service.name}
            </option>
          ))}
        </SelectField>
      </FilterBar>
      {(municipalitiesQuery.isPending || params) && (
        <div className="chart-grid">
          <ChannelMixChart
            params={patternsParams}
            serviceCode={serviceCode}
            serviceName={serviceName}
          />
          <ChannelShiftChart
            params={patternsParams}
            lastYearParams={lastYearParams}
            serviceName={serviceName}
          />
          <ContactsPerThousandChart
            params={patternsParams}
            comparisonParams={comparisonParams}
            annotations={annotations}
          />
        </div>
      )}
    </>
  );
}
