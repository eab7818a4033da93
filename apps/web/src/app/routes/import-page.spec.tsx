import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { signInForTest, type FakeApiCall } from '../../testing/fake-api';
import {
  fixtureCallsSheet,
  fixtureDryRun,
  fixtureFinishedJob,
  fixtureProposal,
  fixtureRunningJob,
  fixtureSavedMapping,
  fixtureServiceCatalogue,
} from '../../testing/fixtures/mapping-assistant';
import { renderRoute, setUpRouteTests } from '../../testing/render-route';

setUpRouteTests('admin');

type Variables = Record<string, unknown>;

/** The fake API of the assistant: the saved mapping appears once saved; the load runs one poll. */
function renderPage() {
  let saved = false;
  let polls = 0;
  const { calls } = renderRoute('/indlaesning', {
    proposeMapping: fixtureProposal,
    dryRunImport: fixtureDryRun,
    saveMapping: () => {
      saved = true;
      return fixtureSavedMapping;
    },
    savedMappings: () => (saved ? [fixtureSavedMapping] : []),
    startImport: fixtureRunningJob,
    importJob: () => ((polls += 1) === 1 ? fixtureRunningJob : fixtureFinishedJob),
    serviceCatalogue: fixtureServiceCatalogue,
    mapServiceLabel: { factsRekeyed: 640 },
  });
  return calls;
}

const variablesOf = (calls: FakeApiCall[], field: string): Variables[] =>
  calls.filter((call) => call.field === field).map((call) => call.variables);

