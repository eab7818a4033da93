import { useT } from '../../../lib/i18n';
import type { TargetStatus } from '../api/get-quarterly-status';

/** A distinct shape per status, so the badge reads without its colour (and in greyscale print). */
function StatusIcon({ status }: { status: TargetStatus }) {
  switch (status) {
    case 'MET':
      return (
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.5 8.5l2.3 2.3 4.7-5" stroke="#ffffff" strokeWidth="2" fill="none" />
        </svg>
      );
    case 'NOT_MET':
      return (
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M8 1l7 13H1z" fill="currentColor" />
          <path d="M8 5.5v4M8 11v1.5" stroke="#ffffff" strokeWidth="2" />
        </svg>
      );
    case 'NO_TARGET':
      return (
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <rect x="1.5" y="1.5" width="13" height="13" fill="none" stroke="currentColor" />
          <path d="M4.5 8h7" stroke="currentColor" strokeWidth="2" />
        </svg>
      );
    case 'NO_DATA':
      return (
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <circle
            cx="8"
            cy="8"
            r="6.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeDasharray="2.5 2"
          />
        </svg>
      );
  }
}

/** The tile's status against its target: icon shape plus text. */
export function StatusBadge({ status }: { status: TargetStatus }) {
  const t = useT();
  return (
    <span className={`quarterly-status__badge quarterly-status__badge--${status}`}>
      <StatusIcon status={status} />
      {t(`quarterlyStatus.status.${status}`)}
    </span>
  );
}
