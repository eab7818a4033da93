import { SelectField } from '../../../components/ui/select-field';
import { useT } from '../../../lib/i18n';
import { SITE_PARAM, type SiteFilter } from '../hooks/use-view-filters';

/** The site choice ('' = all sites); shown only when the municipality has more than one site. */
export function SiteSelect({ sites, siteCode, setSiteCode }: SiteFilter) {
  const t = useT();
  if (sites.length < 2) return null;
  return (
    <SelectField
      label={t('filters.site')}
      name={SITE_PARAM}
      value={siteCode}
      onChange={setSiteCode}
    >
      <option value="">{t('filters.all')}</option>
      {sites.map((site) => (
        <option key={site.code} value={site.code}>
          {site.nameDa}
        </option>
      ))}
    </SelectField>
  );
}
