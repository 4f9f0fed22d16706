import { describe, expect, it } from 'vitest';
import { networkEdge } from '../../fixtures/networkEdge';
import { findBatchedEdgeAt, isBatched, toBatchedEdges, toBatchedSigns, toEdgeBatches } from '../../../src/views/network/batchedEdges';
import { disagreementSign } from '../../../src/views/network/disagreementSign';
import { edgesToAvoid } from '../../../src/views/network/placeNetworkLabels';
import { edgeStroke } from '../../../src/styles/networkStyle';
import { DENSE_MARKS } from '../../../src/views/shared/density';

const edge = networkEdge;

const positions = new Map([
  ['MLI', { x: 0, y: 0 }],
  ['RUS', { x: 100, y: 0 }],
  ['CHN', { x: 100, y: 100 }],
  ['TUR', { x: 0, y: 100 }],
]);

describe('which ties a dense diagram draws in batches', () => {
  it('batches a tie between two other actors only when the diagram is dense', () => {
    expect(isBatched(edge('RUS', 'CHN'), true, null)).toBe(true);
    expect(isBatched(edge('RUS', 'CHN'), false, null)).toBe(false);
  });

  it('keeps as elements the centre’s ties, memberships and ties that changed between two compared dates', () => {
    expect(isBatched(edge('MLI', 'RUS'), true, null)).toBe(false);
    expect(isBatched(edge('RUS', 'CHN', { kind: 'membership', status: null }), true, null)).toBe(false);
    expect(isBatched(edge('RUS', 'CHN'), true, new Map([['RUS|CHN', ['started']]]))).toBe(false);
  });

  it('batches a tie between two others whose sources disagree, and draws its sign with the batch', () => {
    expect(isBatched(edge('RUS', 'CHN', { disagrees: true }), true, null)).toBe(true);
    const edges = toBatchedEdges(
      [edge('RUS', 'CHN', { disagrees: true }), edge('CHN', 'TUR'), edge('RUS', 'TUR', { disagrees: true })],
      positions,
    );
    expect(toBatchedSigns(edges)).toEqual({
      disc: disagreementSign(100, 50).disc + disagreementSign(50, 50).disc,
      strokes: disagreementSign(100, 50).strokes + disagreementSign(50, 50).strokes,
    });
    expect(toBatchedSigns(edges.filter((e) => !e.disagrees))).toBeNull();
  });
});

describe('toEdgeBatches', () => {
  it('draws every edge of one stroke in one path, in the order the strokes first appear', () => {
    const edges = toBatchedEdges(
      [edge('RUS', 'CHN'), edge('CHN', 'TUR', { status: 'ended' }), edge('RUS', 'TUR'), edge('MLI', 'CHN')],
      positions,
    );
    const batches = toEdgeBatches(edges);
    expect(batches).toHaveLength(2);
    expect(batches[0]!.d).toBe('M100,0L100,100M100,0L0,100M0,0L100,100');
    expect(batches[1]!.d).toBe('M100,100L0,100');
    expect(batches[1]!.color).toBe(edgeStroke('partnership', 'ended', 1).color);
    expect(batches[1]!.dash).toBe(edgeStroke('partnership', 'ended', 1).dash);
  });

  it('draws a tie between two other actors thinner than the same tie of the centre', () => {
    const [batched] = toBatchedEdges([edge('RUS', 'CHN')], positions);
    expect(batched!.width).toBeLessThan(edgeStroke('partnership', 'active', 1).width);
  });

  it('leaves out an edge whose end has no place', () => {
    expect(toBatchedEdges([edge('RUS', 'XXX')], positions)).toEqual([]);
  });
});

describe('findBatchedEdgeAt', () => {
  const edges = toBatchedEdges([edge('RUS', 'CHN'), edge('MLI', 'CHN'), edge('RUS', 'TUR')], positions);

  it('finds the tie under a point within the tolerance, and none beyond it', () => {
    expect(findBatchedEdgeAt(edges, 104, 50, 5)).toBe('RUS|CHN');
    expect(findBatchedEdgeAt(edges, 110, 50, 5)).toBeNull();
  });

  it('gives the tie drawn last where two cross, as the one on top', () => {
    expect(findBatchedEdgeAt(edges, 50, 50, 2)).toBe('RUS|TUR');
  });
});

describe('edgesToAvoid', () => {
  const focus = new Set(['MLI']);
  const many = Array.from({ length: DENSE_MARKS + 1 }, (_, i) => edge(`A${i}`, `B${i}`));

  it('keeps every edge clear of names in a diagram that is not dense', () => {
    const few = [edge('RUS', 'CHN'), edge('MLI', 'RUS')];
    expect(edgesToAvoid(few, focus)).toBe(few);
  });

  it('lets names cross the batched ties of a dense diagram, never the centre’s ties or the memberships', () => {
    const kept = edgesToAvoid([...many, edge('MLI', 'RUS'), edge('lavrov', 'RUS', { kind: 'membership', status: null })], focus);
    expect(kept.map((e) => e.id)).toEqual(['MLI|RUS', 'lavrov|RUS']);
  });
});
