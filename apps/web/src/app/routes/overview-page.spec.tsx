import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FAKE_TOKEN, type FakeApiOptions } from '../../testing/fake-api';
import { quarterlyStatusFixture } from '../../testing/fixtures/quarterly-status';
import { readyCard, renderRoute, setUpRouteTests } from '../../testing/render-route';

const renderPage = (options: FakeApiOptions = {}, url = '/') =>
  renderRoute(url, {
    quarterlyStatus: (variables: Record<string, unknown>) =>
      quarterlyStatusFixture(String(variables.quarter), String(variables.municipalityCode)),
    ...options,
  });

const card = (channel: string) => screen.findByTestId(`quarterly-status-${channel}`);
const readyChannel = (channel: string) => readyCard(`quarterly-status-${channel}`);

function tile(container: HTMLElement, kpi: string): HTMLElement {
  const found = container.querySelector<HTMLElement>(`[data-kpi="${kpi}"]`);
  if (!found) throw new Error(`No tile ${kpi}`);
  return found;
}

setUpRouteTests('director');

describe('OverviewPage (kvartalsstatus)', () => {
  it('reports the latest complete quarter per channel, with a Danish summary', async () => {
    const { calls } = renderPage();

    const inPerson = await readyChannel('in-person');
    expect(screen.getByRole('combobox', { name: 'Periode' })).toHaveValue('2026-Q3');
    expect(new URLSearchParams(window.location.search).get('periode')).toBe('2026-Q3');
    expect(calls).toContainEqual({
      field: 'quarterlyStatus',
      variables: { municipalityCode: '0169', quarter: '2026-Q3' },
      authorization: `Bearer ${FAKE_TOKEN}`,
    });

    const summary = screen.getByTestId('quarterly-status-summary');
    expect(summary).toHaveTextContent(
      'I 3. kvartal 2026 havde Høje-Taastrup 12.345 personlige henvendelser (4,2 % flere end i 3. kvartal 2025), 23.456 tilbudte opkald (6,2 % færre end i 3. kvartal 2025) og 3.456 tidsbestillinger (11,5 % flere end i 3. kvartal 2025).',
    );
    expect(summary).toHaveTextContent('5 af 8 mål er nået.');
    expect(summary).toHaveTextContent('Ikke nået: Gennemsnitlig ventetid og Serviceniveau.');
    expect(summary).toHaveTextContent('For 1 mål mangler der tal.');
    expect(screen.queryByText(/kvartalet er ikke slut/)).toBeNull();

    expect(within(inPerson).getByRole('heading', { name: 'Personligt fremmøde' })).toBeVisible();
    const visits = tile(inPerson, 'visits');
    expect(within(visits).getByText('12.345')).toBeInTheDocument();
    expect(within(visits).getByText('Intet mål')).toBeInTheDocument();
    // Change as arrow, sign and words; counts also in per cent.
    const previous = within(visits).getByText('Mod 2. kvartal 2026').nextElementSibling;
    expect(previous).toHaveTextContent('▲ Steget: +545 (+4,6 %)');
    const lastYear = within(visits).getByText('Mod 3. kvartal 2025').nextElementSibling;
    expect(lastYear).toHaveTextContent('+495 (+4,2 %)');

    const wait = tile(inPerson, 'mean_wait');
    expect(within(wait).getByText('10,2 min')).toBeInTheDocument();
    expect(within(wait).getByText('Mål ikke nået')).toBeInTheDocument();
    expect(within(wait).getByText('Mål: højst 10 min')).toBeInTheDocument();
    expect(within(wait).getByText('Mod 3. kvartal 2025').nextElementSibling).toHaveTextContent(
      '▼ Faldet: −0,8 min',
    );

    const walkIn = tile(inPerson, 'walk_in_share');
    expect(within(walkIn).getByText('35,2 %')).toBeInTheDocument();
    expect(within(walkIn).getByText('Mål nået')).toBeInTheDocument();
    expect(within(walkIn).getByText('Mod 2. kvartal 2026').nextElementSibling).toHaveTextContent(
      '−2,2 pct.-point',
    );

    // The sparkline is drawn, hidden from screen readers.
    await waitFor(() => expect(visits.querySelector('.recharts-line-curve')).not.toBeNull());
    expect(visits.querySelector('.quarterly-status__sparkline')).toHaveAttribute(
      'aria-hidden',
      'true',
    );

    const digital = await readyChannel('digital');
    expect(within(tile(digital, 'digital_share')).getByText('ingen tal')).toBeInTheDocument();
    expect(within(tile(digital, 'digital_share')).getByText('Ingen data')).toBeInTheDocument();
    await readyChannel('phone');
    await readyChannel('booking');
  });

  it('offers the numbers of every tile, sparkline quarters included, as a table', async () => {
    renderPage();
    const phone = await readyChannel('phone');
    fireEvent.click(within(phone).getByText('Vis tallene som tabel'));
    const table = within(phone).getByRole('table', {
      name: 'Kvartalsstatus for Telefon, 3. kvartal 2026',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      'Nøgletal',
      'Enhed',
      '4. kvt. 2024',
      '1. kvt. 2025',
      '2. kvt. 2025',
      '3. kvt. 2025',
      '4. kvt. 2025',
      '1. kvt. 2026',
      '2. kvt. 2026',
      '3. kvt. 2026',
      'Ændring mod 2. kvt. 2026',
      'Ændring mod 3. kvt. 2025',
      'Mål',
      'Status',
    ]);
    const serviceLevel = within(table).getByRole('rowheader', { name: 'Serviceniveau' });
    const row = within(serviceLevel.closest('tr') as HTMLElement);
    expect(row.getByText('72,5')).toBeInTheDocument();
    expect(row.getByText('mindst 80 %')).toBeInTheDocument();
    expect(row.getByText('Mål ikke nået')).toBeInTheDocument();
    expect(row.getByText('-2,5')).toBeInTheDocument();
    expect(within(phone).getByRole('button', { name: /Hent CSV/ })).toBeInTheDocument();
  });

  it('prints with a print-only header naming municipality, quarter and date', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    renderPage();
    await readyChannel('in-person');
    const button = screen.getByRole('button', { name: 'Udskriv / gem som PDF' });
    expect(button.closest('.no-print')).not.toBeNull();
    fireEvent.click(button);
    expect(print).toHaveBeenCalledTimes(1);
    expect(
      screen.getByText(/^Kvartalsstatus for Høje-Taastrup, 3\. kvartal 2026\. Udskrevet \d+\./),
    ).toHaveClass('quarterly-status__print-header');
  });

  it('reports the quarter holding the end of another period, and keeps it in the URL', async () => {
    const { calls } = renderPage();
    const period = await screen.findByRole('combobox', { name: 'Periode' });
    await readyChannel('in-person');

    fireEvent.change(period, { target: { value: '2026-Q2' } });
    expect(new URLSearchParams(window.location.search).get('periode')).toBe('2026-Q2');
    await waitFor(() =>
      expect(calls).toContainEqual({
        field: 'quarterlyStatus',
        variables: { municipalityCode: '0169', quarter: '2026-Q2' },
        authorization: `Bearer ${FAKE_TOKEN}`,
      }),
    );
    expect(await screen.findByText(/^I 2\. kvartal 2026 havde Høje-Taastrup/)).toBeInTheDocument();

    // A year reports its last quarter; the last 12 months the quarter holding their last day.
    fireEvent.change(period, { target: { value: '2024' } });
    await waitFor(() => expect(calls.map((call) => call.variables.quarter)).toContain('2024-Q4'));
    fireEvent.change(period, { target: { value: '12m' } });
    await waitFor(() => expect(calls.map((call) => call.variables.quarter)).toContain('2026-Q4'));
    // The data end on 31 October, a month into the fourth quarter: said in words.
    expect(
      await screen.findByText(
        /^Bemærk: kvartalet er ikke slut i data\. Tallene går til og med 31\. okt\. 2026,/,
      ),
    ).toBeInTheDocument();
  });

  it('defaults to the quarter that ends with the data of another municipality', async () => {
    const { calls } = renderPage({}, '/?kommune=0183');
    await readyChannel('in-person');
    expect(screen.getByRole('combobox', { name: 'Periode' })).toHaveValue('2026-Q2');
    expect(calls).toContainEqual({
      field: 'quarterlyStatus',
      variables: { municipalityCode: '0183', quarter: '2026-Q2' },
      authorization: `Bearer ${FAKE_TOKEN}`,
    });
  });

  it('shows loading, then the error state on every card, and recovers on retry', async () => {
    let fail = true;
    renderPage({
      quarterlyStatus: () => (fail ? new Error('Rollups unavailable') : quarterlyStatusFixture()),
    });
    const booking = await card('booking');
    expect(booking).toHaveAttribute('data-status', 'loading');
    const alert = await within(booking).findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes. Prøv igen om lidt.');
    expect(alert).toHaveTextContent('Teknisk besked: Rollups unavailable');
    expect(await card('phone')).toHaveAttribute('data-status', 'error');
    expect(screen.getByText('Kvartalets tal kunne ikke hentes.')).toBeInTheDocument();

    fail = false;
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    });
    await readyChannel('booking');
    expect(screen.getByTestId('quarterly-status-summary')).toHaveTextContent('5 af 8 mål er nået.');
  });

  it('shows a channel without figures as empty, and a quarter without targets in words', async () => {
    const fixture = quarterlyStatusFixture();
    const tiles = fixture.tiles
      .filter((t) => t.channel !== 'BOOKING')
      .map((t) => ({ ...t, status: 'NO_TARGET' as const, targets: [] }));
    renderPage({ quarterlyStatus: { ...fixture, tiles } });
    const booking = await card('booking');
    await waitFor(() => expect(booking).toHaveAttribute('data-status', 'empty'));
    expect(
      within(booking).getByText('Der er ingen tal for denne kanal i de seneste 8 kvartaler.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('quarterly-status-summary')).toHaveTextContent(
      'Der er ikke sat mål for kvartalets nøgletal.',
    );
  });

  it('speaks English on the toggle', async () => {
    renderPage();
    await readyChannel('in-person');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByTestId('quarterly-status-summary')).toHaveTextContent(
      'In Q3 2026 Høje-Taastrup had 12,345 visits (4.2% more than in Q3 2025)',
    );
    expect(screen.getByTestId('quarterly-status-summary')).toHaveTextContent('5 of 8 targets met.');
    expect(screen.getByRole('button', { name: 'Print / save as PDF' })).toBeInTheDocument();
  });
});
