import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { type FakeApiOptions } from '../../testing/fake-api';
import { fixtureChanceQueue } from '../../testing/fixtures/chance-queue';
import {
  fixtureBookingAnnotations,
  fixtureEvaluation,
  fixtureEvaluations,
} from '../../testing/fixtures/evaluations';
import { renderRoute, setUpRouteTests } from '../../testing/render-route';

const BOOKING_FIELDS: FakeApiOptions = {
  evaluations: fixtureEvaluations,
  evaluation: fixtureEvaluation,
  chanceQueue: fixtureChanceQueue,
  annotations: fixtureBookingAnnotations,
};

const renderPage = (options: FakeApiOptions = {}, url = '/tidsbestilling') =>
  renderRoute(url, { ...BOOKING_FIELDS, ...options });

const card = (testId: string) => screen.findByTestId(testId);
const search = () => new URLSearchParams(window.location.search);
const variablesOf = (calls: { field: string; variables: unknown }[], field: string) =>
  calls.filter((call) => call.field === field).map((call) => call.variables);

setUpRouteTests();

describe('BookingPage', () => {
  it('tells what was found in plain Danish, with a note where nothing certain changed', async () => {
    renderPage();
    const findings = await card('evaluation-findings');
    await within(findings).findByText('Fremmøder faldt med 12 % (95 %-KI 9,3–14 %).');
    expect(
      within(findings).getByText('Fremmøder uden tid faldt med 85 % (95 %-KI 82–87 %).'),
    ).toBeInTheDocument();
    const noShow = within(findings)
      .getAllByText(/^Udeblivelser fra bestilte tider: ingen sikker ændring/)
      .map((element) => element.closest('li'))
      .find((item) => item !== null) as HTMLElement;
    expect(within(noShow).getByText('Ingen sikker ændring')).toBeInTheDocument();
    expect(within(findings).getAllByText('Sikker ændring')).toHaveLength(3);
    expect(within(findings).getByText(/Et 95 %-konfidensinterval \(KI\) er/)).toBeInTheDocument();
    expect(findings).toHaveAttribute('data-status', 'ready');

    // The table alternative: change and interval per measure, in per cent.
    const table = within(findings).getByRole('table', {
      name: 'Resultater af evalueringerne af tidsbestilling',
    });
    const row = within(table).getByRole('rowheader', { name: 'Fremmøder' }).closest('tr');
    expect(within(row as HTMLElement).getByText('-11,7')).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText('Ja')).toBeInTheDocument();
  });

  it('opens the visits evaluation by default: observed, counterfactual, band and go-live', async () => {
    const { calls } = renderPage();
    const chart = await card('evaluation-counterfactual');
    await waitFor(() => expect(chart).toHaveAttribute('data-status', 'ready'));

    expect(screen.getByRole('combobox', { name: 'Evaluering' })).toHaveValue(
      'tidsbestilling-fremmoeder',
    );
    expect(variablesOf(calls, 'evaluation')).toEqual([
      { id: 'tidsbestilling-fremmoeder', municipalityCode: '0169' },
    ]);
    expect(variablesOf(calls, 'evaluations')).toContainEqual({ municipalityCode: '0169' });
    expect(variablesOf(calls, 'annotations')).toContainEqual({
      municipalityCode: '0169',
      from: '2020-01-01',
      to: '2021-12-31',
    });
    expect(
      within(chart).getByRole('heading', {
        name: 'Fremmøder: observeret og forventet uden tidsbestilling',
      }),
    ).toBeInTheDocument();
    expect(within(chart).getByText(/uden tidsbestilling fra 1\. dec\. 2020/)).toHaveTextContent(
      'Tallene er antal pr. måned.',
    );
    // Both estimates in words; the slope change is flagged as uncertain.
    expect(within(chart).getByText(/ændring i trend pr\. måned/)).toHaveTextContent(
      'så der er ingen sikker ændring',
    );
    // Legend tells the counterfactual by its dash, and names the band.
    expect(
      within(chart)
        .getByText('Forventet uden tidsbestilling', { selector: 'li' })
        .querySelector('line'),
    ).toHaveAttribute('stroke-dasharray', '6 4');
    expect(
      within(chart).getByText('95 %-usikkerhedsbånd for det forventede', { selector: 'li' }),
    ).toBeInTheDocument();
    // The go-live and the closure are drawn on the time axis.
    await waitFor(() =>
      expect(chart.querySelectorAll('.recharts-line-curve').length).toBeGreaterThan(0),
    );
    expect(within(chart).getByText('Obligatorisk tidsbestilling går i luften')).toBeInTheDocument();
    expect(within(chart).getByText('Covid-19-nedlukning')).toBeInTheDocument();

    // The table alternative, month by month, with the left-out months marked.
    const table = within(chart).getByRole('table', {
      name: 'Fremmøder pr. måned: observeret og forventet uden tidsbestilling',
    });
    const december = within(table).getByRole('rowheader', { name: 'december 2020' }).closest('tr');
    expect(within(december as HTMLElement).getByText('2.112')).toBeInTheDocument();
    expect(within(december as HTMLElement).getByText('2.400')).toBeInTheDocument();
    expect(within(december as HTMLElement).getByText('2.280')).toBeInTheDocument();
    const april = within(table).getByRole('rowheader', { name: 'april 2020' }).closest('tr');
    expect(within(april as HTMLElement).getByText('Udeladt')).toBeInTheDocument();
    expect(within(chart).getByRole('button', { name: /Hent CSV/ })).toBeInTheDocument();

    // Cumulative difference since go-live: 13 months × (2112 − 2400).
    const cumulative = await card('evaluation-cumulative');
    expect(cumulative).toHaveAttribute('data-status', 'ready');
    expect(
      within(cumulative).getByText(/Til og med december 2021: -3\.744 \(Fremmøder\)/),
    ).toBeInTheDocument();
  });

  it('keeps the chosen evaluation in the URL and fetches it', async () => {
    const { calls } = renderPage();
    const select = await screen.findByRole('combobox', { name: 'Evaluering' });
    expect(
      within(select).getByRole('option', { name: 'Obligatorisk tidsbestilling: Skranketimer' }),
    ).toBeInTheDocument();

    fireEvent.change(select, { target: { value: 'tidsbestilling-uden-tid' } });

    expect(search().get('evaluering')).toBe('tidsbestilling-uden-tid');
    await waitFor(() =>
      expect(variablesOf(calls, 'evaluation')).toContainEqual({
        id: 'tidsbestilling-uden-tid',
        municipalityCode: '0169',
      }),
    );
    const chart = await card('evaluation-counterfactual');
    expect(
      await within(chart).findByRole('heading', {
        name: 'Fremmøder uden tid: observeret og forventet uden tidsbestilling',
      }),
    ).toBeInTheDocument();
    // Its residuals are autocorrelated: say the interval is too narrow.
    expect(within(chart).getByText(/intervallerne er formentlig for smalle/)).toBeInTheDocument();
  });

  it('shows FTE and DKK against the target, the status in words and the payback month', async () => {
    renderPage({}, '/tidsbestilling?evaluering=tidsbestilling-skranketimer');
    const efficiency = await card('evaluation-efficiency');
    await waitFor(() => expect(efficiency).toHaveAttribute('data-status', 'ready'));
    expect(screen.getByRole('combobox', { name: 'Evaluering' })).toHaveValue(
      'tidsbestilling-skranketimer',
    );
    expect(within(efficiency).getByText('Bagud', { selector: 'strong' })).toBeInTheDocument();
    expect(
      await within(await card('evaluation-counterfactual')).findByText(
        /Tallene er timer pr\. åbningsdag\./,
      ),
    ).toBeInTheDocument();
    expect(
      within(efficiency).getByText(
        'Besparelsen er bagud: 390.000 kr. sparet mod 433.333 kr. budgetteret til og med december 2021.',
      ),
    ).toBeInTheDocument();
    expect(
      within(efficiency).getByText(
        'Omregnet til et helt år spares 1,14 årsværk (95 %-KI 1,04–1,23), ca. 455.000 kr. om året.',
      ),
    ).toBeInTheDocument();
    expect(
      within(efficiency).getByText('Investeringen på 300.000 kr. var tjent hjem i september 2021.'),
    ).toBeInTheDocument();
    expect(
      within(efficiency).getByText(
        'Målet i budgettet er 1 årsværk (400.000 kr. om året) fra 1. jan. 2021.',
      ),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(efficiency.querySelectorAll('.recharts-line-curve').length).toBeGreaterThan(0),
    );
    const table = within(efficiency).getByRole('table', {
      name: 'Obligatorisk tidsbestilling: årsværk og kroner sparet pr. måned mod målet',
    });
    const december = within(table).getByRole('rowheader', { name: 'december 2021' }).closest('tr');
    expect(within(december as HTMLElement).getByText('390.000')).toBeInTheDocument();
    expect(within(december as HTMLElement).getByText('Bagud')).toBeInTheDocument();
  });

  it('shows the chance queue for the period: grid, sentences and the assumptions verbatim', async () => {
    const { calls } = renderPage();
    const grid = await card('chance-queue-grid');
    const gridTable = await within(grid).findByRole('table', {
      name: /Borgere uden tid, der kunne betjenes i ledige tider, pr\. dag med tider/,
    });
    const cell = within(gridTable).getByText('3,3');
    expect(cell).toHaveAttribute('data-value', '3.25');
    expect(within(gridTable).getByRole('rowheader', { name: 'Mandag' })).toBeInTheDocument();
    expect(within(gridTable).getByRole('columnheader', { name: '09.00' })).toBeInTheDocument();
    expect(within(grid).getByText(/Hver borger regnes til 15 minutter/)).toBeInTheDocument();
    expect(variablesOf(calls, 'chanceQueue')).toEqual([
      { municipalityCode: '0169', from: '2025-11-01', to: '2026-10-31' },
    ]);

    const totals = await card('chance-queue-totals');
    expect(
      within(totals).getByText(
        'En chancekø kunne have betjent ca. 3.500 af 4.200 borgere uden tid i ledige tider på de 240 dage med tider i kalenderen.',
      ),
    ).toBeInTheDocument();
    expect(
      within(totals).getByText(/870 medarbejdertimer, der allerede er betalt/),
    ).toBeInTheDocument();
    const assumptions = within(totals).getByTestId('chance-queue-assumptions');
    expect(
      within(assumptions)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(fixtureChanceQueue.assumptions.map((a) => a.da));
    expect(within(totals).getByRole('table', { name: /Chancekø i alt/ })).toBeInTheDocument();
  });

  it('re-queries the chance queue with the settings typed in, and keeps them in the URL', async () => {
    const { calls } = renderPage();
    await card('chance-queue-grid');
    fireEvent.change(screen.getByLabelText('Minutter pr. borger uden tid'), {
      target: { value: '20' },
    });
    fireEvent.change(screen.getByLabelText('Andel af udeblivelsestider, der kan bruges (%)'), {
      target: { value: '25' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Beregn igen' }));

    expect(search().get('minutter')).toBe('20');
    expect(search().get('udeblivelser')).toBe('25');
    await waitFor(() =>
      expect(variablesOf(calls, 'chanceQueue')).toContainEqual({
        municipalityCode: '0169',
        from: '2025-11-01',
        to: '2026-10-31',
        minutesPerWalkIn: 20,
        noShowShareUsable: 0.25,
      }),
    );

    // An impossible value is refused with a message, not sent.
    fireEvent.change(screen.getByLabelText('Minutter pr. borger uden tid'), {
      target: { value: '500' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Beregn igen' }));
    expect(await screen.findByText(/Minutter skal være mellem 1 og 240/)).toBeInTheDocument();
    expect(search().get('minutter')).toBe('20');
  });

  it('restores the chance-queue settings and the period from the URL', async () => {
    const { calls } = renderPage({}, '/tidsbestilling?periode=2025&minutter=12&udeblivelser=0');
    await card('chance-queue-grid');
    expect(screen.getByLabelText('Minutter pr. borger uden tid')).toHaveValue(12);
    await waitFor(() =>
      expect(variablesOf(calls, 'chanceQueue')).toContainEqual({
        municipalityCode: '0169',
        from: '2025-01-01',
        to: '2025-12-31',
        minutesPerWalkIn: 12,
        noShowShareUsable: 0,
      }),
    );
  });

  it('changes the period for the chance queue', async () => {
    const { calls } = renderPage();
    fireEvent.change(await screen.findByRole('combobox', { name: 'Periode' }), {
      target: { value: '2024' },
    });
    expect(search().get('periode')).toBe('2024');
    await waitFor(() =>
      expect(variablesOf(calls, 'chanceQueue')).toContainEqual({
        municipalityCode: '0169',
        from: '2024-01-01',
        to: '2024-12-31',
      }),
    );
  });

  it('shows loading first, then the texts in English', async () => {
    renderPage();
    expect(await card('evaluation-findings')).toHaveAttribute('data-status', 'loading');
    const findings = await card('evaluation-findings');
    await within(findings).findByText('Fremmøder faldt med 12 % (95 %-KI 9,3–14 %).');

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(within(findings).getByText('Visits fell by 12% (95% CI 9.3–14%).')).toBeInTheDocument();
    expect(within(findings).getAllByText('No clear change').length).toBeGreaterThan(0);
    const totals = await card('chance-queue-totals');
    expect(
      within(totals).getByText(/A chance queue could have served about 3,500 of 4,200 walk-ins/),
    ).toBeInTheDocument();
    expect(within(totals).getByText(fixtureChanceQueue.assumptions[0]!.en)).toBeInTheDocument();
  });

  it('shows error states per card, and recovers on retry', async () => {
    let fail = true;
    renderPage({
      evaluations: () => (fail ? new Error('Evaluation store unavailable') : fixtureEvaluations),
      chanceQueue: new Error('Calendar unavailable'),
    });
    const findings = await card('evaluation-findings');
    const alert = await within(findings).findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes. Prøv igen om lidt.');
    expect(alert).toHaveTextContent('Evaluation store unavailable');
    expect(screen.queryByTestId('evaluation-counterfactual')).toBeNull();
    expect(
      await within(await card('evaluation-efficiency')).findByRole('alert'),
    ).toBeInTheDocument();
    expect(await within(await card('chance-queue-grid')).findByRole('alert')).toHaveTextContent(
      'Calendar unavailable',
    );
    expect(await within(await card('chance-queue-totals')).findByRole('alert')).toBeInTheDocument();

    fail = false;
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    });
    expect(
      await within(findings).findByText('Fremmøder faldt med 12 % (95 %-KI 9,3–14 %).'),
    ).toBeInTheDocument();
    await waitFor(async () =>
      expect(await card('evaluation-counterfactual')).toHaveAttribute('data-status', 'ready'),
    );
  });

  it('shows empty states without evaluations or calendar', async () => {
    renderPage({
      evaluations: [],
      chanceQueue: {
        ...fixtureChanceQueue,
        cells: [],
        totals: { ...fixtureChanceQueue.totals, openingDays: 0, walkIns: 0, walkInsServable: 0 },
      },
    });
    expect(
      await within(await card('evaluation-findings')).findByText(
        'Der er ikke gemt nogen evalueringer for kommunen.',
      ),
    ).toBeInTheDocument();
    expect(
      await within(await card('evaluation-efficiency')).findByText(
        /Ingen af evalueringerne måler medarbejdertimer/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('evaluation-counterfactual')).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Evaluering' })).toBeNull();
    expect(
      await within(await card('chance-queue-grid')).findByText(
        'Bookingkalenderen udbød ingen tider i den valgte periode.',
      ),
    ).toBeInTheDocument();
  });

  it('shows an evaluation the model could not fit as empty, with the reason', async () => {
    const [first] = fixtureEvaluations;
    const unfitted = {
      ...first!,
      id: 'tidsbestilling-fremmoeder',
      metric: { kpiId: 'visits', channelCodes: null, serviceCodes: null, ageBands: null },
      error: 'too few periods before the intervention',
      headline: null,
      estimates: [],
      series: [],
    };
    renderPage({ evaluations: [unfitted], evaluation: unfitted });
    const chart = await card('evaluation-counterfactual');
    expect(
      await within(chart).findByText(
        'kunne ikke beregnes (too few periods before the intervention)',
      ),
    ).toBeInTheDocument();
    expect(chart).toHaveAttribute('data-status', 'empty');
  });
});
