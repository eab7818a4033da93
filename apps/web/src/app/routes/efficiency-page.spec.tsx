import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FAKE_TOKEN, type FakeApiOptions } from '../../testing/fake-api';
import { efficiencyFixture, fixtureEfficiencyAnnotations } from '../../testing/fixtures/efficiency';
import { cardTable, readyCard, renderRoute, setUpRouteTests } from '../../testing/render-route';

const FIXTURES: FakeApiOptions = {
  efficiency: efficiencyFixture,
  annotations: fixtureEfficiencyAnnotations,
};

const renderPage = (options: FakeApiOptions = {}, url = '/effektivisering') =>
  renderRoute(url, { ...FIXTURES, ...options });

function row(table: HTMLElement, header: string) {
  return within(
    within(table).getByRole('rowheader', { name: header }).closest('tr') as HTMLElement,
  );
}

/** The formatted cells of the row headed `header`. */
const cells = (table: HTMLElement, header: string) =>
  row(table, header)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

const headers = (table: HTMLElement) =>
  within(table)
    .getAllByRole('columnheader')
    .map((header) => header.textContent);

setUpRouteTests('finance');

describe('EfficiencyPage (effektivisering)', () => {
  it('shows staff hours, FTE and cost per contact per channel with the assumptions in words', async () => {
    const { calls } = renderPage();
    const summary = await readyCard('efficiency-summary');
    expect(calls).toContainEqual({
      field: 'efficiency',
      variables: { municipalityCode: '0169', from: '2025-11-01', to: '2026-10-31', grain: 'MONTH' },
      authorization: `Bearer ${FAKE_TOKEN}`,
    });
    expect(summary).toHaveTextContent(
      'Årsværk og lønudgift er regnet om fra personaletimerne med 1.628 timer pr. årsværk og 400.000 kr. pr. årsværk.',
    );
    const table = within(summary).getAllByRole('table')[0] as HTMLElement;
    expect(headers(table)).toEqual([
      'Kanal',
      'Personaletimer',
      'Årsværk',
      'Lønudgift (kr.)',
      'Henvendelser',
      'Henvendelser pr. personaletime',
      'Pris pr. henvendelse (kr.)',
    ]);
    expect(cells(table, 'Fremmøde')).toEqual(['5.500', '3,4', '1.351.351', '18.600', '3,4', '73']);
    expect(row(table, 'Telefon').getByText('5,6')).toBeInTheDocument();
    expect(row(table, 'Backoffice').getAllByText('–')).toHaveLength(2);
    expect(row(table, 'Alle kanaler').getByText('11.500')).toBeInTheDocument();

    const hours = await readyCard('efficiency-staff-hours');
    const hoursTable = cardTable(hours);
    expect(headers(hoursTable)).toEqual(['Periode', 'Fremmøde', 'Telefon', 'Backoffice']);
    expect(within(hoursTable).getAllByRole('row')).toHaveLength(13);
    expect(row(hoursTable, 'oktober 2026').getByText('460')).toBeInTheDocument();
    await waitFor(() =>
      expect(hours.querySelectorAll('.recharts-line-curve').length).toBeGreaterThan(0),
    );

    // Back office has no contacts, so no line for contacts per staff hour.
    const perHour = await readyCard('efficiency-contacts-per-hour');
    expect(headers(cardTable(perHour))).toEqual(['Periode', 'Fremmøde', 'Telefon']);

    // Annotations come from the annotations query of the same period.
    expect(calls).toContainEqual({
      field: 'annotations',
      variables: { municipalityCode: '0169', from: '2025-11-01', to: '2026-10-31' },
      authorization: `Bearer ${FAKE_TOKEN}`,
    });
    await waitFor(() =>
      expect(within(hours).getByText('Tidsbestilling indført')).toBeInTheDocument(),
    );
  });

  it('limits the channels with the URL filter "kanal"', async () => {
    renderPage();
    await readyCard('efficiency-summary');
    fireEvent.change(screen.getByRole('combobox', { name: 'Kanal' }), {
      target: { value: 'telefon' },
    });
    expect(new URLSearchParams(window.location.search).get('kanal')).toBe('telefon');

    const table = within(await readyCard('efficiency-summary')).getAllByRole(
      'table',
    )[0] as HTMLElement;
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Telefon']);
    expect(headers(cardTable(await readyCard('efficiency-staff-hours')))).toEqual([
      'Periode',
      'Telefon',
    ]);
  });

  it('restores the channel from the URL and shows back office without contacts as empty', async () => {
    renderPage({}, '/effektivisering?kanal=backoffice');
    expect(await screen.findByRole('combobox', { name: 'Kanal' })).toHaveValue('backoffice');
    const perHour = await screen.findByTestId('efficiency-contacts-per-hour');
    await waitFor(() => expect(perHour).toHaveAttribute('data-status', 'empty'));
    expect(perHour).toHaveTextContent(
      'Der er ingen henvendelser pr. personaletime for de valgte kanaler i perioden.',
    );
    await readyCard('efficiency-staff-hours');
  });

  it('compares with the same period a year earlier, laid on the same months', async () => {
    const { calls } = renderPage();
    await readyCard('efficiency-staff-hours');
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Sammenlign med samme periode året før' }),
    );
    expect(new URLSearchParams(window.location.search).get('sammenlign')).toBe('1');
    await waitFor(() =>
      expect(calls).toContainEqual({
        field: 'efficiency',
        variables: {
          municipalityCode: '0169',
          from: '2024-11-01',
          to: '2025-10-31',
          grain: 'MONTH',
        },
        authorization: `Bearer ${FAKE_TOKEN}`,
      }),
    );
    const hours = await readyCard('efficiency-staff-hours');
    await waitFor(() =>
      expect(hours).toHaveTextContent('De stiplede linjer viser samme periode året før.'),
    );
    const table = cardTable(hours);
    expect(headers(table)).toEqual([
      'Periode',
      'Fremmøde',
      'Fremmøde, året før',
      'Telefon',
      'Telefon, året før',
      'Backoffice',
      'Backoffice, året før',
    ]);
    const october = row(table, 'oktober 2026');
    expect(october.getByText('460')).toBeInTheDocument();
    expect(october.getByText('450')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(13);
  });

  it('uses quarters for the whole history', async () => {
    const { calls } = renderPage({}, '/effektivisering?periode=all');
    const hours = await readyCard('efficiency-staff-hours');
    expect(calls).toContainEqual({
      field: 'efficiency',
      variables: {
        municipalityCode: '0169',
        from: '2017-01-01',
        to: '2026-10-31',
        grain: 'QUARTER',
      },
      authorization: `Bearer ${FAKE_TOKEN}`,
    });
    const table = cardTable(hours);
    expect(within(table).getByRole('rowheader', { name: '1. kvt. 2017' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: '4. kvt. 2026' })).toBeInTheDocument();
  });

  it('shows loading, the Danish error state and recovers on retry', async () => {
    let fail = true;
    renderPage({
      efficiency: (variables: Record<string, unknown>) =>
        fail ? new Error('Rota not loaded') : efficiencyFixture(variables),
    });
    const summary = await screen.findByTestId('efficiency-summary');
    expect(summary).toHaveAttribute('data-status', 'loading');
    const alert = await within(summary).findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes. Prøv igen om lidt.');
    expect(alert).toHaveTextContent('Teknisk besked: Rota not loaded');
    fail = false;
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    });
    await readyCard('efficiency-summary');
    await readyCard('efficiency-staff-hours');
  });

  it('speaks English on the toggle, the assumptions included', async () => {
    renderPage();
    await readyCard('efficiency-summary');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { name: 'Staff hours per channel' })).toBeInTheDocument();
    expect(screen.getByTestId('efficiency-summary')).toHaveTextContent(
      'FTE and staff cost are converted from the staff hours at 1,628 hours and DKK 400,000 per FTE a year.',
    );
    expect(screen.getByRole('combobox', { name: 'Channel' })).toHaveDisplayValue('All channels');
  });

  it('shows empty states without staff hours', async () => {
    renderPage({
      efficiency: (variables: Record<string, unknown>) => ({
        ...efficiencyFixture(variables),
        series: [],
        totals: [],
      }),
    });
    const summary = await screen.findByTestId('efficiency-summary');
    await waitFor(() => expect(summary).toHaveAttribute('data-status', 'empty'));
    expect(summary).toHaveTextContent(
      'Der er ingen personaletimer for de valgte kanaler i perioden.',
    );
    await waitFor(() =>
      expect(screen.getByTestId('efficiency-staff-hours')).toHaveAttribute('data-status', 'empty'),
    );
  });
});
