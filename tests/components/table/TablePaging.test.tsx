import { describe, expect, it } from 'vitest';
import { act, render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import TableView from '../../../src/views/table/TableView';
import { useAppStore } from '../../../src/state/store';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { indexDataset } from '../../../src/data/indexDataset';
import { DEFAULT_SEED, generateClaimsDataset, generateDataset } from '../../../bench/generateDataset.mjs';
import { datasetOn } from '../../../src/derive/datasetOn';
import { dateStops } from '../../../src/derive/dateStops';

/** A generated dataset of 250 partnerships: two and a half pages of rows. */
function generated() {
  const parsed = parseDatasetJson(JSON.parse(JSON.stringify(generateDataset({ actors: 40, partnerships: 250, seed: DEFAULT_SEED }))));
  if (!parsed.ok) throw new Error('the generated dataset does not parse');
  return indexDataset(parsed.value, new Map());
}

const dataset = generated();
// Role queries over hundreds of rows take seconds in jsdom: they are scoped to the parts that matter.
const count = () => document.querySelector('.table-view__count')?.textContent;
const more = () => within(document.querySelector<HTMLElement>('.table-view__more')!);
const moreButtons = () => [...document.querySelectorAll('.table-view__more button')].map((b) => b.textContent);
/** The rows of the listed page, without the selection's group. */
const listedRows = (container: HTMLElement) => [...container.querySelectorAll('tbody:not(.table-pinned) tr')];
const partnerOf = (row: Element) => row.querySelector('th')?.textContent;
const frName = (id: string) => dataset.actorById.get(id)!.name.fr;

// Hundreds of rows make each test take seconds in jsdom, more on a busy machine.
describe('TableView with more rows than a page', { timeout: 20_000 }, () => {
  it('lists the first 100 rows and says so truthfully, in French and in English', () => {
    const { container } = render(<TableView dataset={dataset} />);
    expect(listedRows(container)).toHaveLength(100);
    expect(count()).toBe('250 partenariats sur 250\u00a0; les 100 premiers sont listés');
    act(() => useAppStore.getState().setLang('en'));
    expect(count()).toBe('250 of 250 partnerships; the first 100 are listed');
    expect(moreButtons()).toEqual(['Show 100 more', 'Show all 250']);
  });

  it('shows a page more on demand and takes the keyboard to the first new row', async () => {
    const { container } = render(<TableView dataset={dataset} />);
    expect(moreButtons()).toEqual(['Afficher 100 de plus', 'Tout afficher (250)']);
    await userEvent.click(more().getByRole('button', { name: 'Afficher 100 de plus' }));
    const rows = listedRows(container);
    expect(rows).toHaveLength(200);
    expect(document.activeElement).toBe(within(rows[100] as HTMLElement).getByRole('button', { name: /^Sélectionner / }));
    expect(count()).toBe('250 partenariats sur 250\u00a0; les 200 premiers sont listés');
    // The last page is smaller, so "show all" would say the same thing and is not offered.
    expect(moreButtons()).toEqual(['Afficher 50 de plus']);
    await userEvent.click(more().getByRole('button', { name: 'Afficher 50 de plus' }));
    expect(listedRows(container)).toHaveLength(250);
    expect(count()).toBe('250 partenariats sur 250');
    expect(moreButtons()).toEqual([]);
  });

  it('shows every row at once when asked', async () => {
    const { container } = render(<TableView dataset={dataset} />);
    await userEvent.click(more().getByRole('button', { name: 'Tout afficher (250)' }));
    expect(listedRows(container)).toHaveLength(250);
    expect(count()).toBe('250 partenariats sur 250');
  });

  it('sorts every row, not only the listed ones, and starts again from the first page', async () => {
    const { container } = render(<TableView dataset={dataset} />);
    await userEvent.click(more().getByRole('button', { name: 'Afficher 100 de plus' }));
    const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    const names = dataset.partnerships.map((p) => frName(p.actors[1])).sort(collator.compare);
    const header = within(container.querySelector('thead')!).getByRole('columnheader', { name: /Partenaire/ });
    await userEvent.click(within(header).getByRole('button'));
    expect(partnerOf(listedRows(container)[0]!)).toBe(names[0]);
    await userEvent.click(within(header).getByRole('button'));
    expect(partnerOf(listedRows(container)[0]!)).toBe(names.at(-1));
    expect(listedRows(container)).toHaveLength(100);
  });

  it('searches every row, not only the listed ones', async () => {
    const { container } = render(<TableView dataset={dataset} />);
    // A partner none of whose rows is on the first page.
    const listed = new Set(listedRows(container).map(partnerOf));
    const hidden = dataset.partnerships.map((p) => frName(p.actors[1])).find((name) => !listed.has(name))!;
    const theirs = dataset.partnerships.filter((p) => frName(p.actors[1]) === hidden);
    await userEvent.type(within(container.querySelector<HTMLElement>('.table-view__tools')!).getByRole('searchbox'), hidden);
    expect(listedRows(container).map(partnerOf)).toEqual(theirs.map(() => hidden));
    expect(count()).toBe(`${theirs.length} partenariat${theirs.length > 1 ? 's' : ''} sur 250`);
  });

  it('brings a partnership selected in another view into the table when it lies past the listed rows', async () => {
    const { container } = render(<TableView dataset={dataset} />);
    // The table opens sorted by status, strongest first: an ended partnership is far down.
    const ended = dataset.partnerships.find((p) => p.status === 'ended')!;
    const sector = dataset.sectorById.get(ended.sector)!.name.fr.toLocaleLowerCase('fr');
    const label = `Voir dans la source : ${frName(ended.actors[1])}, ${sector}`;
    const show = () => container.querySelector(`button[aria-label="${label}"]`);
    expect(show()).toBeNull();

    act(() => useAppStore.getState().select({ kind: 'partnership', id: ended.id }));
    const pinned = container.querySelector('tbody.table-pinned')!;
    expect(
      within(pinned as HTMLElement).getByRole('rowheader', { name: 'Sélection, hors des lignes listées : 1 partenariat' }),
    ).toBeInTheDocument();
    expect(within(pinned as HTMLElement).getByRole('button', { name: label })).toBe(show());
    expect(show()!.closest('tr')).toHaveClass('is-selected');
    expect(show()).toHaveAttribute('aria-pressed', 'true');
    // The selection's group comes first in the table, right under the column headers.
    expect(container.querySelector('thead + tbody')).toBe(pinned);
    expect(listedRows(container)).toHaveLength(100);

    // Once the row is listed, it is listed once, in its place.
    await userEvent.click(more().getByRole('button', { name: 'Tout afficher (250)' }));
    expect(container.querySelector('tbody.table-pinned')).toBeNull();
    expect(listedRows(container)).toContain(show()!.closest('tr'));
  });

  it('brings the rows of an actor selected elsewhere that lie past the listed rows, and drops them with the selection', () => {
    const { container } = render(<TableView dataset={dataset} />);
    const listed = new Set(listedRows(container).map(partnerOf));
    const partner = dataset.actors.find(
      (a) => a.id !== dataset.focus.id && (dataset.partnershipsByActor.get(a.id) ?? []).length > 1 && !listed.has(a.name.fr),
    )!;
    const theirs = dataset.partnershipsByActor.get(partner.id)!;
    act(() => useAppStore.getState().select({ kind: 'actor', id: partner.id }));
    const pinned = container.querySelector('tbody.table-pinned') as HTMLElement;
    expect(
      within(pinned).getByRole('rowheader', { name: `Sélection, hors des lignes listées : ${theirs.length} partenariats` }),
    ).toBeInTheDocument();
    const rows = pinned.querySelectorAll('tr.table-row');
    expect(rows).toHaveLength(theirs.length);
    expect([...rows].every((row) => row.classList.contains('is-lit'))).toBe(true);
    expect(within(rows[0] as HTMLElement).getByRole('button', { name: `Sélectionner ${partner.name.fr}` })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    act(() => useAppStore.getState().select(null));
    expect(container.querySelector('tbody.table-pinned')).toBeNull();
  });

  it('starts again from the first page when the shared filters change', async () => {
    const { container } = render(<TableView dataset={dataset} />);
    await userEvent.click(more().getByRole('button', { name: 'Afficher 100 de plus' }));
    act(() => useAppStore.getState().toggleStatus('ended'));
    const ended = dataset.partnerships.filter((p) => p.status === 'ended').length;
    expect(listedRows(container)).toHaveLength(Math.min(100, ended));
    expect(count()).toMatch(new RegExp(`^${ended} partenariats sur 250 \\(filtres du tableau de bord actifs\\)`));
  });

  it('starts again from the first page when a shared filter is set and cleared again', async () => {
    const { container } = render(<TableView dataset={dataset} />);
    await userEvent.click(more().getByRole('button', { name: 'Afficher 100 de plus' }));
    expect(listedRows(container)).toHaveLength(200);
    act(() => useAppStore.getState().toggleStatus('ended'));
    act(() => useAppStore.getState().toggleStatus('ended'));
    expect(listedRows(container)).toHaveLength(100);
  });

  it('keeps the rows a person asked for when the date moves, and draws again only the rows the step changes', async () => {
    const parsed = parseDatasetJson(
      JSON.parse(JSON.stringify(generateClaimsDataset({ actors: 40, partnerships: 250, seed: DEFAULT_SEED }))),
    );
    if (!parsed.ok) throw new Error('the generated dataset does not parse');
    const loaded = indexDataset(parsed.value, new Map());
    const stops = dateStops(loaded);
    const before = datasetOn(loaded, stops.at(-2)!, null);
    const { container, rerender } = render(<TableView dataset={before} />);
    expect(before.partnerships.length).toBeGreaterThan(100);
    await userEvent.click(more().getByRole('button', { name: `Tout afficher (${before.partnerships.length})` }));
    const rowsBefore = listedRows(container);
    expect(rowsBefore).toHaveLength(before.partnerships.length);
    const after = datasetOn(loaded, stops.at(-1)!, null);
    rerender(<TableView dataset={after} />);
    const rowsAfter = listedRows(container);
    expect(rowsAfter).toHaveLength(after.partnerships.length);
    // A row whose partnership the step leaves as it was keeps its element.
    expect(rowsAfter.filter((row) => rowsBefore.includes(row)).length).toBeGreaterThan(100);
  });
});
