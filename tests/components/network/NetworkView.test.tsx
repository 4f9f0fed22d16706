import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import NetworkView from '../../../src/views/network/NetworkView';
import { useAppStore } from '../../../src/state/store';
import { point } from '../../../src/state/interaction';
import { articleDataset, shippedDataset } from '../../fixtures/datasetBuilder';
import { useViewDataset } from '../../../src/state/useViewDataset';
import { dateStops } from '../../../src/derive/dateStops';

const dataset = articleDataset();

function renderNetwork() {
  useAppStore.getState().datasetLoaded(dataset);
  const view = render(<NetworkView dataset={dataset} />);
  const diagram = screen.getByRole('group', { name: 'Diagramme du réseau des partenariats' });
  return { ...view, diagram };
}

const NODE = /, (pays|organisation|personne|country|organization|person),/;
const nodeNamed = (diagram: HTMLElement, start: string) => {
  const found = within(diagram)
    .getAllByRole('button', { name: NODE })
    .find((n) => n.getAttribute('aria-label')?.startsWith(`${start},`));
  if (!found) throw new Error(`no node named ${start}`);
  return found;
};
/**
 * What a mark shows: its own emphasis, or `faded` when it has none while the group of all marks
 * says something is brought forward (the stylesheet fades it; jsdom applies no stylesheet).
 */
const shown = (mark: Element | null) => {
  const own = mark?.getAttribute('data-emphasis');
  return own === 'none' && mark?.closest('.network-marks')?.hasAttribute('data-emphasis-active') ? 'faded' : own;
};
/** Emphasis of every node at once, by name: one query, as jsdom computes names slowly. */
const emphases = (diagram: HTMLElement) =>
  Object.fromEntries(
    within(diagram)
      .getAllByRole('button', { name: NODE })
      .map((n) => [n.getAttribute('aria-label')?.split(',')[0], shown(n)]),
  );

