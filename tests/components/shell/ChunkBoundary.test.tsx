import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChunkBoundary } from '../../../src/ui/ChunkBoundary';
import { lazyChunk } from '../../../src/ui/lazyChunk';

const offline = () => new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/Part-x.js');

/** A lazily loaded part whose code cannot be fetched until `network.up`; counts the fetches. */
function flakyPart() {
  const network = { up: false, fetches: 0 };
  const Part = lazyChunk(async () => {
    network.fetches += 1;
    if (!network.up) throw offline();
    return { default: () => <p>The part is drawn</p> };
  });
  return { network, Part };
}

function Page({ Part }: { Part: ReturnType<typeof flakyPart>['Part'] }) {
  return (
    <>
      <h1>The rest of the page</h1>
      <ChunkBoundary what="Carte">
        <Suspense fallback={<p>Chargement…</p>}>
          <Part />
        </Suspense>
      </ChunkBoundary>
    </>
  );
}

describe('a lazily loaded part that fails', () => {
  it('says so in its place, keeps the rest of the page, and renders once "try again" finds its code', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { network, Part } = flakyPart();
    render(<Page Part={Part} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('« Carte » n’a pas pu s’afficher');
    expect(alert).toHaveTextContent('Une partie du code de la page n’a pas pu être téléchargée');
    expect(screen.getByRole('heading', { name: 'The rest of the page' })).toBeInTheDocument();

    // Still offline: the code is asked for again, and the part says that this did not work either.
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText(/Le nouvel essai n’a pas abouti/)).toBeInTheDocument();
    expect(network.fetches).toBe(2);
    expect(screen.getByRole('button', { name: 'Réessayer' })).toHaveFocus();

    network.up = true;
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('The part is drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is tried again on its own when the browser is back online', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { network, Part } = flakyPart();
    render(<Page Part={Part} />);
    await screen.findByRole('alert');
    network.up = true;
    act(() => void window.dispatchEvent(new Event('online')));
    expect(await screen.findByText('The part is drawn')).toBeInTheDocument();
  });

  it('that throws while rendering says it ran into an error, and waits for "try again" rather than the network', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    function Fragile(): React.ReactNode {
      if (broken) throw new Error('A bug');
      return <p>Fixed</p>;
    }
    render(
      <ChunkBoundary what="Réseau">
        <Fragile />
      </ChunkBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Cette partie a rencontré une erreur');
    expect(screen.getByText('Error: A bug')).toBeInTheDocument();
    broken = false;
    act(() => void window.dispatchEvent(new Event('online')));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(screen.getByText('Fixed')).toBeInTheDocument();
  });
});