async function uploadSheet(calls: FakeApiCall[]): Promise<void> {
  fireEvent.change(await screen.findByRole('combobox', { name: 'Slags data' }), {
    target: { value: 'calls' },
  });
  const file = new File([fixtureCallsSheet], 'opkald-marts.csv', { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('Fil (CSV eller XLSX, højst 10 MB)'), {
    target: { files: [file] },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Læs filen' }));
  await screen.findByRole('heading', { name: '3. Ret mappingen' });
  expect(variablesOf(calls, 'proposeMapping')).toEqual([
    {
      municipalityCode: '0169',
      kind: 'calls',
      fileName: 'opkald-marts.csv',
      contentBase64: Buffer.from(fixtureCallsSheet).toString('base64'),
    },
  ]);
}

const lastMapping = (calls: FakeApiCall[], field: string) =>
  JSON.parse(String(variablesOf(calls, field).at(-1)?.mappingJson)) as {
    fields: Record<string, Record<string, unknown>>;
  };

describe('ImportPage', () => {
  it('proposes a mapping as a form, dry-runs the correction and counts quarantine per reason', async () => {
    const calls = renderPage();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Indlæs en fil' }),
    ).toBeInTheDocument();
    await uploadSheet(calls);

    const detected = screen.getByRole('heading', { name: '2. Fundet i filen' })
      .parentElement as HTMLElement;
    expect(within(detected).getByText('Tegnsæt').nextSibling).toHaveTextContent('windows-1252');
    expect(within(detected).getByText('Skilletegn').nextSibling).toHaveTextContent('semikolon (;)');
    expect(within(detected).getByText('»Starttid«: dd-MM-yyyy HH:mm:ss')).toBeInTheDocument();
    expect(within(detected).getByRole('table')).toHaveTextContent('Afbrudt');

    // The form: a column select per canonical field, from the file's headers.
    const arrived = screen.getByRole('combobox', { name: 'Kolonne (arrivedAt)' });
    expect(arrived).toHaveValue('Starttid');
    expect(
      within(arrived)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['— ikke i filen —', ...fixtureProposal.header]);
    expect(screen.getByRole('combobox', { name: 'Kolonne (answeredAt)' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Format (arrivedAt)' })).toHaveValue(
      'dd-MM-yyyy HH:mm:ss',
    );
    expect(screen.getByRole('combobox', { name: 'Enhed (queueSeconds)' })).toHaveValue('s');
    expect(screen.getByRole('combobox', { name: 'Tegnsæt' })).toHaveValue('windows-1252');
    expect(
      screen.getByRole('textbox', { name: 'Tidszone (IANA, fx Europe/Copenhagen)' }),
    ).toHaveValue('Europe/Copenhagen');
    // Saving and loading wait for a dry run.
    expect(screen.getByRole('button', { name: 'Gem mapping' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Indlæs fil' })).toBeDisabled();

    // The one correction: the unknown outcome "Afbrudt" is an abandoned call.
    const afbrudt = screen.getByRole('combobox', { name: '»Afbrudt« betyder (ukendt værdi)' });
    expect(afbrudt).toHaveValue('');
    fireEvent.change(afbrudt, { target: { value: 'abandoned' } });
    fireEvent.click(screen.getByRole('button', { name: 'Prøv indlæsning' }));

    expect(
      await screen.findByText('1.523 rækker ind: 1.500 kan indlæses, 21 i karantæne, 2 dubletter'),
    ).toBeInTheDocument();
    const mapping = lastMapping(calls, 'dryRunImport');
    expect(mapping.fields.outcome).toEqual({
      column: 'Udfald',
      values: { Besvaret: 'answered', Afbrudt: 'abandoned' },
    });
    // An unmapped field is left out, as the CLI's mapping file leaves it out.
    expect(mapping.fields).not.toHaveProperty('answeredAt');
    const reasons = screen.getByRole('table', { name: 'Karantæneårsager' });
    expect(
      within(reasons)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['KolonneÅrsagRækker', 'Slutis before Starttid19', 'Udfaldunknown value "Optaget"2']);
    expect(
      screen.getByRole('table', { name: 'De første rækker, som de bliver indlæst' }),
    ).toHaveTextContent('abandoned');
    expect(screen.getByRole('button', { name: 'Gem mapping' })).toBeEnabled();

    // A change after the dry run asks for another before anything is written.
    fireEvent.change(screen.getByRole('combobox', { name: 'Kolonne (queueSeconds)' }), {
      target: { value: '' },
    });
    expect(screen.getByText(/Mappingen er ændret siden prøven/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Indlæs fil' })).toBeDisabled();
  });

  it('saves, loads with progress and the reconciliation, maps a label and downloads the mapping', async () => {
    const calls = renderPage();
    expect(await screen.findByText('Kommunen har ingen gemte mappings endnu.')).toBeInTheDocument();
    await uploadSheet(calls);
    fireEvent.click(screen.getByRole('button', { name: 'Prøv indlæsning' }));
    await screen.findByTestId('dry-run-summary');

    fireEvent.change(screen.getByRole('textbox', { name: 'Navn på mappingen' }), {
      target: { value: 'Håndført opkaldsark' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gem mapping' }));
    expect(await screen.findByText('Mappingen »Håndført opkaldsark« er gemt.')).toBeInTheDocument();
    expect(variablesOf(calls, 'saveMapping')).toEqual([
      {
        municipalityCode: '0169',
        name: 'Håndført opkaldsark',
        mappingJson: variablesOf(calls, 'dryRunImport')[0]?.mappingJson,
      },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Indlæs fil' }));
    expect(await screen.findByText('Indlæser … 400 rækker læst')).toBeInTheDocument();
    expect(await screen.findByText('Filen er indlæst.', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(variablesOf(calls, 'importJob')[0]).toEqual({ municipalityCode: '0169', id: 'job-1' });
    const reconciliation = screen.getByRole('table', { name: 'Afstemning' });
    expect(
      within(reconciliation)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['Rækker ind1.523', 'Indlæst1.500', 'I karantæne21', 'Dubletter2']);
    expect(
      screen.getByText('Rækker ind = indlæst + karantæne + dubletter: 1.523 = 1.500 + 21 + 2'),
    ).toBeInTheDocument();

    // The label the load did not know, mapped where it stands.
    const progress = screen.getByTestId('import-progress');
    fireEvent.change(
      within(progress).getByRole('combobox', { name: 'Ydelse for »Pension« (640 rækker)' }),
      { target: { value: 'pension' } },
    );
    fireEvent.click(within(progress).getByRole('button', { name: 'Kortlæg »Pension«' }));
    expect(
      await within(progress).findByText(
        '»Pension« er kortlagt til Pension; 640 indlæste rækker er opdateret.',
      ),
    ).toBeInTheDocument();
    expect(variablesOf(calls, 'mapServiceLabel')).toEqual([
      {
        municipalityCode: '0169',
        kind: 'calls',
        sourceSystem: 'haandført',
        label: 'Pension',
        serviceCode: 'pension',
      },
    ]);

    // The saved mapping downloads as the JSON file the CLI takes.
    const blobs: Blob[] = [];
    const names: string[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:mapping'),
      revokeObjectURL: () => undefined,
    });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Hent »Håndført opkaldsark« som JSON' }),
    );
    expect(names).toEqual(['haandf-rt-calls.json']);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0] as Blob);
    });
    expect(JSON.parse(text)).toEqual(JSON.parse(fixtureSavedMapping.mappingJson));
  });

  it('announces a refused upload and a missing file', async () => {
    renderRoute('/indlaesning', {
      proposeMapping: new Error('fileName must be a file name'),
      savedMappings: [],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Læs filen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vælg en fil først.');
    expect(screen.getByLabelText('Fil (CSV eller XLSX, højst 10 MB)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    fireEvent.change(screen.getByLabelText('Fil (CSV eller XLSX, højst 10 MB)'), {
      target: { files: [new File(['a;b'], 'x.csv')] },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Læs filen' }));
    });
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Det lykkedes ikke: fileName must be a file name',
      ),
    );
  });

  it('offers the granted municipalities when none has data yet (the first file)', async () => {
    const { calls } = renderRoute('/indlaesning', {
      municipalities: [],
      savedMappings: [],
      proposeMapping: fixtureProposal,
    });
    const municipality = await screen.findByRole('combobox', { name: 'Kommune (kommunekode)' });
    expect(municipality).toHaveValue('0169');
    fireEvent.change(municipality, { target: { value: '0183' } });
    await waitFor(() =>
      expect(variablesOf(calls, 'savedMappings')).toContainEqual({ municipalityCode: '0183' }),
    );
  });

  it('speaks English when asked', async () => {
    window.localStorage.setItem('kanalindsigt.language', 'en');
    renderRoute('/indlaesning', { savedMappings: [] });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Import a file' }),
    ).toBeInTheDocument();
    expect(await screen.findByLabelText('File (CSV or XLSX, at most 10 MB)')).toBeInTheDocument();
  });

  it('is offered to admins only', async () => {
    renderRoute('/indlaesning', { savedMappings: [] });
    expect(await screen.findByRole('link', { name: 'Indlæsning' })).toBeInTheDocument();
    signInForTest('director');
    renderRoute('/', {});
    const navs = await screen.findAllByRole('navigation', { name: 'Visninger' });
    expect(navs.at(-1)).not.toHaveTextContent('Indlæsning');
  });
});
