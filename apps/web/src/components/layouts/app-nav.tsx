import type { MouseEvent } from 'react';
import { useT, type MessageKey } from '../../lib/i18n';
import { navigate } from '../../lib/router';
import { useSearchParams } from '../../lib/url-state';

export type NavItem = { path: string; label: MessageKey };

/**
 * The views the user may open. Links are real links (open in a new tab works); a plain click
 * moves within the page and keeps the filters in the query string.
 */
export function AppNav({ items, current }: { items: readonly NavItem[]; current: string }) {
  const t = useT();
  const [searchParams] = useSearchParams();
  const search = searchParams.toString();
  const follow = (event: MouseEvent<HTMLAnchorElement>, path: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigate(path);
  };
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul className="app-nav__list">
        {items.map((item) => (
          <li key={item.path}>
            <a
              className="app-nav__link"
              href={`${item.path}${search ? `?${search}` : ''}`}
              aria-current={item.path === current ? 'page' : undefined}
              onClick={(event) => follow(event, item.path)}
            >
              {t(item.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
