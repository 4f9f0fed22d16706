import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import type * as SourceHeaderModule from '../../../src/views/sources/SourceHeader';
import type * as QuoteExtrasModule from '../../../src/views/sources/QuoteExtras';
import SourceReader from '../../../src/views/sources/SourceReader';
import { point } from '../../../src/state/interaction';
import type { EntityRef } from '../../../src/model/entityRef';
import { articleDataset } from '../../fixtures/datasetBuilder';

// The reader renders a source header each time it renders, and each listed quote renders its
// translation button each time it renders: counting both counts what a hover re-renders.
const renders = vi.hoisted(() => ({ headers: 0, listedQuotes: [] as string[] }));
vi.mock('../../../src/views/sources/SourceHeader', async (importOriginal) => {
  const real = await importOriginal<typeof SourceHeaderModule>();
  return {
    SourceHeader: (props: Parameters<typeof real.SourceHeader>[0]) => {
      renders.headers += 1;
      return real.SourceHeader(props);
    },
  };
});
vi.mock('../../../src/views/sources/QuoteExtras', async (importOriginal) => {
  const real = await importOriginal<typeof QuoteExtrasModule>();
  return {
    ...real,
    TranslationToggle: (props: Parameters<typeof real.TranslationToggle>[0]) => {
      renders.listedQuotes.push(props.quote.quote.slice(0, 20));
      return real.TranslationToggle(props);
    },
  };
});

const dataset = articleDataset();
const hover = (pick: EntityRef | null) => {
  renders.headers = 0;
  renders.listedQuotes.length = 0;
  act(() => point(pick));
  return { headers: renders.headers, listedQuotes: [...renders.listedQuotes] };
};

describe('SourceReader and the pointer', () => {
  it('does not re-render on a hover: only the marks the hover touches change', () => {
    render(<SourceReader dataset={dataset} />);
    const text = screen.getByRole('article');
    expect(hover({ kind: 'partnership', id: 'mli-rus-energy' })).toEqual({ headers: 0, listedQuotes: [] });
    const hovered = [...text.querySelectorAll('mark.is-hovered')].map((m) => m.textContent?.slice(0, 24));
    expect(hovered).toEqual(['les discussions ont égal', '"Le Mali est au cœur de ']);
    expect(hover(null)).toEqual({ headers: 0, listedQuotes: [] });
    expect(text.querySelectorAll('mark.is-hovered')).toHaveLength(0);
  });

  it('re-renders, in the list of other sources, only the quotes a hover touches', () => {
    render(<SourceReader dataset={dataset} />);
    const touched = hover({ kind: 'event', id: 'moscow-visit' });
    expect(touched.headers).toBe(0);
    expect(touched.listedQuotes.sort()).toEqual(['Moscow, February 28,', 'les 28 et 29 février']);
    expect(screen.getByText('Moscow, February 28, 2024').closest('li')).toHaveClass('is-hovered');
    expect(hover({ kind: 'partnership', id: 'mli-rus-energy' }).listedQuotes.sort()).toEqual([
      'Moscow, February 28,',
      'les 28 et 29 février',
    ]);
  });
});
