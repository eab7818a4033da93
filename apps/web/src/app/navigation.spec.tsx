import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { endSession } from '../lib/session';
import { installFakeApi, signInForTest } from '../testing/fake-api';
import { App } from './app';

function renderApp(url: string) {
  window.history.replaceState(null, '', url);
  installFakeApi();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<App queryClient={queryClient} initialLanguage="da" />);
}

function navLinks(): string[] {
  const nav = screen.getByRole('navigation', { name: 'Visninger' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

afterEach(() => endSession());

describe('navigation by role', () => {
  it('shows staff every view but data quality, and opens the overview first', async () => {
    signInForTest('director');
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 2, name: 'Overblik' })).toBeInTheDocument();
    expect(navLinks()).toEqual([
      'Overblik',
      'Kanaler',
      'Fremmøde',
      'Spidsbelastning',
      'Tidsbestilling',
      'Effektivisering',
      'Digital inklusion',
    ]);
    expect(screen.getByRole('link', { name: 'Overblik' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(document.title).toBe('Overblik – Kanalindsigt'));
  });

  it('gives the admin the data-quality view too', async () => {
    signInForTest('admin');
    renderApp('/datakvalitet');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Datakvalitet' }),
    ).toBeInTheDocument();
    expect(navLinks()).toContain('Datakvalitet');
  });

  it('shows a council only its own view, whatever the link it opens', async () => {
    signInForTest('council');
    renderApp('/effektivisering?kommune=0169');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Digital inklusion' }),
    ).toBeInTheDocument();
    expect(navLinks()).toEqual(['Digital inklusion']);
    await waitFor(() => expect(window.location.pathname).toBe('/digital-inklusion'));
    expect(window.location.search).toContain('kommune=0169');
  });

  it('moves between views keeping the filters in the URL', async () => {
    signInForTest('director');
    renderApp('/?kommune=0183&periode=2025');
    await screen.findByRole('heading', { level: 2, name: 'Overblik' });
    fireEvent.click(screen.getByRole('link', { name: 'Kanaler' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Kanaler' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/kanaler');
    expect(new URLSearchParams(window.location.search).get('kommune')).toBe('0183');
    expect(screen.getByRole('link', { name: 'Kanaler' })).toHaveAttribute(
      'href',
      expect.stringContaining('kommune=0183'),
    );
  });
});
