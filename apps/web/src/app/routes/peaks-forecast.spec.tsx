import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FAKE_TOKEN, type FakeApiOptions } from '../../testing/fake-api';
import {
  forecastAnswer,
  staffingNeedAnswer,
  staffingNeedWithoutRota,
} from '../../testing/fixtures/forecast';
import { peaksAnswer } from '../../testing/fixtures/peaks';
import { cardTable, readyCard, renderRoute, setUpRouteTests } from '../../testing/render-route';

/** Spidsbelastning's "De næste 8 uger" part; peaks-page.spec.tsx covers the rest of the view. */
const renderPage = (options: FakeApiOptions = {}, url = '/spidsbelastning') =>
  renderRoute(url, {
    peaks: peaksAnswer,
    forecast: forecastAnswer,
    staffingNeed: staffingNeedAnswer,
    ...options,
  });

setUpRouteTests('centre_manager');

describe('PeaksPage: the next 8 weeks', () => {
  it('shows the daily forecast with its bands and the booked load, in Danish', async () => {
    const { calls } = renderPage();
    // The first render loads the lazy page's code: on a busy machine that can take a while.
    await screen.findByTestId('forecast-daily', {}, { timeout: 10_000 });
    const daily = await readyCard('forecast-daily');
    const section = screen.getByRole('region', { name: 'De næste 8 uger' });
    expect(
      within(section).getByText(/Prognose fra den sidste dag med data \(31\. okt\. 2026\)/),
    ).toBeInTheDocument();

    expect(
      within(daily).getByRole('heading', { name: 'Prognose pr. dag: Fremmøde uden tid' }),
    ).toBeInTheDocument();
    expect(daily).toHaveTextContent('fra 1. nov. 2026 til 26. dec. 2026');
    expect(
      within(daily).getByRole('img', { name: /Linjediagram: prognose pr. dag/ }),
    ).toBeVisible();
    // The legend names the lines and both bands, the booked load dashed.
    const legend = within(daily).getByRole('list');
    expect(legend).toHaveTextContent('Forventet');
    expect(legend).toHaveTextContent('Bookede besøg (forventet fremmøde)');
    expect(legend).toHaveTextContent('95 %-interval');
    expect(legend).toHaveTextContent('80 %-interval');
    expect(daily).toHaveTextContent('Udeblivelser regnet med: 5,0 %.');

    const table = cardTable(daily);
    expect(table).toHaveAccessibleName(
      'Prognose pr. dag, Fremmøde uden tid, 1. nov. 2026 – 26. dec. 2026',
    );
    // A header row and one row per day, closed days marked and without figures.
    expect(within(table).getAllByRole('row')).toHaveLength(57);
    const monday = within(table).getByRole('rowheader', { name: '2. nov. 2026' }).closest('tr')!;
    expect(monday).toHaveTextContent('Mandag');
    expect(monday).toHaveTextContent('Ja120,5108,5132,696,4144,638');
    const christmas = within(table)
      .getByRole('rowheader', { name: '24. dec. 2026' })
      .closest('tr')!;
    expect(christmas).toHaveTextContent('Torsdag' + 'Nej' + '–'.repeat(6));
    expect(within(daily).getByRole('button', { name: /Hent CSV/ })).toBeInTheDocument();
    expect(within(daily).getByRole('button', { name: /Hent Excel \(XLSX\)/ })).toBeInTheDocument();

    expect(calls).toContainEqual({
      field: 'forecast',
      variables: { municipalityCode: '0169', weeks: 8 },
      authorization: `Bearer ${FAKE_TOKEN}`,
    });
  });

  it('shows the weekday × hour heatmap of every visitor, walk-ins and booked in its table', async () => {
    renderPage();
    const heatmap = await readyCard('forecast-heatmap');
    expect(
      within(heatmap).getByRole('heading', {
        name: 'Prognose pr. ugedag og time: Fremmøde i alt',
      }),
    ).toBeInTheDocument();
    const grid = within(heatmap).getByRole('table', {
      name: 'Prognose pr. åbningsdag, Fremmøde i alt, 1. nov. 2026 – 26. dec. 2026',
    });
    // 11.5 walk-ins and 3 booked at Monday 10.00.
    const peak = grid.querySelector('td[data-weekday="1"][data-hour="10"]');
    expect(peak).toHaveTextContent('14,5');
    expect(grid.querySelectorAll('td[data-value]')).toHaveLength(5 * 7);
    expect(within(grid).getByRole('rowheader', { name: 'Mandag' })).toBeInTheDocument();

    const table = cardTable(heatmap);
    const row = within(table).getAllByRole('row')[3]!;
    expect(row).toHaveTextContent('Mandag10.0014,511,53');
    expect(within(table).getByRole('columnheader', { name: 'Heraf uden tid' })).toBeInTheDocument();
  });

  it('sets the staff needed against the rota, short and over in words, and says where it ends', async () => {
    const { calls } = renderPage();
    const staffing = await readyCard('staffing-need');
    expect(staffing).toHaveTextContent('Telefon efter Erlang A med en behandlingstid på 4,2 min.');
    expect(staffing).toHaveTextContent('tålmodighed i køen på 1,5 min.');
    expect(staffing).toHaveTextContent(
      'Vagtplanen dækker 8 af 56 dage; dage uden vagtplan har ingen difference.',
    );
    const summary = within(staffing).getAllByRole('listitem');
    expect(summary[0]).toHaveTextContent(
      'Telefon: 3,5 t for lidt på 1 dag, 0 t for meget på 0 dage.',
    );
    expect(summary[1]).toHaveTextContent(
      'Skranke: 0 t for lidt på 0 dage, 1 t for meget på 1 dag.',
    );

    const table = cardTable(staffing);
    const monday = within(table).getByRole('rowheader', { name: '2. nov. 2026' }).closest('tr')!;
    expect(monday).toHaveTextContent('4036,5-3,5mangler 3,5 t6');
    expect(monday).toHaveTextContent('303111 t for meget4');
    const tuesday = within(table).getByRole('rowheader', { name: '3. nov. 2026' }).closest('tr')!;
    expect(tuesday).toHaveTextContent('passer');
    const later = within(table).getByRole('rowheader', { name: '10. nov. 2026' }).closest('tr')!;
    expect(later).toHaveTextContent('40––ingen vagtplan');
    expect(later).not.toHaveTextContent('mangler');

    expect(calls).toContainEqual({
      field: 'staffingNeed',
      variables: { municipalityCode: '0169', weeks: 8 },
      authorization: `Bearer ${FAKE_TOKEN}`,
    });
  });

  it('says honestly when no rota is loaded for the period, rather than short everywhere', async () => {
    renderPage({ staffingNeed: staffingNeedWithoutRota });
    const staffing = await readyCard('staffing-need');
    expect(within(staffing).getByRole('note')).toHaveTextContent(
      'Ingen vagtplan indlæst for perioden',
    );
    expect(staffing).not.toHaveTextContent('t for lidt');
    const table = cardTable(staffing);
    expect(within(table).queryByText(/mangler/)).toBeNull();
    expect(within(table).getAllByText('ingen vagtplan').length).toBeGreaterThan(0);
  });

  it('follows the channel filter: calls without a booked line, appointments with those booked', async () => {
    renderPage();
    await readyCard('forecast-daily');
    fireEvent.change(screen.getByRole('combobox', { name: 'Kanal' }), {
      target: { value: 'telefon' },
    });
    const daily = await readyCard('forecast-daily');
    expect(
      within(daily).getByRole('heading', { name: 'Prognose pr. dag: Opkald' }),
    ).toBeInTheDocument();
    expect(within(daily).getByRole('list')).not.toHaveTextContent('Bookede besøg');
    expect(
      (await readyCard('forecast-heatmap')).querySelector('td[data-weekday="1"][data-hour="10"]'),
    ).toHaveTextContent('30');

    fireEvent.change(screen.getByRole('combobox', { name: 'Kanal' }), {
      target: { value: 'tidsbestilling' },
    });
    await waitFor(() =>
      expect(screen.getByTestId('forecast-daily')).toHaveTextContent(
        'Prognose pr. dag: Bookede besøg',
      ),
    );
    expect(within(screen.getByTestId('forecast-daily')).getByRole('list')).toHaveTextContent(
      'Allerede booket',
    );
  });

  it('says the forecast is the whole municipality when a site is selected', async () => {
    renderPage({}, '/spidsbelastning?kommune=0169&sted=bibliotek');
    await readyCard('forecast-daily');
    expect(
      screen.getByText('Prognosen gælder hele kommunen, også når et sted er valgt.'),
    ).toBeInTheDocument();
  });

  it('shows loading, error with retry and empty states', async () => {
    let answer: unknown = new Error('Model did not converge');
    renderPage({ forecast: () => answer });
    const daily = await screen.findByTestId('forecast-daily');
    expect(daily).toHaveAttribute('data-status', 'loading');
    const alert = await within(daily).findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes. Prøv igen om lidt.');
    expect(alert).toHaveTextContent('Model did not converge');
    expect(screen.getByTestId('forecast-heatmap')).toHaveAttribute('data-status', 'error');
    // The staffing need is its own query: it still shows.
    expect(await readyCard('staffing-need')).toBeInTheDocument();

    answer = {
      ...forecastAnswer,
      channels: forecastAnswer.channels.map((channel) => ({
        ...channel,
        days: channel.days.map((day) => ({ ...day, isOpen: false, expected: 0 })),
        heatmap: [],
      })),
    };
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    });
    expect(
      await within(daily).findByText('Der er ingen åbningsdage i prognoseperioden.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('forecast-heatmap')).toHaveTextContent(
      'Prognosen venter ingen henvendelser i perioden.',
    );
  });

  it('switches to English', async () => {
    renderPage({ staffingNeed: staffingNeedWithoutRota });
    await readyCard('staffing-need');
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('region', { name: 'The next 8 weeks' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Forecast per day: Walk-ins' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Forecast by weekday and hour: All visits in person' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('staffing-need')).toHaveTextContent('No rota loaded for the period');
    expect(screen.getByTestId('forecast-daily')).toHaveTextContent(
      'from 1 Nov 2026 to 26 Dec 2026',
    );
  });
});
