import { useId, useState, type FormEvent } from 'react';
import { SelectField } from '../../../components/ui/select-field';
import { useT, type MessageKey } from '../../../lib/i18n';
import type { Upload } from '../api/mapping-assistant';

/** The source kinds the ETL loads (etl/src/sources/source-kinds.ts), in the form's order. */
export const SOURCE_KINDS = [
  'visits',
  'calls',
  'bookings',
  'booking-slots',
  'visits-aggregate',
  'calls-aggregate',
  'selfservice',
  'staffing',
  'population',
] as const;

/** The API refuses larger files (apps/api/src/mapping-assistant/dto). */
const MAX_BYTES = 10 * 1024 * 1024;

/** The file's bytes as base64, read by the browser (the API takes files inside the GraphQL body). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

export type ChosenUpload = Omit<Upload, 'municipalityCode'> & { kind: string };

/** Step 1: the source kind and the file. */
export function UploadForm({
  busy,
  onRead,
}: {
  busy: boolean;
  onRead: (upload: ChosenUpload) => void;
}) {
  const t = useT();
  const fileId = useId();
  const errorId = useId();
  const [kind, setKind] = useState<string>('visits');
  const [file, setFile] = useState<File | undefined>();
  const [error, setError] = useState<MessageKey | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError('import.upload.noFile');
    if (file.size > MAX_BYTES) return setError('import.upload.tooLarge');
    setError(undefined);
    onRead({ kind, fileName: file.name, contentBase64: await readBase64(file) });
  };

  return (
    <form className="import-form" onSubmit={(event) => void submit(event)} noValidate>
      <SelectField label={t('import.upload.kind')} value={kind} onChange={setKind}>
        {SOURCE_KINDS.map((value) => (
          <option key={value} value={value}>
            {`${t(`dataQuality.kind.${value}`)} (${value})`}
          </option>
        ))}
      </SelectField>
      <div className="field">
        <label className="field__label" htmlFor={fileId}>
          {t('import.upload.file')}
        </label>
        <input
          id={fileId}
          className="field__control"
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setFile(event.target.files?.[0])}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('import.upload.reading') : t('import.upload.submit')}
      </button>
      {error && (
        <p id={errorId} className="import-error" role="alert">
          {t(error)}
        </p>
      )}
    </form>
  );
}
