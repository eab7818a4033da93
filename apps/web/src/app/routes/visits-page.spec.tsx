import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LANGUAGE_STORAGE_KEY } from '../../lib/i18n';
import { FAKE_TOKEN, fixtureVisits, type FakeApiOptions } from '../../testing/fake-api';
import { readyCard, renderRoute, setUpRouteTests } from '../../testing/render-route';

// The fake API's default fields are the visits view's own fixtures.
const renderPage = (options: FakeApiOptions = {}, url = '/fremmoede') => renderRoute(url, options);

async function visitsCard() {
  return screen.findByTestId('visits-by-service-chart');
}

async function heatmapCard() {
  return screen.findByTestId('arrivals-heatmap');
}

/** The heatmap itself, without the card's table alternative. */
async function heatmapGrid() {
  const grid = (await heatmapCard()).querySelector<HTMLElement>('table.heatmap');
  if (!grid) throw new Error('no heatmap drawn');
  return grid;
}

setUpRouteTests();

describe('VisitsPage', () => {
  it('shows visits per service and the arrivals heatmap for the first municipality', async () => {
    const { calls } = renderPage();

    expect(screen.getByRole('heading', { level: 1, name: 'Kanalindsigt' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Spring til indhold' })).toHaveAttribute(
      'href',
      '#main-content',
    );

    // Heatmap: an accessible table whose cells show Danish-formatted numbers.
    const heatmap = await heatmapCard();
    // The first table is the heatmap; the card's table alternative (long form) follows it.
    const [heatmapTable] = await within(heatmap).findAllByRole('table', {
      name: /Gennemsnitligt antal ankomster pr. åbningsdag/,
    });
    if (!heatmapTable) throw new Error('no heatmap table');
    const cell = within(heatmapTable).getByText('12,5');
    expect(cell.tagName).toBe('TD');
    expect(cell).toHaveAttribute('data-value', '12.5');
    expect(within(heatmapTable).getByRole('rowheader', { name: 'Mandag' })).toBeInTheDocument();
    expect(within(heatmapTable).getByRole('rowheader', { name: 'Fredag' })).toBeInTheDocument();
    expect(within(heatmapTable).queryByRole('rowheader', { name: 'Lørdag' })).toBeNull();
    expect(within(heatmapTable).getByRole('columnheader', { name: '08.00' })).toBeInTheDocument();
    expect(heatmap.querySelectorAll('td[data-value]')).toHaveLength(5 * 7);
    expect(within(heatmap).getByText('Beregnet ud fra 245 åbningsdage.')).toBeInTheDocument();

    // Bar chart: the data table alternative holds the top six services and "Øvrige".
    const chart = await visitsCard();
    const table = await within(chart).findByRole('table', {
      name: /Fremmøder pr. ydelse pr. måned/,
    });
    expect(within(table).getByRole('columnheader', { name: 'Pas' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Øvrige' })).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Skat' })).toBeNull();
    expect(within(table).getByRole('rowheader', { name: 'oktober 2026' })).toBeInTheDocument();
    expect(within(table).getAllByText('1.234').length).toBeGreaterThan(0);
    // October "Øvrige" = Skat 40 + Boligstøtte 12.
    const october = within(table).getByRole('rowheader', { name: 'oktober 2026' }).closest('tr');
    expect(october).not.toBeNull();
    expect(within(october as HTMLElement).getByText('52')).toBeInTheDocument();

    // The chart itself is drawn by recharts (lazy-loaded).
    await waitFor(() =>
      expect(chart.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0),
    );

    // Defaults: first municipality, last 12 months ending at its last day with data.
    expect(screen.getByRole('combobox', { name: 'Kommune' })).toHaveValue('0169');
    expect(screen.getByRole('combobox', { name: 'Periode' })).toHaveValue('12m');
    expect(new URLSearchParams(window.location.search).get('kommune')).toBe('0169');
    expect(new URLSearchParams(window.location.search).get('periode')).toBe('12m');
    expect(calls).toContainEqual({
      field: 'visitsByServiceMonth',
      variables: { municipalityCode: '0169', from: '2025-11-01', to: '2026-10-31' },
      authorization: `Bearer ${FAKE_TOKEN}`,
    });
    expect(calls).toContainEqual({
      field: 'arrivalsHeatmap',
      variables: { municipalityCode: '0169', from: '2025-11-01', to: '2026-10-31' },
      authorization: `Bearer ${FAKE_TOKEN}`,
    });
  });

  it('switches to English and back, remembering the choice', async () => {
    renderPage();
    await waitFor(async () => within(await heatmapGrid()).getByText('12,5'));
    expect(
      screen.getByRole('heading', { name: 'Fremmøder pr. ydelse pr. måned' }),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(
      screen.getByRole('heading', { name: 'Visits per service per month' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: 'Arrivals by weekday and hour (average per opening day)',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Fremmøder pr. ydelse pr. måned' })).toBeNull();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('combobox', { name: 'Period' })).toBeInTheDocument();
    expect(within(await heatmapGrid()).getByText('12.5')).toBeInTheDocument();
    expect(
      within(await visitsCard()).getByRole('columnheader', { name: 'Passport' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    fireEvent.click(screen.getByRole('button', { name: 'Dansk' }));
    expect(screen.getByRole('heading', { name: 'Fremmøde' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('da');
  });

  it('keeps the period in the URL and refetches for it', async () => {
    const { calls } = renderPage();
    const period = await screen.findByRole('combobox', { name: 'Periode' });
    expect(within(period).getByRole('option', { name: 'Seneste 12 måneder' })).toBeInTheDocument();
    expect(within(period).getByRole('option', { name: 'Seneste 3 år' })).toBeInTheDocument();
    expect(within(period).getByRole('option', { name: 'Hele perioden' })).toBeInTheDocument();
    expect(within(period).getByRole('option', { name: 'År 2017' })).toBeInTheDocument();

    fireEvent.change(period, { target: { value: '2025' } });

    expect(window.location.search).toBe('?kommune=0169&periode=2025');
    expect(period).toHaveValue('2025');
    expect(screen.getByText('Viser 1. jan. 2025 – 31. dec. 2025.')).toBeInTheDocument();
    await waitFor(() =>
      expect(calls).toContainEqual({
        field: 'arrivalsHeatmap',
        variables: { municipalityCode: '0169', from: '2025-01-01', to: '2025-12-31' },
        authorization: `Bearer ${FAKE_TOKEN}`,
      }),
    );
  });

  it('compares with the same months a year earlier: request, dashed line and table column', async () => {
    const lastYear = [
      {
        month: '2025-10',
        serviceCode: 'PAS',
        serviceNameDa: 'Pas',
        serviceNameEn: 'Passport',
        visits: 1000,
      },
    ];
    const { calls } = renderPage(
      {
        visitsByServiceMonth: (variables: Record<string, unknown>) =>
          variables.from === '2024-11-01' ? lastYear : fixtureVisits,
      },
      '/fremmoede?kommune=0169&periode=12m',
    );
    fireEvent.click(
      await screen.findByRole('checkbox', { name: 'Sammenlign med samme periode året før' }),
    );
    expect(new URLSearchParams(window.location.search).get('sammenlign')).toBe('1');
    await waitFor(() =>
      expect(calls).toContainEqual({
        field: 'visitsByServiceMonth',
        variables: { municipalityCode: '0169', from: '2024-11-01', to: '2025-10-31' },
        authorization: `Bearer ${FAKE_TOKEN}`,
      }),
    );
    const card = await visitsCard();
    await within(card).findByRole('columnheader', { name: 'I alt året før' });
    expect(within(card).getByText('I alt året før', { selector: 'li' })).toBeInTheDocument();
    const october = within(card).getByRole('rowheader', { name: 'oktober 2026' }).closest('tr');
    expect(october).toHaveTextContent(/1\.000$/);
  });

  it('restores the view from the URL', async () => {
    const { calls } = renderPage({}, '/fremmoede?kommune=0183&periode=all');

    expect(await screen.findByRole('combobox', { name: 'Kommune' })).toHaveValue('0183');
    expect(screen.getByRole('combobox', { name: 'Periode' })).toHaveValue('all');
    await waitFor(() =>
      expect(calls).toContainEqual({
        field: 'visitsByServiceMonth',
        variables: { municipalityCode: '0183', from: '2020-03-01', to: '2026-06-30' },
        authorization: `Bearer ${FAKE_TOKEN}`,
      }),
    );
  });

  it('narrows both charts to one site chosen in the filter bar and kept in the URL', async () => {
    const { calls } = renderPage();
    const site = await screen.findByRole('combobox', { name: 'Sted' });
    expect(site).toHaveValue('');
    expect(
      within(site)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Alle', 'Borgerservice, Biblioteket', 'Borgerservice, Rådhuset']);
    await readyCard('arrivals-heatmap');

    fireEvent.change(site, { target: { value: 'raadhus' } });

    expect(new URLSearchParams(window.location.search).get('sted')).toBe('raadhus');
    expect(site).toHaveValue('raadhus');
    const atSite = {
      municipalityCode: '0169',
      from: '2025-11-01',
      to: '2026-10-31',
      siteCode: 'raadhus',
    };
    await waitFor(() =>
      expect(calls.filter((call) => call.field !== 'municipalities')).toEqual(
        expect.arrayContaining([
          {
            field: 'visitsByServiceMonth',
            variables: atSite,
            authorization: `Bearer ${FAKE_TOKEN}`,
          },
          { field: 'arrivalsHeatmap', variables: atSite, authorization: `Bearer ${FAKE_TOKEN}` },
        ]),
      ),
    );
    await readyCard('arrivals-heatmap');

    fireEvent.change(site, { target: { value: '' } });
    expect(new URLSearchParams(window.location.search).has('sted')).toBe(false);
  });

  it('restores the site from the URL, and offers no site choice for a municipality with one site', async () => {
    const { calls } = renderPage({}, '/fremmoede?kommune=0169&periode=12m&sted=bibliotek');
    expect(await screen.findByRole('combobox', { name: 'Sted' })).toHaveValue('bibliotek');
    await waitFor(() =>
      expect(calls).toContainEqual({
        field: 'arrivalsHeatmap',
        variables: {
          municipalityCode: '0169',
          from: '2025-11-01',
          to: '2026-10-31',
          siteCode: 'bibliotek',
        },
        authorization: `Bearer ${FAKE_TOKEN}`,
      }),
    );

    fireEvent.change(screen.getByRole('combobox', { name: 'Kommune' }), {
      target: { value: '0183' },
    });
    await waitFor(() =>
      expect(calls).toContainEqual({
        field: 'arrivalsHeatmap',
        variables: { municipalityCode: '0183', from: '2025-07-01', to: '2026-06-30' },
        authorization: `Bearer ${FAKE_TOKEN}`,
      }),
    );
    expect(screen.queryByRole('combobox', { name: 'Sted' })).toBeNull();
  });

  it('replaces unknown URL values with the defaults', async () => {
    renderPage({}, '/fremmoede?kommune=9999&periode=1999');
    expect(await screen.findByRole('combobox', { name: 'Kommune' })).toHaveValue('0169');
    await waitFor(() => expect(window.location.search).toBe('?kommune=0169&periode=12m'));
  });

  it('shows the Danish error state when the API fails, and recovers on retry', async () => {
    let fail = true;
    renderPage({
      visitsByServiceMonth: () => (fail ? new Error('Database unavailable') : []),
    });

    const chart = await visitsCard();
    const alert = await within(chart).findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes. Prøv igen om lidt.');
    expect(alert).toHaveTextContent('Teknisk besked: Database unavailable');
    // The other card is unaffected.
    await waitFor(async () =>
      expect(within(await heatmapGrid()).getByText('12,5')).toBeInTheDocument(),
    );

    fail = false;
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    });
    expect(
      await within(chart).findByText('Der er ingen fremmøder i den valgte periode.'),
    ).toBeInTheDocument();
  });

  it('shows an error when the municipalities cannot be loaded', async () => {
    renderPage({ municipalities: new Error('Connection refused') });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Listen over kommuner kunne ikke hentes.');
    expect(alert).toHaveTextContent('Connection refused');
    expect(screen.queryByTestId('visits-by-service-chart')).toBeNull();
  });

  it('shows empty states without data', async () => {
    renderPage({ visitsByServiceMonth: [], arrivalsHeatmap: { openingDays: 0, cells: [] } });
    expect(
      await within(await visitsCard()).findByText('Der er ingen fremmøder i den valgte periode.'),
    ).toBeInTheDocument();
    expect(
      await within(await heatmapCard()).findByText(
        'Der er ingen registrerede ankomster i den valgte periode.',
      ),
    ).toBeInTheDocument();
  });
});
