import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FAKE_TOKEN, type FakeApiOptions } from '../../testing/fake-api';
import { peaksAnswer } from '../../testing/fixtures/peaks';
import { readyCard, renderRoute, setUpRouteTests } from '../../testing/render-route';

const renderPage = (options: FakeApiOptions = {}, url = '/spidsbelastning') =>
  renderRoute(url, { peaks: peaksAnswer, ...options });

const search = () => new URLSearchParams(window.location.search);
const params = { municipalityCode: '0169', from: '2025-11-01', to: '2026-10-31' };

setUpRouteTests('centre_manager');

describe('PeaksPage', () => {
  it('shows the weekday × hour heatmap, the busiest days and the calendar for visits', async () => {
    const { calls } = renderPage();

    const heatmap = await readyCard('peak-profile-heatmap');
    expect(
      within(heatmap).getByRole('heading', {
        name: 'Fremmøde pr. ugedag og tidspunkt (gennemsnit pr. åbningsdag)',
      }),
    ).toBeInTheDocument();
    const table = within(heatmap).getByRole('table', {
      name: 'Fremmøde pr. åbningsdag, 1. nov. 2025 – 31. okt. 2026',
    });
    const peak = within(table).getByText('14,5');
    expect(peak.tagName).toBe('TD');
    expect(peak).toHaveAttribute('data-weekday', '1');
    expect(peak).toHaveAttribute('data-hour', '8');
    expect(within(table).getByRole('columnheader', { name: '08.00' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Mandag' })).toBeInTheDocument();
    expect(table.querySelectorAll('td[data-value]')).toHaveLength(5 * 7);
    // Last year only on request.
    expect(within(heatmap).queryByRole('table', { name: /Samme periode sidste år/ })).toBeNull();
    expect(within(heatmap).getByText('Beregnet ud fra 245 åbningsdage.')).toBeInTheDocument();

    // Busiest days: ranked, with the closure flag in words and explained.
    const days = await readyCard('peak-days');
    const rows = within(days).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('1.Tirsdag 7. apr. 2026efter lukkedag (2. påskedag)412');
    expect(rows[1]).toHaveTextContent('efter lukkedag');
    expect(rows[2]).not.toHaveTextContent('efter lukkedag');
    expect(
      within(days).getByText(/“Efter lukkedag”: hverdagen før var en helligdag eller lukkedag/),
    ).toBeInTheDocument();

    // Calendar: one table per month, a row per ISO week, numbers as text with their date.
    const calendar = await readyCard('peak-calendar');
    const region = within(calendar).getByRole('region', { name: 'Kalender pr. måned' });
    expect(region).toHaveAttribute('tabindex', '0');
    const october = within(region).getByRole('table', { name: 'oktober 2026' });
    const day = october.querySelector('td[data-date="2026-10-01"]');
    expect(day).toHaveTextContent('1. okt. 2026: 100');
    expect(day).toHaveAttribute('title', '1. okt. 2026: 100');
    expect(within(october).getByRole('rowheader', { name: '40' })).toBeInTheDocument();
    expect(within(october).getByText('5. okt. 2026: lukket')).toBeInTheDocument();

    expect(calls).toContainEqual({
      field: 'peaks',
      variables: { ...params, resolution: 'HOUR', topDays: 10 },
      authorization: `Bearer ${FAKE_TOKEN}`,
    });
  });

  it('offers each card as a table to read and download', async () => {
    renderPage();
    const days = await readyCard('peak-days');
    fireEvent.click(within(days).getByText('Vis tallene som tabel'));
    const table = within(days).getByRole('table', { name: /Travleste dage, Fremmøde/ });
    expect(within(table).getByRole('cell', { name: 'Ja (2. påskedag)' })).toBeInTheDocument();
    expect(within(days).getByRole('button', { name: /Hent CSV/ })).toBeInTheDocument();

    const heatmap = await readyCard('peak-profile-heatmap');
    fireEvent.click(within(heatmap).getByText('Vis tallene som tabel'));
    expect(
      within(heatmap).getByRole('table', { name: /Fremmøde pr. ugedag og tidspunkt, gennemsnit/ }),
    ).toBeInTheDocument();

    const calendar = await readyCard('peak-calendar');
    fireEvent.click(within(calendar).getByText('Vis tallene som tabel'));
    const dayTable = within(calendar).getByRole('table', { name: /Fremmøde pr. dag/ });
    expect(within(dayTable).getAllByRole('row')).toHaveLength(32);
  });

  it('switches channel and resolution through the URL', async () => {
    const { calls } = renderPage();
    await readyCard('peak-profile-heatmap');

    fireEvent.change(screen.getByRole('combobox', { name: 'Kanal' }), {
      target: { value: 'telefon' },
    });
    expect(search().get('kanal')).toBe('telefon');
    const heatmap = await readyCard('peak-profile-heatmap');
    expect(heatmap.querySelector('td[data-weekday="1"][data-hour="8"]')).toHaveTextContent('7,5');
    expect((await readyCard('peak-days')).querySelector('.peaks-days')).toHaveTextContent(
      '1.Torsdag 1. okt. 2026530',
    );
    expect(
      (await readyCard('peak-calendar')).querySelector('td[data-date="2026-10-01"]'),
    ).toHaveAttribute('data-value', '200');

    fireEvent.change(screen.getByRole('combobox', { name: 'Opløsning' }), {
      target: { value: 'kvarter' },
    });
    expect(search().get('opløsning')).toBe('kvarter');
    await waitFor(() =>
      expect(calls).toContainEqual({
        field: 'peaks',
        variables: { ...params, resolution: 'QUARTER_HOUR', topDays: 10 },
        authorization: `Bearer ${FAKE_TOKEN}`,
      }),
    );
    await waitFor(() =>
      expect(
        within(screen.getByTestId('peak-profile-heatmap')).getByRole('columnheader', {
          name: '08.15',
        }),
      ).toBeInTheDocument(),
    );
  });

  it('narrows the view to one site through the URL, and offers no site with one site', async () => {
    const { calls } = renderPage();
    await readyCard('peak-profile-heatmap');
    const site = screen.getByRole('combobox', { name: 'Sted' });
    expect(site).toHaveValue('');

    fireEvent.change(site, { target: { value: 'bibliotek' } });

    expect(search().get('sted')).toBe('bibliotek');
    await waitFor(() =>
      expect(calls).toContainEqual({
        field: 'peaks',
        variables: { ...params, resolution: 'HOUR', topDays: 10, siteCode: 'bibliotek' },
        authorization: `Bearer ${FAKE_TOKEN}`,
      }),
    );
    expect(await readyCard('peak-calendar')).toBeInTheDocument();
    expect(screen.queryByText(/Opkald registreres ikke pr. sted/)).toBeNull();
    // Calls are the whole municipality's whatever the site, and the page says so.
    fireEvent.change(screen.getByRole('combobox', { name: 'Kanal' }), {
      target: { value: 'telefon' },
    });
    expect(screen.getByText(/Opkald registreres ikke pr. sted/)).toBeInTheDocument();

    fireEvent.change(screen.getByRole('combobox', { name: 'Kommune' }), {
      target: { value: '0183' },
    });
    await waitFor(() =>
      expect(calls).toContainEqual({
        field: 'peaks',
        variables: {
          municipalityCode: '0183',
          from: '2025-07-01',
          to: '2026-06-30',
          resolution: 'HOUR',
          topDays: 10,
        },
        authorization: `Bearer ${FAKE_TOKEN}`,
      }),
    );
    expect(screen.queryByRole('combobox', { name: 'Sted' })).toBeNull();
    expect(screen.queryByText(/Opkald registreres ikke pr. sted/)).toBeNull();
  });

  it('restores the filters from the URL; bookings have no weekday profile yet', async () => {
    renderPage({}, '/spidsbelastning?kommune=0169&periode=12m&kanal=tidsbestilling');
    const heatmap = await screen.findByTestId('peak-profile-heatmap');
    await waitFor(() => expect(heatmap).toHaveAttribute('data-status', 'empty'));
    expect(heatmap).toHaveTextContent('Tidsbestillinger har endnu ingen ugeprofil');
    expect(screen.getByRole('combobox', { name: 'Kanal' })).toHaveValue('tidsbestilling');
    expect(await screen.findByTestId('peak-days')).toHaveAttribute('data-status', 'empty');
    expect(await readyCard('peak-calendar')).toBeInTheDocument();
  });

  it('shows the same period last year on the same scale when compared', async () => {
    renderPage();
    await readyCard('peak-profile-heatmap');
    fireEvent.click(screen.getByRole('checkbox', { name: /Sammenlign/ }));
    expect(search().get('sammenlign')).toBe('1');
    const heatmap = screen.getByTestId('peak-profile-heatmap');
    const lastYear = await within(heatmap).findByRole('table', {
      name: 'Samme periode sidste år: Fremmøde pr. åbningsdag, 1. nov. 2024 – 31. okt. 2025',
    });
    const cell = within(lastYear).getByText('9,5');
    const peak = heatmap.querySelector('td[data-value="14.5"]') as HTMLElement;
    // 9.5 of a 14.5 maximum: a lighter class than the current year's peak.
    expect(peak).toHaveTextContent('14,5');
    expect(cell.style.backgroundColor).not.toBe(peak.style.backgroundColor);
  });

  it('shows loading, error with retry and empty states', async () => {
    let answer: unknown = new Error('Database unavailable');
    renderPage({ peaks: (variables: Record<string, unknown>) => answer ?? peaksAnswer(variables) });
    const heatmap = await screen.findByTestId('peak-profile-heatmap');
    expect(heatmap).toHaveAttribute('data-status', 'loading');
    const alert = await within(heatmap).findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes. Prøv igen om lidt.');
    expect(alert).toHaveTextContent('Database unavailable');

    answer = {
      resolution: 'HOUR',
      channels: [
        {
          channel: 'VISIT',
          profile: { from: params.from, to: params.to, openingDays: 0, cells: [] },
          profileLastYear: null,
          peakDays: [],
        },
      ],
      calendar: [],
    };
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    });
    expect(
      await within(heatmap).findByText(
        'Der er ingen registrerede henvendelser i den valgte periode.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('peak-days')).toHaveAttribute('data-status', 'empty');
    expect(screen.getByTestId('peak-calendar')).toHaveAttribute('data-status', 'empty');
  });

  it('switches to English', async () => {
    renderPage();
    await readyCard('peak-days');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { name: 'Busiest days: In person' })).toBeInTheDocument();
    expect(screen.getByText('after a closure (2. påskedag)')).toBeInTheDocument();
  });
});
