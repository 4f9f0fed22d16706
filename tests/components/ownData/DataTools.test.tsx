import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataTools } from '../../../src/features/ownData/DataTools';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';

function setup() {
  const shipped = articleDataset();
  useAppStore.getState().setLang('en');
  useAppStore.getState().datasetLoaded(shipped);
  render(<DataTools />);
  return { user: userEvent.setup(), shipped };
}

/** Opens the toolbar's "Data" menu, where every own-data tool is an entry. */
async function openMenu(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Data' }));
  return screen.getByRole('menu', { name: 'Data' });
}

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(within(await openMenu(user)).getByRole('menuitem', { name: 'Paste data' }));
  const dialog = await screen.findByRole('dialog', { name: 'Paste data' });
  await user.click(within(dialog).getByLabelText(/Rows copied from a spreadsheet/));
  await user.paste(text);
  await user.click(within(dialog).getByRole('button', { name: 'Read this data' }));
}

// Generous: the first CSV of a run imports papaparse, the country names and the world geometry.
describe('DataTools', { timeout: 20_000 }, () => {
  it('offers a labelled file picker, paste, and the template and schema to download', async () => {
    const { user } = setup();
    const picker = screen.getByLabelText('Load a file (CSV or JSON)');
    expect(picker).toHaveAttribute('type', 'file');
    const menu = await openMenu(user);
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Load a file (CSV or JSON)',
      'Merge a file into the current data',
      'Paste data',
      'Draft from an article',
      'CSV template',
      'JSON Schema',
    ]);
    expect(within(menu).getByRole('menuitem', { name: 'CSV template' })).toHaveAttribute('href', 'data/partnerships-template.csv');
    expect(within(menu).getByRole('menuitem', { name: 'JSON Schema' })).toHaveAttribute('href', 'data/partnerships.schema.json');
  });

  it('loads a pasted CSV whose columns are recognised, and says so', async () => {
    const { user } = setup();
    await paste(user, 'actor\tpartner\tsector\tstatus\tquote\nMali\tNiger\tsecurity\tactive\tA quote.');
    expect(await screen.findByText('"pasted data" is loaded: 1 partnership.', { exact: false })).toBeInTheDocument();
    expect(useAppStore.getState().dataset?.partnerships.map((p) => p.actors)).toEqual([['MLI', 'NER']]);
    expect(useAppStore.getState().datasetOrigin).toEqual({ kind: 'own', label: 'pasted data' });
    expect(within(await openMenu(user)).getByRole('menuitem', { name: 'Back to the original data' })).toBeInTheDocument();
  });

  it('lists every problem of a broken JSON with its path, and keeps the dataset on screen', async () => {
    const { user, shipped } = setup();
    await paste(user, readFileSync('tests/fixtures/import/broken.json', 'utf8'));
    const dialog = await screen.findByRole('dialog', { name: '"pasted data" was not loaded' });
    expect(within(dialog).getByText('actors[0].location.lat', { exact: false })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('actors[0].location.lat: lat must be between -90 and 90');
    expect(useAppStore.getState().dataset).toBe(shipped);
  });

  it('asks which column is which when headers are not recognised, with a preview of the rows', async () => {
    const { user } = setup();
    await paste(user, readFileSync('tests/fixtures/import/odd-columns.csv', 'utf8'));
    const dialog = await screen.findByRole('dialog', { name: 'Which column holds what?' });
    expect(within(dialog).getByRole('cell', { name: 'Cooperation with Russia.' })).toBeInTheDocument();
    const load = within(dialog).getByRole('button', { name: 'Continue' });
    expect(load).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText('Role of column A (Land)'), { target: { value: 'actor' } });
    fireEvent.change(within(dialog).getByLabelText('Role of column B (With)'), { target: { value: 'partner' } });
    fireEvent.change(within(dialog).getByLabelText('Role of column E (Sentence)'), { target: { value: 'quote' } });
    await user.click(load);
    expect(await screen.findByText(/is loaded: 2 partnerships/)).toBeInTheDocument();
    expect(useAppStore.getState().dataset?.actors.map((a) => a.id)).toEqual(['MLI', 'RUS', 'NER']);
  });

  it('lets the person keep an unknown name as an organization before loading', async () => {
    const { user } = setup();
    await paste(user, readFileSync('tests/fixtures/import/unknown-values.csv', 'utf8'));
    const dialog = await screen.findByRole('dialog', { name: 'Values to check' });
    expect(dialog).toHaveTextContent('column B (partner), row 5');
    fireEvent.change(within(dialog).getByLabelText('What to do with "ECOWAS"?'), { target: { value: 'organization' } });
    await user.click(within(dialog).getByRole('button', { name: 'Load this data' }));
    expect(await screen.findByText(/2 rows left out, as chosen/)).toBeInTheDocument();
    expect(useAppStore.getState().dataset?.actors.some((a) => a.id === 'ecowas')).toBe(true);
  });

  it('renders hostile text from a file as text', async () => {
    const { user } = setup();
    await paste(user, 'Land,partner,sector,status,quote\n"<img src=x onerror=alert(1)>",Niger,security,active,A.');
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('cell', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
