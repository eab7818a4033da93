import type { MessageKey } from '../../lib/i18n';
import { useT } from '../../lib/i18n';

/** The view's heading and a plain-language sentence on what it shows. */
export function PageIntro({ title, intro }: { title: MessageKey; intro: MessageKey }) {
  const t = useT();
  return (
    <div className="page-intro">
      <h2 className="page-title">{t(title)}</h2>
      <p>{t(intro)}</p>
    </div>
  );
}
