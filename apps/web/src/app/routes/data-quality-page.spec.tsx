import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FAKE_TOKEN, signInForTest, type FakeApiOptions } from '../../testing/fake-api';
import { fixtureDataQuality, fixtureEmptyDataQuality } from '../../testing/fixtures/data-quality';
import { cardTable, readyCard, renderRoute, setUpRouteTests } from '../../testing/render-route';

const renderPage = (options: FakeApiOptions = {}, url = '/datakvalitet') =>
  renderRoute(url, { dataQuality: fixtureDataQuality, ...options }).calls;

setUpRouteTests('admin');

describe('DataQualityPage', () => {
  it('shows freshness per source in words, for the chosen municipality', async () => {
    const calls = renderPage();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Datakvalitet' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/her vælges ingen periode/)).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Kommune' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Periode' })).toBeNull();

    const freshness = await readyCard('data-quality-freshness');
    const items = within(freshness).getAllByRole('listitem');
    const line = (name: RegExp) => items.find((item) => name.test(item.textContent ?? ''));
    expect(line(/^.?Tidsbestillinger \(bookings\)/)).toHaveTextContent(
      'Tidsbestillinger (bookings): Opdateret',
    );
    expect(line(/Tidsbestillinger/)).toHaveTextContent(
      'Data til og med 27. nov. 2026 · 2 dage bagud',
    );
    expect(line(/Opkald \(calls\)/)).toHaveTextContent('Opkald (calls): Forældet');
    expect(line(/Fremmøder \(visits\)/)).toHaveTextContent('Fremmøder (visits): Lidt bagud');
    // Population comes once a year, so 333 days behind is not late.
    expect(line(/Befolkning/)).toHaveTextContent('Befolkning (population): Opdateret');
    expect(line(/Tider i kalenderen/)).toHaveTextContent('Ingen data endnu');
    expect(line(/Tider i kalenderen/)).toHaveTextContent('Aldrig indlæst');

    const table = cardTable(freshness);
    expect(table).toHaveAccessibleName('Friskhed pr. kilde, målt mod 29. nov. 2026');
    const calls41 = within(table).getByRole('rowheader', { name: 'Opkald (calls)' }).closest('tr');
    expect(within(calls41 as HTMLElement).getByText('41')).toBeInTheDocument();

    expect(calls).toContainEqual({
      field: 'dataQuality',
      variables: { municipalityCode: '0169' },
      authorization: `Bearer ${FAKE_TOKEN}`,
    });
  });

  it('shows loads with rows in = loaded + quarantined + duplicates + skipped', async () => {
    renderPage();
    const loads = await readyCard('data-quality-loads');
    expect(
      within(loads).getByText(
        '120.358 rækker ind: 120.345 indlæst, 3 i karantæne, 10 dubletter, 0 sprunget over',
      ),
    ).toBeInTheDocument();
    expect(
      // Followed by its rejected file in the same line.
      within(loads).getByText(
        /^98\.042 rækker ind: 98\.000 indlæst, 2 i karantæne, 0 dubletter, 40 sprunget over ·/,
      ),
    ).toBeInTheDocument();
    expect(within(loads).getByText(/1 filer afvist helt/)).toBeInTheDocument();
    // A kind never loaded has no bar.
    const bars = within(loads).getByRole('list', {
      name: 'Indlæste, karantænesatte og oversprungne rækker pr. kilde.',
    });
    expect(within(bars).queryByText(/Tider i kalenderen/)).toBeNull();
    const table = cardTable(loads);
    const bookings = within(table).getByRole('rowheader', { name: 'Tidsbestillinger (bookings)' });
    expect(within(bookings.closest('tr') as HTMLElement).getByText('41.355')).toBeInTheDocument();
    expect(within(loads).getByRole('button', { name: /Hent CSV/ })).toBeInTheDocument();
  });

  it('groups quarantined rows by file and reason, and lists unmapped labels', async () => {
    renderPage();
    const quarantine = await readyCard('data-quality-quarantine');
    expect(
      within(quarantine).getByText('frontdesk-2026-11-20.csv', { selector: 'strong' }),
    ).toBeInTheDocument();
    expect(
      within(quarantine).getByText('Kolonne »CreatedAt«: not a date-time. Rækker: 17, 118'),
    ).toBeInTheDocument();
    expect(
      within(quarantine).getByText('ended before it was called. Rækker: 240'),
    ).toBeInTheDocument();
    expect(within(cardTable(quarantine)).getAllByRole('row')).toHaveLength(1 + 3);

    const unmapped = await readyCard('data-quality-unmapped');
    expect(
      within(unmapped).getByText('Pas - hasteudstedelse', { selector: 'strong' }),
    ).toBeInTheDocument();
    expect(
      within(unmapped).getByText(
        'service i Fremmøder (visits) · 412 rækker · sidst set 21. nov. 2026',
      ),
    ).toBeInTheDocument();
  });

  it('refetches for another municipality and keeps it in the URL', async () => {
    const calls = renderPage();
    const municipality = await screen.findByRole('combobox', { name: 'Kommune' });
    fireEvent.change(municipality, { target: { value: '0183' } });
    expect(new URLSearchParams(window.location.search).get('kommune')).toBe('0183');
    await waitFor(() =>
      expect(calls).toContainEqual({
        field: 'dataQuality',
        variables: { municipalityCode: '0183' },
        authorization: `Bearer ${FAKE_TOKEN}`,
      }),
    );
  });

  it('shows empty states when nothing was loaded', async () => {
    renderPage({ dataQuality: fixtureEmptyDataQuality });
    // Every kind is still listed, as "no data yet".
    const freshness = await readyCard('data-quality-freshness');
    expect(within(freshness).getAllByText(/: Ingen data endnu/)).toHaveLength(3);
    expect(
      await within(await screen.findByTestId('data-quality-loads')).findByText(
        'Der er ikke indlæst nogen filer endnu.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Ingen rækker er sat i karantæne.')).toBeInTheDocument();
    expect(screen.getByText('Alle betegnelser er kendt.')).toBeInTheDocument();
  });

  it('shows the loading and error states, and recovers on retry', async () => {
    let fail = true;
    renderPage({
      dataQuality: () => (fail ? new Error('Database unavailable') : fixtureDataQuality),
    });
    const loads = await screen.findByTestId('data-quality-loads');
    expect(loads).toHaveAttribute('data-status', 'loading');
    const alert = await within(loads).findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes. Prøv igen om lidt.');
    fail = false;
    await act(async () => {
      fireEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    });
    await readyCard('data-quality-loads');
  });

  it('is not offered to other roles', async () => {
    signInForTest('director');
    renderPage();
    expect(await screen.findByRole('navigation')).not.toHaveTextContent('Datakvalitet');
  });
});
