import { describe, expect, it } from 'vitest';
import { act, render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SourceReader from '../../../src/views/sources/SourceReader';
import { useAppStore } from '../../../src/state/store';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { indexDataset } from '../../../src/data/indexDataset';
import { DEFAULT_SEED, generateDataset } from '../../../bench/generateDataset.mjs';

/** A generated dataset whose 120 partnerships each cite one quote, in sources without a text. */
function generated() {
  const parsed = parseDatasetJson(JSON.parse(JSON.stringify(generateDataset({ actors: 30, partnerships: 120, seed: DEFAULT_SEED }))));
  if (!parsed.ok) throw new Error('the generated dataset does not parse');
  return indexDataset(parsed.value, new Map());
}

const dataset = generated();
const list = () => document.querySelector<HTMLElement>('.source-reader__more')!;
const items = () => [...list().querySelectorAll('.quote-list__item')];
// Role queries over a hundred quotes and their buttons take seconds in jsdom: the button is found by its class, then checked by name.
const moreButton = () => list().querySelector<HTMLElement>('.source-reader__more-button');
const quoteOf = (id: string) => dataset.partnershipById.get(id)!.evidence[0]!.quote!;

describe('SourceReader with long lists of quotes', { timeout: 20_000 }, () => {
  it('lists the first 50 quotes, says how many of how many, and 50 more on demand', async () => {
    render(<SourceReader dataset={dataset} />);
    expect(items()).toHaveLength(50);
    expect(within(list()).getByText(/^Citations des sources sans texte intégral/)).toHaveTextContent('(120 citations)');
    expect(list()).toHaveTextContent(
      '50 citations listées sur 120 : celles de la sélection d’abord, puis celles des partenariats affichés',
    );
    expect(moreButton()).toHaveAccessibleName('Afficher 50 citations de plus');
    await userEvent.click(moreButton()!);
    expect(items()).toHaveLength(100);
    // The keyboard goes on from the first quote that was not listed before (here the 51st of the first source).
    expect(document.activeElement!.closest('.quote-list__item')).toBe(items()[50]);
    expect(moreButton()).toHaveAccessibleName('Afficher 20 citations de plus');
    await userEvent.click(moreButton()!);
    expect(items()).toHaveLength(120);
    expect(moreButton()).toBeNull();
    expect(list()).not.toHaveTextContent('citations listées sur');
  });

  it('lists the quotes of a selection made elsewhere first, even when they were past the first 50', () => {
    render(<SourceReader dataset={dataset} />);
    const last = dataset.partnerships.at(-1)!;
    expect(items().some((li) => li.textContent?.includes(quoteOf(last.id)))).toBe(false);
    act(() => useAppStore.getState().select({ kind: 'partnership', id: last.id }));
    expect(items()).toHaveLength(50);
    expect(items()[0]).toHaveTextContent(quoteOf(last.id));
    expect(items()[0]).toHaveClass('is-current');
    expect(list()).toHaveAttribute('open');
  });

  it('lists every quote of the filtered partnerships, each before the muted ones of its source', () => {
    render(<SourceReader dataset={dataset} />);
    act(() => useAppStore.getState().toggleStatus('ended'));
    const ended = dataset.partnerships.filter((p) => p.status === 'ended').length;
    expect(ended).toBeLessThan(50);
    expect(items().filter((li) => !li.classList.contains('is-muted'))).toHaveLength(ended);
    for (const source of list().querySelectorAll('.quote-list__source')) {
      const muted = [...source.querySelectorAll('.quote-list__item')].map((li) => li.classList.contains('is-muted'));
      expect(muted).toEqual([...muted].sort());
    }
  });
});
