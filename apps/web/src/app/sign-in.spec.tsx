import { QueryClient } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from './app';
import { endSession, readSession } from '../lib/session';
import { FAKE_PASSWORD, FAKE_TOKEN, installFakeApi } from '../testing/fake-api';

function renderApp() {
  window.history.replaceState(null, '', '/');
  const calls = installFakeApi();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<App queryClient={queryClient} initialLanguage="da" />);
  return calls;
}

function signIn(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('Brugernavn'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Adgangskode'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Log ind' }));
}

beforeEach(() => {
  window.localStorage.clear();
  endSession();
});

describe('SignInPage', () => {
  it('shows the sign-in form, not the dashboard, without a session', () => {
    const calls = renderApp();
    expect(screen.getByRole('heading', { level: 2, name: 'Log ind' })).toBeInTheDocument();
    expect(screen.getByLabelText('Adgangskode')).toHaveAttribute('type', 'password');
    expect(screen.queryByRole('button', { name: 'Log ud' })).toBeNull();
    expect(calls).toEqual([]);
  });

  it('says so, tied to the fields, when the password is wrong', async () => {
    renderApp();
    signIn('direktor', 'forkert');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Forkert brugernavn eller adgangskode.');
    expect(screen.getByLabelText('Brugernavn')).toHaveAttribute('aria-describedby', alert.id);
    expect(readSession()).toBeNull();
  });

  it('signs in, keeps the token in sessionStorage, sends it, and signs out again', async () => {
    const calls = renderApp();
    signIn('direktor', FAKE_PASSWORD);
    expect(await screen.findByRole('button', { name: 'Log ud' })).toBeInTheDocument();
    expect(screen.getByText('Logget ind som Dorte Direktør')).toBeInTheDocument();
    expect(readSession()?.token).toBe(FAKE_TOKEN);
    await waitFor(() =>
      expect(calls.find((call) => call.field === 'municipalities')?.authorization).toBe(
        `Bearer ${FAKE_TOKEN}`,
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Log ud' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Log ind' })).toBeInTheDocument();
    expect(readSession()).toBeNull();
  });

  it('goes back to sign-in when the API answers UNAUTHENTICATED', async () => {
    window.sessionStorage.setItem(
      'kanalindsigt.session',
      JSON.stringify({
        token: 'revoked',
        username: 'direktor',
        displayName: 'D',
        role: 'director',
        municipalityCodes: ['0169'],
        expiresAt: '2999-01-01T00:00:00.000Z',
      }),
    );
    renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'Log ind' })).toBeInTheDocument();
    expect(readSession()).toBeNull();
  });
});
