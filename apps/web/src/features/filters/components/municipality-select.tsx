import { SelectField } from '../../../components/ui/select-field';
import { useT } from '../../../lib/i18n';
import type { Municipality } from '../api/get-municipalities';

type MunicipalitySelectProps = {
  municipalities: readonly Municipality[];
  value: string;
  onChange: (code: string) => void;
};

/** Municipalities by name; grouped by region once there is more than one region. */
export function MunicipalitySelect({ municipalities, value, onChange }: MunicipalitySelectProps) {
  const t = useT();
  const regions = new Map<string, Municipality[]>();
  for (const municipality of municipalities) {
    const group = regions.get(municipality.region) ?? [];
    group.push(municipality);
    regions.set(municipality.region, group);
  }
  const option = (municipality: Municipality) => (
    <option key={municipality.code} value={municipality.code}>
      {municipality.nameDa}
    </option>
  );

  return (
    <SelectField label={t('filters.municipality')} name="kommune" value={value} onChange={onChange}>
      {regions.size > 1
        ? [...regions.entries()]
            .sort(([a], [b]) => a.localeCompare(b, 'da'))
            .map(([region, members]) => (
              <optgroup key={region} label={region}>
                {members.map(option)}
              </optgroup>
            ))
        : municipalities.map(option)}
    </SelectField>
  );
}
