import { describe, expect, it } from 'vitest';
import { Suspense } from 'react';
import { act, render, screen } from '@testing-library/react';
import { lazyChunk } from '../../../src/ui/lazyChunk';

function Greeting({ name }: { name: string }) {
  return <p>Bonjour {name}</p>;
}

/** A chunk whose code arrives when the test says so. */
function heldChunk() {
  let arrive!: () => void;
  const arrived = new Promise<{ default: typeof Greeting }>((resolve) => {
    arrive = () => resolve({ default: Greeting });
  });
  return { Chunk: lazyChunk(() => arrived), arrive };
}

describe('a lazily loaded chunk', () => {
  it('shows its fallback while its code is on its way, then the component', async () => {
    const { Chunk, arrive } = heldChunk();
    render(
      <Suspense fallback={<p>Chargement…</p>}>
        <Chunk name="Awa" />
      </Suspense>,
    );
    expect(screen.getByText('Chargement…')).toBeInTheDocument();
    await act(async () => arrive());
    expect(await screen.findByText('Bonjour Awa')).toBeInTheDocument();
  });

  it('renders at once, with no fallback, once its code has been fetched ahead', async () => {
    const { Chunk, arrive } = heldChunk();
    const fetched = Chunk.preload();
    arrive();
    await fetched;
    render(
      <Suspense fallback={<p>Chargement…</p>}>
        <Chunk name="Awa" />
      </Suspense>,
    );
    expect(screen.getByText('Bonjour Awa')).toBeInTheDocument();
    expect(screen.queryByText('Chargement…')).toBeNull();
  });

  it('keeps an instance that started lazily mounted when the code comes, rather than remounting it', async () => {
    const { Chunk, arrive } = heldChunk();
    const view = render(
      <Suspense fallback={<p>Chargement…</p>}>
        <Chunk name="Awa" />
      </Suspense>,
    );
    await act(async () => arrive());
    const shown = await screen.findByText('Bonjour Awa');
    view.rerender(
      <Suspense fallback={<p>Chargement…</p>}>
        <Chunk name="Awa" />
      </Suspense>,
    );
    expect(screen.getByText('Bonjour Awa')).toBe(shown);
  });
});
