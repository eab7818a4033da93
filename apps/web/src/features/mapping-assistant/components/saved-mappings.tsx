import { downloadFile } from '../../../lib/export/download';
import { copenhagenDate, formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useSavedMappings } from '../api/mapping-assistant';
import { mappingFileName } from '../utils/mapping-form';
import { RequestError } from './request-error';

/** The municipality's saved mappings, each downloadable as the JSON file the CLI takes. */
export function SavedMappings({ municipalityCode }: { municipalityCode: string }) {
  const { t, language } = useI18n();
  const query = useSavedMappings(municipalityCode);
  const mappings = query.data ?? [];
  return (
    <section className="import-step" aria-labelledby="saved-mappings-title">
      <h3 id="saved-mappings-title">{t('import.saved.title')}</h3>
      <RequestError error={query.error} />
      {query.isSuccess && mappings.length === 0 && <p>{t('import.saved.empty')}</p>}
      <ul className="import-saved">
        {mappings.map((mapping) => (
          <li key={mapping.id} className="import-saved__item">
            <p>
              <strong>{mapping.name}</strong>
            </p>
            <p>
              {t('import.saved.detail', {
                kind: mapping.kind,
                sourceSystem: mapping.sourceSystem,
                at: formatDate(copenhagenDate(mapping.savedAt), language),
                by: mapping.savedBy,
              })}
            </p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                downloadFile(
                  mappingFileName(mapping),
                  `${mapping.mappingJson}\n`,
                  'application/json',
                )
              }
            >
              {t('import.saved.download', { name: mapping.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
