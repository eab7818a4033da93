import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FAKE_TOKEN, signInForTest, type FakeApiOptions } from '../../testing/fake-api';
import {
  digitalExclusionFixture,
  emptyDigitalExclusionFixture,
} from '../../testing/fixtures/digital-exclusion';
import { cardTable, readyCard, renderRoute, setUpRouteTests } from '../../testing/render-route';

const HIDDEN_NOTE =
  '..: tallet er skjult for at beskytte enkeltpersoner – enten fordi færre end 5 borgere indgår, eller fordi det ellers kunne regnes ud fra de andre tal.';

const renderPage = (options: FakeApiOptions = {}, url = '/digital-inklusion') =>
  renderRoute(url, {
    digitalExclusion: (variables: Record<string, unknown>) => digitalExclusionFixture(variables),
    ...options,
  });

const card = (testId: string) => screen.findByTestId(testId);

// Each test signs in itself: what the page shows depends on the role.
setUpRouteTests(null);

describe('InclusionPage', () => {
  it('shows staff the exact numbers of the latest whole year, with questions as headings', async () => {
    signInForTest('director');
    const { calls } = renderPage();

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Digital inklusion' }),
    ).toBeInTheDocument();
    for (const question of [
      'Hvem kommer stadig i Borgerservice?',
      'Hvem får hjælp til at bestille tid?',
      'Hvad sker der, når man møder op uden tid?',
      'Hvem får hjælp til selvbetjening?',
      'Hvor mange bliver fritaget for Digital Post?',
    ])
      expect(await screen.findByRole('heading', { level: 3, name: question })).toBeInTheDocument();
    expect(await screen.findByText(/Du ser de præcise tal/)).toBeInTheDocument();

    // Default: the latest whole year; only whole years and quarters are offered.
    expect(screen.getByRole('combobox', { name: 'Periode' })).toHaveValue('2026');
    expect(
      within(screen.getByRole('combobox', { name: 'Periode' })).queryByRole('option', {
        name: 'Seneste 12 måneder',
      }),
    ).toBeNull();
    expect(calls).toContainEqual({
      field: 'digitalExclusion',
      variables: { municipalityCode: '0169', from: '2026-01-01', to: '2026-12-31' },
      authorization: `Bearer ${FAKE_TOKEN}`,
    });

    // Contacts: rates per 1,000 drawn as bars; the table has counts and rates of the year.
    const contacts = await readyCard('inclusion-contacts-chart');
    await waitFor(() =>
      expect(contacts.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0),
    );
    const table = cardTable(contacts);
    expect(table).toHaveAccessibleName('Henvendelser efter alder og kanal, 2026');
    const eldest = within(table).getByRole('rowheader', { name: '80 år og derover' }).closest('tr');
    // 80+: 260 visits a quarter, 2,500 inhabitants → 1.040 a year, 416 per 1,000.
    expect(within(eldest as HTMLElement).getByText('1.040')).toBeInTheDocument();
    expect(within(eldest as HTMLElement).getByText('416')).toBeInTheDocument();
    expect(within(table).queryByText('..')).toBeNull();
    expect(within(contacts).queryByText(/tallet er skjult/)).toBeNull();
    expect(within(table).getByRole('rowheader', { name: 'Alder ukendt' })).toBeInTheDocument();

    // Booking help: share per age band, written on the bars.
    const booking = await readyCard('inclusion-booking-help-chart');
    await waitFor(() => expect(within(booking).getAllByText('70,4 %').length).toBeGreaterThan(0));

    // Walk-ins: a way of being helped with no age recorded is explained, not shown as "nobody".
    const walkIns = await readyCard('inclusion-walk-ins-chart');
    expect(
      within(walkIns).getByText(
        /^Fik en tid senere samme dag: kilden registrerer ikke borgernes alder/,
      ),
    ).toBeInTheDocument();

    // Exemptions: each quarter and the year.
    const exemptions = await readyCard('inclusion-exemptions-chart');
    const exemptionsTable = cardTable(exemptions);
    expect(
      within(exemptionsTable).getByRole('rowheader', { name: '3. kvt. 2026' }),
    ).toBeInTheDocument();
    const year = within(exemptionsTable).getByRole('rowheader', { name: '2026' }).closest('tr');
    expect(within(year as HTMLElement).getByText('108')).toBeInTheDocument();
    expect(within(exemptions).getByRole('button', { name: /Hent CSV/ })).toBeInTheDocument();
  });

  it('shows a council only this view, with hidden numbers as ".." and the explanation beside them', async () => {
    signInForTest('council');
    renderPage({
      digitalExclusion: (variables: Record<string, unknown>) =>
        digitalExclusionFixture(variables, { council: true }),
    });

    expect(await screen.findByText(/Nogle tal er skjult/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation');
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Digital inklusion']);

    const contacts = await readyCard('inclusion-contacts-chart');
    expect(
      within(contacts)
        .getByText(/tallet er skjult for at beskytte enkeltpersoner/)
        .closest('li'),
    ).toHaveTextContent(HIDDEN_NOTE);
    // Hidden cells are marked in the chart itself, not just left out.
    // Hidden cells are marked in the chart itself, not just left out.
    await waitFor(() =>
      expect(
        Array.from(contacts.querySelectorAll('.recharts-label')).filter(
          (label) => label.textContent === '..',
        ),
      ).toHaveLength(4),
    );
    const table = cardTable(contacts);
    const eldest = within(table).getByRole('rowheader', { name: '80 år og derover' }).closest('tr');
    // Booked at the counter and with help: count and rate hidden (4 cells); never "<5".
    expect(within(eldest as HTMLElement).getAllByText('..')).toHaveLength(4);
    expect(within(contacts).queryByText(/<\s?5/)).toBeNull();

    // A share built on a hidden number is hidden too, and explained.
    const booking = await readyCard('inclusion-booking-help-chart');
    expect(within(booking).getByText(/tallet er skjult/)).toBeInTheDocument();
    expect(within(cardTable(booking)).getAllByText('..').length).toBeGreaterThan(0);

    // A card without hidden numbers carries no explanation.
    const exemptions = await readyCard('inclusion-exemptions-chart');
    expect(within(exemptions).queryByText(/tallet er skjult/)).toBeNull();
  });

  it('keeps the period in the URL and asks for that quarter', async () => {
    signInForTest('council');
    const { calls } = renderPage();
    const period = await screen.findByRole('combobox', { name: 'Periode' });
    expect(within(period).getByRole('option', { name: '3. kvartal 2026' })).toBeInTheDocument();

    fireEvent.change(period, { target: { value: '2026-Q3' } });

    expect(window.location.search).toBe('?kommune=0169&periode=2026-Q3');
    await waitFor(() =>
      expect(calls).toContainEqual({
        field: 'digitalExclusion',
        variables: { municipalityCode: '0169', from: '2026-07-01', to: '2026-09-30' },
        authorization: `Bearer ${FAKE_TOKEN}`,
      }),
    );
    const exemptions = await readyCard('inclusion-exemptions-chart');
    await waitFor(() =>
      expect(cardTable(exemptions)).toHaveAccessibleName(
        'Fritagelser for Digital Post, 3. kvt. 2026',
      ),
    );
  });

  it('compares with the same period a year earlier and lists the events of the period', async () => {
    signInForTest('council');
    const { calls } = renderPage({
      annotations: [
        {
          code: 'booking-golive',
          kind: 'intervention',
          labelDa: 'Ny tidsbestilling',
          labelEn: 'New booking system',
          dateFrom: '2026-03-02',
          dateTo: null,
        },
      ],
    });
    const exemptions = await readyCard('inclusion-exemptions-chart');
    expect(
      within(exemptions).getByText('Begivenheder i perioden: Ny tidsbestilling (2. mar. 2026).'),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole('checkbox', { name: /Sammenlign/ }));

    expect(new URLSearchParams(window.location.search).get('sammenlign')).toBe('1');
    await waitFor(() =>
      expect(calls).toContainEqual({
        field: 'digitalExclusion',
        variables: { municipalityCode: '0169', from: '2025-01-01', to: '2025-12-31' },
        authorization: `Bearer ${FAKE_TOKEN}`,
      }),
    );
    await waitFor(() =>
      expect(
        within(exemptions).getByText('Samme periode året før', { selector: 'li' }),
      ).toBeInTheDocument(),
    );
    const table = cardTable(exemptions);
    expect(
      within(table).getByRole('columnheader', { name: 'Samme periode året før' }),
    ).toBeInTheDocument();
    const year = within(table).getByRole('rowheader', { name: '2026' }).closest('tr');
    expect(within(year as HTMLElement).getAllByText('108')).toHaveLength(2);
  });

  it('shows the error state, and recovers on retry', async () => {
    signInForTest('director');
    let fail = true;
    renderPage({
      digitalExclusion: (variables: Record<string, unknown>) =>
        fail ? new Error('Database unavailable') : digitalExclusionFixture(variables),
    });
    const contacts = await card('inclusion-contacts-chart');
    const alert = await within(contacts).findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes. Prøv igen om lidt.');
    expect(alert).toHaveTextContent('Database unavailable');

    fail = false;
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    });
    await waitFor(() => expect(contacts).toHaveAttribute('data-status', 'ready'));
  });

  it('shows the loading state, then empty states when nothing was counted', async () => {
    signInForTest('director');
    renderPage({ digitalExclusion: emptyDigitalExclusionFixture });
    const contacts = await card('inclusion-contacts-chart');
    expect(contacts).toHaveAttribute('data-status', 'loading');
    expect(
      await within(contacts).findByText('Der er ingen henvendelser i den valgte periode.'),
    ).toBeInTheDocument();
    expect(
      await within(await card('inclusion-booking-help-chart')).findByText(
        'Der er ingen bookede tider i den valgte periode.',
      ),
    ).toBeInTheDocument();
    expect(await card('inclusion-exemptions-chart')).toHaveAttribute('data-status', 'empty');
  });

  it('speaks English on request', async () => {
    signInForTest('council');
    renderPage();
    await readyCard('inclusion-contacts-chart');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(
      screen.getByRole('heading', { name: 'Who still comes to Citizen Service?' }),
    ).toBeInTheDocument();
  });
});
