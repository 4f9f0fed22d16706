import { describe, expect, it, vi } from 'vitest';
import { act, render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_SEED, SIZES, generateClaimsDataset, generateDataset } from '../../../bench/generateDataset.mjs';
import { datasetOn } from '../../../src/derive/datasetOn';
import { dateStops } from '../../../src/derive/dateStops';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { indexDataset } from '../../../src/data/indexDataset';
import { toSectorBreakdown, toWholeSectorBreakdown } from '../../../src/derive/toSectorBreakdown';
import SectorsView from '../../../src/views/sectors/SectorsView';
import { useAppStore } from '../../../src/state/store';

// The benchmark's medium dataset: 59 partners of the focus in 9 sectors, 400 partnerships.
const parsed = parseDatasetJson(JSON.parse(JSON.stringify(generateDataset({ ...SIZES.medium, seed: DEFAULT_SEED }))));
if (!parsed.ok) throw new Error('the generated dataset does not parse');
const dataset = indexDataset(parsed.value, new Map());
const rows = toSectorBreakdown(dataset, dataset.partnerships, 'fr').rows;

/**
 * Role queries compute every element's role and name, which takes seconds over a matrix this
 * size in jsdom; the many buttons are counted by attribute, and roles are queried in small parts.
 */
async function renderView() {
  const { container } = render(<SectorsView dataset={dataset} />);
  // The matrix draws its first rows with its width, and the rest of its page a task later.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const matrix = container.querySelector<SVGElement>('svg[aria-label^="Matrice des partenariats"]')!;
  return {
    matrix,
    title: () => container.querySelector('h3')!.textContent,
    more: () => within(container.querySelector<HTMLElement>('.sector-matrix__more')!),
    partners: () => [...matrix.querySelectorAll('[role="button"][aria-label^="Sélectionner "]')],
  };
}

describe('SectorsView with many partners', { timeout: 60_000 }, () => {
  it('draws its first rows at once and the rest of its first page a task later', () => {
    vi.useFakeTimers();
    const { container } = render(<SectorsView dataset={dataset} />);
    const partners = () =>
      container.querySelectorAll('svg[aria-label^="Matrice des partenariats"] [role="button"][aria-label^="Sélectionner "]');
    expect(partners()).toHaveLength(8);
    act(() => vi.runOnlyPendingTimers());
    expect(partners()).toHaveLength(30);
    vi.useRealTimers();
  });

  it('opens on the first 30 partners, closest first, and says how many there are in its title and label', async () => {
    expect(rows).toHaveLength(59);
    const { matrix, title, more, partners } = await renderView();
    expect(partners().map((b) => b.getAttribute('aria-label'))).toEqual(rows.slice(0, 30).map((r) => `Sélectionner ${r.label}`));
    expect(title()).toBe('Partenaires par secteur : les 30 premiers sur 59');
    expect(matrix).toHaveAttribute(
      'aria-label',
      'Matrice des partenariats : un partenaire par ligne, un secteur par colonne ; les 30 premiers partenaires sur 59',
    );
    expect(more().getByText(/^30 partenaires sur 59, les plus engagés d’abord/)).toBeInTheDocument();
  });

  it('draws one button per partnership shown, with its glyph, and nothing for an empty cell', async () => {
    const { matrix } = await renderView();
    const filled = rows.slice(0, 30).flatMap((r) => r.cells.filter((c) => c !== null));
    const cells = matrix.querySelectorAll('rect.matrix-cell[role="button"]');
    expect(cells).toHaveLength(filled.length);
    expect(matrix.querySelectorAll('g.matrix-cell__glyph')).toHaveLength(filled.length);
    expect(cells[0]).toHaveAccessibleName(/^.+, .+ : (actif|en cours de mise en place|en discussion|potentiel|terminé)/);
  });

  it('shows the rest of the partners on demand, then folds back to the first 30', async () => {
    const { title, more, partners } = await renderView();
    await userEvent.click(more().getByRole('button', { name: 'Afficher 29 partenaires de plus' }));
    await waitFor(() => expect(partners()).toHaveLength(59));
    expect(title()).toBe('Partenaires par secteur');
    // The button pressed is gone with the rows it stood for; the keyboard stays in the control.
    const fold = more().getByRole('button', { name: 'Revenir aux 30 premiers' });
    expect(fold).toHaveFocus();
    await userEvent.click(fold);
    expect(partners()).toHaveLength(30);
    await userEvent.click(more().getByRole('button', { name: 'Afficher les 59 partenaires' }));
    await waitFor(() => expect(partners()).toHaveLength(59));
  });

  it('keeps a partner selected in another view in sight, after the first 30', async () => {
    const { title, partners } = await renderView();
    const far = rows[50]!;
    act(() => useAppStore.getState().select({ kind: 'actor', id: far.id }));
    expect(partners()).toHaveLength(31);
    expect(partners().at(-1)).toHaveAttribute('aria-label', `Sélectionner ${far.label}`);
    expect(partners().at(-1)).toHaveAttribute('aria-pressed', 'true');
    expect(title()).toBe('Partenaires par secteur : les 30 premiers sur 59');
  });

  it('keeps the rows a person asked for, and borrows the rows it leaves as they were, when the date moves', async () => {
    const claimsParsed = parseDatasetJson(JSON.parse(JSON.stringify(generateClaimsDataset({ ...SIZES.medium, seed: DEFAULT_SEED }))));
    if (!claimsParsed.ok) throw new Error('the generated dataset does not parse');
    const loaded = indexDataset(claimsParsed.value, new Map());
    const stops = dateStops(loaded);
    const before = datasetOn(loaded, stops.at(-2)!, null);
    const { container, rerender } = render(<SectorsView dataset={before} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    const more = () => within(container.querySelector<HTMLElement>('.sector-matrix__more')!);
    const partners = () =>
      container.querySelectorAll('svg[aria-label^="Matrice des partenariats"] [role="button"][aria-label^="Sélectionner "]');
    const all = toWholeSectorBreakdown(before, 'fr').rows.length;
    expect(all).toBeGreaterThan(30);
    await userEvent.click(more().getByRole('button', { name: `Afficher les ${all} partenaires` }));
    await waitFor(() => expect(partners()).toHaveLength(all));
    const rowsBefore = toWholeSectorBreakdown(before, 'fr').rows;
    const after = datasetOn(loaded, stops.at(-1)!, null);
    rerender(<SectorsView dataset={after} />);
    expect(partners().length).toBe(toWholeSectorBreakdown(after, 'fr').rows.length);
    const rowsAfter = toWholeSectorBreakdown(after, 'fr').rows;
    const beforeById = new Map(rowsBefore.map((row) => [row.id, row]));
    const unchanged = rowsAfter.filter((row) => beforeById.get(row.id)?.cells.every((cell, i) => cell === row.cells[i]));
    expect(unchanged.length).toBeGreaterThan(0);
    for (const row of unchanged) expect(row).toBe(beforeById.get(row.id));
  });

  it('stays one tab stop however many cells it has', async () => {
    const { matrix } = await renderView();
    expect(matrix.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    expect(matrix.querySelectorAll('[tabindex="-1"]').length).toBeGreaterThan(200);
  });
});
