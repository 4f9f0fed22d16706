import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type * as EvidenceCellModule from '../../../src/views/table/EvidenceCell';
import TableView from '../../../src/views/table/TableView';
import { useAppStore } from '../../../src/state/store';
import { point } from '../../../src/state/interaction';
import { articleDataset } from '../../fixtures/datasetBuilder';

// Every render of a row renders its evidence cell once: counting the cells' renders, by row,
// counts the rows' renders without touching the code under test.
const renders = vi.hoisted(() => [] as string[]);
vi.mock('../../../src/views/table/EvidenceCell', async (importOriginal) => {
  const real = await importOriginal<typeof EvidenceCellModule>();
  return {
    EvidenceCell: (props: Parameters<typeof real.EvidenceCell>[0]) => {
      renders.push(props.row.id);
      return real.EvidenceCell(props);
    },
  };
});

const dataset = articleDataset();
const rowOf = (partner: string, sector: string) =>
  screen.getByRole('button', { name: `Voir dans la source : ${partner}, ${sector}` }).closest('tr')!;
const rendersDuring = (action: () => void) => {
  renders.length = 0;
  act(action);
  return [...renders].sort();
};

describe('TableView rows and the pointer', () => {
  it('re-renders only the rows whose hover state changes when the pointer moves', () => {
    render(<TableView dataset={dataset} />);
    expect(renders).toHaveLength(11);
    const energy = rowOf('Russie', 'énergie');
    const security = rowOf('Niger', 'sécurité');

    expect(rendersDuring(() => fireEvent.mouseEnter(energy))).toEqual(['mli-rus-energy']);
    expect(energy).toHaveClass('is-hovered');
    expect(rendersDuring(() => fireEvent.mouseLeave(energy))).toEqual(['mli-rus-energy']);
    expect(rendersDuring(() => fireEvent.mouseEnter(security))).toEqual(['mli-ner-security']);
    expect(energy).not.toHaveClass('is-hovered');
    expect(security).toHaveClass('is-hovered');
  });

  it('re-renders only the rows an actor hovered in another view brings forward', () => {
    render(<TableView dataset={dataset} />);
    expect(rendersDuring(() => point({ kind: 'actor', id: 'NER' }))).toEqual(['mli-ner-security']);
    // A hover that changes no row's state re-renders none.
    expect(rendersDuring(() => point({ kind: 'actor', id: 'lavrov' }))).toEqual(['mli-ner-security']);
    expect(rendersDuring(() => point({ kind: 'event', id: 'moscow-visit' }))).toEqual([]);
  });

  it('re-renders only the rows whose selected state changes when something is selected', () => {
    render(<TableView dataset={dataset} />);
    expect(rendersDuring(() => useAppStore.getState().select({ kind: 'partnership', id: 'mli-rus-energy' }))).toEqual(['mli-rus-energy']);
    expect(rowOf('Russie', 'énergie')).toHaveClass('is-selected', 'is-lit');
    const russia = dataset.partnershipsByActor
      .get('RUS')!
      .map((p) => p.id)
      .sort();
    expect(rendersDuring(() => useAppStore.getState().select({ kind: 'actor', id: 'RUS' }))).toEqual(russia);
  });

  it('re-renders none of the rows a shared filter leaves listed, only those it brings in', () => {
    render(<TableView dataset={dataset} />);
    expect(rendersDuring(() => useAppStore.getState().toggleSector('security'))).toEqual([]);
    const others = dataset.partnerships
      .filter((p) => p.sector !== 'security')
      .map((p) => p.id)
      .sort();
    expect(rendersDuring(() => useAppStore.getState().toggleSector('security'))).toEqual(others);
  });
});
