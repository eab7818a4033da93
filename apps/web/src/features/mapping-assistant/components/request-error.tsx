import { useT } from '../../../lib/i18n';

/** A failed request's message, announced as it appears. */
export function RequestError({ error }: { error: Error | null }) {
  const t = useT();
  if (!error) return null;
  return (
    <p className="import-error" role="alert">
      {t('import.error', { message: error.message })}
    </p>
  );
}
