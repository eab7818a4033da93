import { SUPPRESSED_MARK } from '../../../lib/export/table-data';
import { useT } from '../../../lib/i18n';

/** The default threshold (docs/suppression.md), for answers that do not name one. */
const DEFAULT_THRESHOLD = 5;

type ExclusionNotesProps = {
  /** Some number of the card is hidden. */
  hasHidden: boolean;
  threshold: number | null;
  /** Further plain-language notes, e.g. on zeros that are zero by definition. */
  notes?: readonly string[];
};

/**
 * The visible explanations under a chart: what ".." means wherever a number is hidden, and why
 * some zeros are zeros. Always shown, not in a tooltip, so a council member need not hunt for it.
 */
export function ExclusionNotes({ hasHidden, threshold, notes = [] }: ExclusionNotesProps) {
  const t = useT();
  if (!hasHidden && notes.length === 0) return null;
  return (
    <ul className="inclusion-notes">
      {hasHidden && (
        <li className="inclusion-notes__item inclusion-notes__item--hidden">
          <strong className="inclusion-notes__mark">{SUPPRESSED_MARK}</strong>:{' '}
          {t('inclusion.hiddenNote', { threshold: threshold ?? DEFAULT_THRESHOLD })}
        </li>
      )}
      {notes.map((note) => (
        <li key={note} className="inclusion-notes__item">
          {note}
        </li>
      ))}
    </ul>
  );
}
