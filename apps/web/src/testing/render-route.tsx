import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../app/app';
import { endSession } from '../lib/session';
import { installFakeApi, signInForTest, type FakeApiOptions } from './fake-api';

/**
 * Shared setup for the route-level specs (app/routes/*-page.spec.tsx): the whole App at a URL,
 * against the fake API (see fake-api.ts). Each spec passes its own view's fixtures as `fields`.
 */

/** Renders the App at `url` with the fake API answering `fields`; returns the calls it got too. */
export function renderRoute(url: string, fields: FakeApiOptions = {}) {
  window.history.replaceState(null, '', url);
  const calls = installFakeApi(fields);
  // No retries and no refetching, so an error or an answer shows at once and stays put.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  const view = render(<App queryClient={queryClient} />);
  return { ...view, calls, queryClient };
}

/** The card with test id `testId`, once its data has arrived (data-status 'ready'). */
export async function readyCard(testId: string): Promise<HTMLElement> {
  const card = await screen.findByTestId(testId);
  await waitFor(() => expect(card).toHaveAttribute('data-status', 'ready'));
  return card;
}

/** Opens the card's "Vis tallene som tabel" disclosure and returns its table (the last one). */
export function cardTable(card: HTMLElement): HTMLElement {
  fireEvent.click(within(card).getByText('Vis tallene som tabel'));
  const tables = within(card).getAllByRole('table');
  return tables[tables.length - 1] as HTMLElement;
}

/**
 * Registers the beforeEach/afterEach every route spec needs: signed in as `role` (null: each
 * test signs in itself), a clean localStorage, Danish, and a layout size for the charts.
 */
export function setUpRouteTests(role: string | null = 'director'): void {
  beforeEach(() => {
    if (role !== null) signInForTest(role);
    window.localStorage.clear();
    document.documentElement.lang = 'da';
    // jsdom has no layout; give recharts' ResponsiveContainer a size so it draws.
    jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      right: 800,
      bottom: 340,
      width: 800,
      height: 340,
      toJSON: () => ({}),
    });
  });

  afterEach(() => {
    endSession();
    jest.restoreAllMocks();
  });
}