describe('the network view', { timeout: 20_000 }, () => {
  it('draws every actor as a button that says what it is and how many relations it has', () => {
    const { diagram } = renderNetwork();
    const nodes = within(diagram).getAllByRole('button', { name: NODE });
    expect(nodes).toHaveLength(11);
    const names = nodes.map((n) => n.getAttribute('aria-label'));
    expect(names).toContain('Mali, pays, acteur central, 9 relations, 11 partenariats');
    expect(names).toContain('Russie, pays, 2 relations, 5 partenariats');
    expect(names).toContain('Nations unies, organisation, 1 relation, 1 partenariat');
    expect(names).toContain('Sergueï Lavrov, personne, membre de la Russie, 3 relations');
    expect(nodes[1]).toHaveAccessibleName('Russie, pays, 2 relations, 5 partenariats');
    for (const node of nodes) expect(node).toHaveAttribute('tabindex', '0');
  });

  it('labels every node with its name and draws each pair once, styled by its strongest status', () => {
    const { diagram } = renderNetwork();
    const labels = [...diagram.querySelectorAll('.network-label')].map((l) => l.textContent);
    expect(labels.sort()).toEqual(dataset.actors.map((a) => a.name.fr).sort());
    const mliRus = diagram.querySelector('.network-edge[data-id="MLI|RUS"] .network-edge__line');
    expect(mliRus).toHaveAttribute('stroke', '#0a5c99');
    expect(mliRus).not.toHaveAttribute('stroke-dasharray');
    expect(diagram.querySelector('.network-edge[data-id="CHN|MLI"] .network-edge__line')).toHaveAttribute('stroke-dasharray', '1 6');
    expect(diagram.querySelectorAll('.network-edge')).toHaveLength(13);
  });

  it('selects Russia with Enter, in the shared selection, and brings its neighbours forward', async () => {
    const user = userEvent.setup();
    const { diagram } = renderNetwork();
    nodeNamed(diagram, 'Russie').focus();
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'RUS' });
    expect(nodeNamed(diagram, 'Russie')).toHaveAttribute('aria-pressed', 'true');
    expect(emphases(diagram)).toMatchObject({ Russie: 'picked', Mali: 'neighbour', 'Sergueï Lavrov': 'neighbour', France: 'faded' });
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toBeNull();
  });

  it('highlights what another view selects or hovers', () => {
    const { diagram } = renderNetwork();
    act(() => useAppStore.getState().select({ kind: 'relation', id: 'MLI|RUS' }));
    expect(emphases(diagram)).toMatchObject({ Mali: 'picked', Russie: 'picked', Chine: 'faded' });
    expect(diagram.querySelector('.network-edge[data-id="MLI|RUS"]')).toHaveAttribute('data-emphasis', 'picked');
    act(() => point({ kind: 'event', id: 'moscow-visit' }));
    expect(emphases(diagram)).toMatchObject({ 'Abdoulaye Diop': 'picked', Chine: 'faded' });
    act(() => point(null));
    expect(emphases(diagram)).toMatchObject({ 'Abdoulaye Diop': 'faded', Russie: 'picked' });
  });

  it('tells the sectors and statuses of a hovered edge, and shares the hover', async () => {
    const user = userEvent.setup();
    const { diagram, container } = renderNetwork();
    await user.hover(diagram.querySelector('.network-edge[data-id="MLI|RUS"] .network-edge__hit')!);
    const tooltip = container.querySelector('.network-tooltip');
    expect(tooltip).toHaveTextContent('Mali – Russie');
    expect(tooltip).toHaveTextContent('sécurité : actif, en renforcement ; énergie, transport, agriculture, éducation : en discussion');
    expect(useAppStore.getState().hover).toEqual({ kind: 'relation', id: 'MLI|RUS' });
    await user.unhover(diagram.querySelector('.network-edge[data-id="MLI|RUS"] .network-edge__hit')!);
    expect(container.querySelector('.network-tooltip')).toBeNull();
  });

  it('follows the shared filters: an ended-only filter keeps Mali, France, the UN and Mali’s people', () => {
    const { diagram } = renderNetwork();
    act(() => useAppStore.getState().toggleStatus('ended'));
    expect(Object.keys(emphases(diagram))).toEqual(['Mali', 'France', 'Nations unies', 'Abdoulaye Diop', 'Sadio Camara']);
    expect(diagram.querySelector('.network-edge[data-id="MLI|RUS"]')).toBeNull();
  });

  it('keeps every node where it was when the date moves back, drawing fewer ties between them', () => {
    const shipped = shippedDataset();
    useAppStore.getState().datasetLoaded(shipped);
    function DatedNetwork() {
      const shownDataset = useViewDataset();
      return shownDataset && <NetworkView dataset={shownDataset} />;
    }
    const { container } = render(<DatedNetwork />);
    const shapes = () =>
      Object.fromEntries(
        [...container.querySelectorAll('.network-node')].map((n) => [
          n.getAttribute('data-id'),
          n.querySelector('.network-node__shape')?.getAttribute('d'),
        ]),
      );
    const latest = shapes();
    const latestTies = container.querySelectorAll('.network-edge').length;
    act(() => useAppStore.getState().setDate(dateStops(shipped)[0]!));
    expect(container.querySelectorAll('.network-edge').length).toBeLessThan(latestTies);
    expect(shapes()).toEqual(latest);
  });

  it('speaks English when the language switches', () => {
    const { diagram } = renderNetwork();
    act(() => useAppStore.getState().setLang('en'));
    expect(screen.getByRole('group', { name: 'Diagram of the partnership network' })).toBe(diagram);
    expect(nodeNamed(diagram, 'Russia')).toHaveAccessibleName('Russia, country, 2 relations, 5 partnerships');
    expect(screen.getByRole('button', { name: 'Reset the view' })).toBeInTheDocument();
  });

  it('zooms with the + key and the buttons, and resets to the first picture', async () => {
    const user = userEvent.setup();
    const { diagram } = renderNetwork();
    const view = diagram.querySelector(':scope > g')!;
    expect(view).toHaveAttribute('transform', 'translate(0,0) scale(1)');
    (diagram.querySelector('.network-node[data-id="MLI"]') as SVGGElement).focus();
    await user.keyboard('+');
    expect(view.getAttribute('transform')).toMatch(/scale\(1\.4\)$/);
    await user.click(screen.getByRole('button', { name: 'Zoom avant' }));
    expect(view.getAttribute('transform')).toMatch(/scale\(1\.96\)$/);
    await user.click(screen.getByRole('button', { name: 'Zoom arrière' }));
    expect(view.getAttribute('transform')).toMatch(/scale\(1\.4\)$/);
    await user.click(screen.getByRole('button', { name: 'Réinitialiser la vue' }));
    expect(view).toHaveAttribute('transform', 'translate(0,0) scale(1)');
  });

  it('offers the same network as a list whose buttons select relations', async () => {
    const user = userEvent.setup();
    renderNetwork();
    await user.click(screen.getByText('Le réseau sous forme de liste'));
    const list = screen.getByText('Le réseau sous forme de liste').closest('details')!;
    const russia = within(list).getByRole('button', { name: 'Russie' }).closest('li')!;
    expect(russia).toHaveTextContent('(pays, 2 relations, 5 partenariats)');
    expect(russia).toHaveTextContent('sécurité : actif, en renforcement');
    expect(russia).toHaveTextContent('Ministre des Affaires étrangères de la Russie');
    await user.click(within(russia).getByRole('button', { name: 'Mali – Russie' }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'relation', id: 'MLI|RUS' });
  });

  it('builds the list only once it is opened, as nobody reads a closed list', async () => {
    const user = userEvent.setup();
    const { container } = renderNetwork();
    expect(container.querySelector('.network-list ul')).toBeNull();
    await user.click(screen.getByText('Le réseau sous forme de liste'));
    expect(container.querySelectorAll('.network-list .network-list__actor')).toHaveLength(11);
  });

  it('draws the edges in an order filters do not change: events, memberships, then partnerships on top, the centre’s after the others, each by id', () => {
    const { diagram } = renderNetwork();
    const order = () =>
      [...diagram.querySelectorAll('.network-edge')].map((e) => `${e.getAttribute('data-kind')} ${e.getAttribute('data-id')}`);
    const rank = { event: 0, membership: 1, partnership: 2 } as Record<string, number>;
    const withFocus = (edge: string) => Number(edge.split(' ')[1]!.split('|').includes('MLI'));
    const sorted = (list: string[]) =>
      [...list].sort((a, b) => rank[a.split(' ')[0]!]! - rank[b.split(' ')[0]!]! || withFocus(a) - withFocus(b) || (a < b ? -1 : 1));
    expect(order()).toEqual(sorted(order()));
    act(() => useAppStore.getState().toggleSector('energy'));
    expect(order()).toEqual(sorted(order()));
  });

  it('shows a legend for shapes, ties and statuses', () => {
    renderNetwork();
    const legend = screen.getByRole('group', { name: 'Légende du réseau' });
    for (const text of ['pays', 'organisation', 'personne', 'appartenance à un pays', 'événement partagé', 'en discussion']) {
      expect(within(legend).getByText(text)).toBeInTheDocument();
    }
    // The focus's name is isolated from the words after it (<bdi>), so it is a text of its own.
    expect(within(legend).getByText('Mali').closest('li')).toHaveTextContent('Mali (acteur central)');
  });
});
