import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FAKE_TOKEN, type FakeApiOptions } from '../../testing/fake-api';
import { contactPatternsAnswer } from '../../testing/fixtures/contact-patterns';
import { cardTable, readyCard, renderRoute, setUpRouteTests } from '../../testing/render-route';

const FIXTURES: FakeApiOptions = {
  contactPatterns: contactPatternsAnswer,
  annotations: [
    {
      code: 'mitid-golive',
      kind: 'intervention',
      labelDa: 'MitID-app',
      labelEn: 'MitID app',
      dateFrom: '2025-12-01',
      dateTo: null,
    },
  ],
};

const renderPage = (options: FakeApiOptions = {}, url = '/kanaler') =>
  renderRoute(url, { ...FIXTURES, ...options });

/** Opens a card's data table, once the card is ready, and checks it is the one named `name`. */
async function readyTable(testId: string, name: RegExp) {
  const table = cardTable(await readyCard(testId));
  expect(table).toHaveAccessibleName(name);
  return table;
}

const params = { municipalityCode: '0169', from: '2025-11-01', to: '2026-10-31' };

setUpRouteTests();

describe('ChannelsPage', () => {
  it('shows the channel mix, the channel shift and contacts per 1,000 inhabitants', async () => {
    const { calls } = renderPage();
    expect(await screen.findByRole('heading', { name: 'Kanaler', level: 2 })).toBeInTheDocument();

    // Channel mix of all services, weighted by contacts: January 2026 = (70·1000 + 20·500) / 1500.
    const mix = await readyTable('channel-mix-chart', /Kanalfordeling for Alle ydelser/);
    const january = within(mix).getByRole('rowheader', { name: 'jan. 2026' }).closest('tr');
    expect(within(january as HTMLElement).getByText('1.500')).toBeInTheDocument();
    expect(within(january as HTMLElement).getByText('53,3 %')).toBeInTheDocument();
    expect(within(mix).getByRole('columnheader', { name: 'Andel Fremmøde' })).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.getByTestId('channel-mix-chart').querySelectorAll('.recharts-bar-rectangle').length,
      ).toBeGreaterThan(0),
    );

    // Channel shift: all services from the API, per service from both years' mix.
    const shiftCard = await screen.findByTestId('channel-shift-chart');
    await waitFor(() => expect(shiftCard).toHaveAttribute('data-status', 'ready'));
    // Signed labels, a rise right of the zero line and a fall left.
    const pasRows = [...shiftCard.querySelectorAll('li')].filter((li) =>
      li.textContent?.startsWith('Pas'),
    );
    expect(pasRows.map((li) => li.textContent)).toEqual([
      'Pas+10,0 pp',
      'Pas±0,0 pp',
      'Pas−10,0 pp',
    ]);
    expect(within(shiftCard).getAllByText('+4,4 pp')).toHaveLength(1);
    expect(within(shiftCard).getAllByText('−10,0 pp').length).toBeGreaterThan(0);
    const shift = await readyTable('channel-shift-chart', /Kanalandele pr. ydelse/);
    const pasVisit = within(shift)
      .getAllByRole('rowheader', { name: 'Pas' })
      .map((header) => header.closest('tr') as HTMLElement)
      .find((row) => within(row).queryByText('Fremmøde'));
    expect(pasVisit).toBeDefined();
    expect(within(pasVisit as HTMLElement).getByText('70,0 %')).toBeInTheDocument();
    expect(within(pasVisit as HTMLElement).getByText('60,0 %')).toBeInTheDocument();
    expect(within(pasVisit as HTMLElement).getByText('10')).toBeInTheDocument();

    // Contacts per 1,000 inhabitants, with the period total.
    const perThousand = await readyTable(
      'contacts-per-thousand-chart',
      /Henvendelser pr. 1.000 indbyggere/,
    );
    expect(within(perThousand).getByText('27,3')).toBeInTheDocument();
    expect(
      screen.getByText('Hele perioden: 81,8 henvendelser pr. 1.000 indbyggere.'),
    ).toBeInTheDocument();
    expect(within(perThousand).queryByRole('columnheader', { name: /året før/ })).toBeNull();

    expect(calls).toContainEqual({
      field: 'contactPatterns',
      variables: { ...params, grain: 'MONTH' },
      authorization: `Bearer ${FAKE_TOKEN}`,
    });
    // The channel shift needs the same dates a year earlier.
    expect(calls).toContainEqual({
      field: 'contactPatterns',
      variables: { ...params, from: '2024-11-01', to: '2025-10-31', grain: 'MONTH' },
      authorization: `Bearer ${FAKE_TOKEN}`,
    });
  });

  it('filters the channel mix by service through the URL, with Danish service names', async () => {
    const { calls } = renderPage();
    const select = await screen.findByRole('combobox', { name: 'Ydelse' });
    await waitFor(() => expect(select).toBeEnabled());
    expect(within(select).getByRole('option', { name: 'Alle ydelser' })).toBeInTheDocument();
    expect(within(select).getByRole('option', { name: 'Pas' })).toBeInTheDocument();
    expect(within(select).getByRole('option', { name: 'Skat' })).toBeInTheDocument();
    // No contacts: not offered.
    expect(within(select).queryByRole('option', { name: 'valg' })).toBeNull();
    const callsBefore = calls.length;

    fireEvent.change(select, { target: { value: 'skat' } });

    expect(new URLSearchParams(window.location.search).get('ydelse')).toBe('skat');
    const mix = await readyTable('channel-mix-chart', /Kanalfordeling for Skat/);
    const january = within(mix).getByRole('rowheader', { name: 'jan. 2026' }).closest('tr');
    expect(within(january as HTMLElement).getByText('500')).toBeInTheDocument();
    expect(within(january as HTMLElement).getByText('50,0 %')).toBeInTheDocument();
    // The service is filtered in the browser: no new request.
    expect(calls.length).toBe(callsBefore);
  });

  it('restores the service from the URL and asks by quarter for the whole period', async () => {
    const { calls } = renderPage({}, '/kanaler?kommune=0169&periode=all&ydelse=pas');
    await readyTable('channel-mix-chart', /Kanalfordeling for Pas/);
    expect(screen.getByRole('combobox', { name: 'Ydelse' })).toHaveValue('pas');
    expect(calls).toContainEqual({
      field: 'contactPatterns',
      variables: {
        municipalityCode: '0169',
        from: '2017-01-01',
        to: '2026-10-31',
        grain: 'QUARTER',
      },
      authorization: `Bearer ${FAKE_TOKEN}`,
    });
  });

  it('adds last year as a dashed comparison line, one year forward, when compared', async () => {
    renderPage();
    const compare = await screen.findByRole('checkbox', { name: /Sammenlign/ });
    fireEvent.click(compare);
    expect(new URLSearchParams(window.location.search).get('sammenlign')).toBe('1');

    const table = await readyTable('contacts-per-thousand-chart', /Henvendelser pr. 1.000/);
    const january = within(table).getByRole('rowheader', { name: 'jan. 2026' }).closest('tr');
    // 2026-01: 29,3 now; 2025-01 (27,1) shown under it.
    expect(within(january as HTMLElement).getByText('29,3')).toBeInTheDocument();
    expect(within(january as HTMLElement).getByText('27,1')).toBeInTheDocument();
    const card = screen.getByTestId('contacts-per-thousand-chart');
    expect(within(card).getByText('Samme periode året før')).toBeInTheDocument();
  });

  it('shows loading, then error with retry, and empty states', async () => {
    let fail = true;
    renderPage({
      contactPatterns: (variables: Record<string, unknown>) =>
        fail
          ? new Error('Database unavailable')
          : {
              ...contactPatternsAnswer(variables),
              channelMix: [],
              contactsPerThousand: [],
            },
    });
    const card = await screen.findByTestId('channel-mix-chart');
    expect(card).toHaveAttribute('data-status', 'loading');
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes. Prøv igen om lidt.');
    expect(alert).toHaveTextContent('Database unavailable');

    fail = false;
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    });
    expect(
      await within(card).findByText('Der er ingen henvendelser i den valgte periode.'),
    ).toBeInTheDocument();
    const perThousand = screen.getByTestId('contacts-per-thousand-chart');
    await act(async () => {
      const retry = within(perThousand).queryByRole('button', { name: 'Prøv igen' });
      if (retry) fireEvent.click(retry);
    });
    await waitFor(() => expect(perThousand).toHaveAttribute('data-status', 'empty'));
  });

  it('switches to English', async () => {
    renderPage();
    await readyTable('channel-mix-chart', /Kanalfordeling/);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { name: 'Channel mix over time' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Service' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Passport' })).toBeInTheDocument();
  });
});
