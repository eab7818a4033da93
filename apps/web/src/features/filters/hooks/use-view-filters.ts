import { useEffect, useMemo } from 'react';
import {
  findPeriod,
  periodOptions,
  periodRange,
  yearEarlier,
  type DateRange,
} from '../../../lib/period';
import { useSearchParams } from '../../../lib/url-state';
import { useMunicipalities, type Municipality } from '../api/get-municipalities';

/** URL query parameters of the filters (Danish, as the links are shared in Danish municipalities). */
export const MUNICIPALITY_PARAM = 'kommune';
export const PERIOD_PARAM = 'periode';
export const COMPARE_PARAM = 'sammenlign';
/** The views' further filters (useChoiceFilter), one name each across views. */
export const CHANNEL_PARAM = 'kanal';
export const SERVICE_PARAM = 'ydelse';
export const SITE_PARAM = 'sted';

/** What every view's queries take: one municipality and an inclusive date range. */
export type ViewParams = {
  municipalityCode: string;
  /** 'YYYY-MM-DD', inclusive. */
  from: string;
  /** 'YYYY-MM-DD', inclusive. */
  to: string;
};

/** A view's params narrowed to one site of the municipality; every site without `siteCode`. */
export type SiteParams = ViewParams & { siteCode?: string };

export type ViewFilterOptions = {
  /** Only whole years and quarters (views published to the advisory councils). */
  wholePeriods?: boolean;
  /**
   * The period when the URL names none (default: the last 12 months, or the latest year); gets
   * the municipality too, whose data coverage tells e.g. which quarter is the latest complete one.
   */
  defaultPeriod?: (
    options: ReturnType<typeof periodOptions>,
    municipality: Municipality,
  ) => string | undefined;
};

/**
 * The municipality, period and comparison of a view, read from the URL; unknown or missing values
 * fall back to defaults, which are written back so the address bar always holds a reproducible
 * link. `params` is undefined until the municipalities are known.
 */
export function useViewFilters({ wholePeriods = false, defaultPeriod }: ViewFilterOptions = {}) {
  const [searchParams, updateSearchParams] = useSearchParams();
  const municipalitiesQuery = useMunicipalities();
  const municipalities = municipalitiesQuery.data;
  const requestedCode = searchParams.get(MUNICIPALITY_PARAM);
  const requestedPeriod = searchParams.get(PERIOD_PARAM);
  const compare = searchParams.get(COMPARE_PARAM) === '1';

  const municipality: Municipality | undefined =
    municipalities?.find((m) => m.code === requestedCode) ?? municipalities?.[0];
  const options = useMemo(
    () => (municipality ? periodOptions(municipality, wholePeriods) : []),
    [municipality, wholePeriods],
  );
  const fallbackId =
    (municipality && defaultPeriod?.(options, municipality)) ??
    (wholePeriods ? options[0]?.id : '12m');
  const period =
    options.find((option) => option.id === requestedPeriod) ??
    (municipality ? findPeriod(municipality, fallbackId, wholePeriods) : undefined);
  const range: DateRange | undefined =
    municipality && period ? periodRange(period, municipality, wholePeriods) : undefined;

  const code = municipality?.code;
  const periodId = period?.id;
  const from = range?.from;
  const to = range?.to;
  const params = useMemo<ViewParams | undefined>(
    () => (code && from && to ? { municipalityCode: code, from, to } : undefined),
    [code, from, to],
  );
  const comparison = useMemo<ViewParams | undefined>(
    () => (params && compare ? { ...params, ...yearEarlier(params) } : undefined),
    [params, compare],
  );

  useEffect(() => {
    if (code && periodId)
      updateSearchParams({ [MUNICIPALITY_PARAM]: code, [PERIOD_PARAM]: periodId });
  }, [code, periodId, updateSearchParams]);

  return {
    municipalitiesQuery,
    municipality,
    period,
    periodOptions: options,
    range,
    params,
    /** The same period a year earlier, when the user asked for the comparison. */
    comparison,
    compare,
    setMunicipality: (next: string) => updateSearchParams({ [MUNICIPALITY_PARAM]: next }),
    setPeriod: (next: string) => updateSearchParams({ [PERIOD_PARAM]: next }),
    setCompare: (next: boolean) => updateSearchParams({ [COMPARE_PARAM]: next ? '1' : null }),
  };
}

export type ViewFilters = ReturnType<typeof useViewFilters>;

/**
 * A further filter (service, site, channel) kept in the URL: the value if it is one of `values`,
 * otherwise '' (all).
 */
export function useChoiceFilter(param: string, values: readonly string[] | undefined) {
  const [searchParams, updateSearchParams] = useSearchParams();
  const requested = searchParams.get(param) ?? '';
  const value = values?.includes(requested) ? requested : '';
  return [
    value,
    (next: string) => updateSearchParams({ [param]: next === '' ? null : next }),
  ] as const;
}

/**
 * The site filter of the views whose data is kept per site: the municipality's sites, the chosen
 * site's code ('' = every site), its setter, and the view's params narrowed to that site. A site of
 * another municipality in the URL (after switching municipality) counts as none chosen.
 */
export function useSiteFilter({ municipality, params }: ViewFilters) {
  const sites = municipality?.sites;
  const codes = useMemo(() => sites?.map((site) => site.code), [sites]);
  const [siteCode, setSiteCode] = useChoiceFilter(SITE_PARAM, codes);
  const siteParams = useMemo<SiteParams | undefined>(
    () => (params && siteCode ? { ...params, siteCode } : params),
    [params, siteCode],
  );
  return { sites: sites ?? [], siteCode, setSiteCode, params: siteParams };
}

export type SiteFilter = ReturnType<typeof useSiteFilter>;
