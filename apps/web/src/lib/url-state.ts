import { useCallback, useSyncExternalStore } from 'react';

/**
 * Filters live in the query string (`?kommune=0169&periode=12m`) so a copied link reproduces
 * the view. The URL is the single source of truth: components read it through
 * useSyncExternalStore and write it with history.replaceState (no new history entry per click).
 */

const URL_CHANGE_EVENT = 'kanalindsigt:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGE_EVENT, onChange);
  };
}

function getSearch(): string {
  return window.location.search;
}

/** Sets (or, with null, removes) query parameters, keeping the others, and notifies readers. */
export function updateSearchParams(changes: Record<string, string | null>): void {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const search = params.toString();
  const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new Event(URL_CHANGE_EVENT));
}

/** The current query parameters, re-rendering when they change. */
export function useSearchParams(): [
  URLSearchParams,
  (changes: Record<string, string | null>) => void,
] {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const update = useCallback(
    (changes: Record<string, string | null>) => updateSearchParams(changes),
    [],
  );
  return [new URLSearchParams(search), update];
}
