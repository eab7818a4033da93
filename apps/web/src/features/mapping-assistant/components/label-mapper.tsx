import { useId, useState } from 'react';
import { formatInteger } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import {
  useMapServiceLabel,
  useServiceCatalogue,
  type CatalogueService,
  type LabelCount,
} from '../api/mapping-assistant';
import { RequestError } from './request-error';

/** The kinds whose facts keep the export's own service label (re-keyed by mapServiceLabel). */
export const LABELLED_KINDS: readonly string[] = ['visits', 'calls', 'bookings'];

/** Unmapped service labels of the file, each mapped to a catalogue service where it stands. */
export function LabelMapper({
  municipalityCode,
  kind,
  sourceSystem,
  labels,
}: {
  municipalityCode: string;
  kind: string;
  sourceSystem: string;
  labels: readonly LabelCount[];
}) {
  const { t } = useI18n();
  const titleId = useId();
  const catalogue = useServiceCatalogue();
  if (!LABELLED_KINDS.includes(kind) || labels.length === 0) return null;
  return (
    <section className="import-labels" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('import.labels.title')}</h4>
      <p>{t('import.labels.description')}</p>
      <RequestError error={catalogue.error} />
      <ul className="import-labels__list">
        {labels.map((label) => (
          <LabelRow
            key={label.label}
            label={label}
            services={catalogue.data ?? []}
            request={{ municipalityCode, kind, sourceSystem }}
          />
        ))}
      </ul>
    </section>
  );
}

function LabelRow({
  label,
  services,
  request,
}: {
  label: LabelCount;
  services: readonly CatalogueService[];
  request: { municipalityCode: string; kind: string; sourceSystem: string };
}) {
  const { t, language } = useI18n();
  const id = useId();
  const [serviceCode, setServiceCode] = useState('');
  const mapLabel = useMapServiceLabel();
  const service = services.find((s) => s.code === serviceCode);
  const serviceName = (s: CatalogueService) => (language === 'da' ? s.nameDa : s.nameEn);
  return (
    <li className="import-labels__item">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('import.labels.service', {
            label: label.label,
            rows: formatInteger(label.rows, language),
          })}
        </label>
        <select
          id={id}
          className="field__control"
          value={serviceCode}
          onChange={(e) => setServiceCode(e.target.value)}
        >
          <option value="">{t('import.form.choose')}</option>
          {services.map((s) => (
            <option key={s.code} value={s.code}>
              {serviceName(s)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button--secondary"
        disabled={!service || mapLabel.isPending}
        onClick={() => mapLabel.mutate({ ...request, label: label.label, serviceCode })}
      >
        {t('import.labels.submit', { label: label.label })}
      </button>
      <p role="status" aria-live="polite">
        {mapLabel.data && service
          ? t('import.labels.done', {
              label: label.label,
              service: serviceName(service),
              facts: formatInteger(mapLabel.data.factsRekeyed, language),
            })
          : ''}
      </p>
      <RequestError error={mapLabel.error} />
    </li>
  );
}
