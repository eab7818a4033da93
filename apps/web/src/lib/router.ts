import { useSyncExternalStore } from 'react';

/**
 * Client-side routing without a router package: the path names the view, the query string holds
 * its filters (url-state.ts). Moving between views keeps the filters, so the municipality and
 * period chosen on one view stay chosen on the next. The API answers every non-API path with the
 * single page, so a copied link opens the same view.
 */

const PATH_CHANGE_EVENT = 'kanalindsigt:pathchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(PATH_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(PATH_CHANGE_EVENT, onChange);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => '/',
  );
}

/** Goes to another view (a new history entry), keeping the query string. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname) return;
  const url = `${path}${window.location.search}`;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(PATH_CHANGE_EVENT));
}
