import type { Force, SimulationNodeDatum } from 'd3';

/**
 * A node with the box it needs: its mark and, below it, its label. The box is measured from the
 * node's centre: `left`/`right` horizontally, `top` above and `bottom` below.
 */
export interface BoxedNode extends SimulationNodeDatum {
  id: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Entry {
  n: BoxedNode;
  i: number;
  x: number;
  y: number;
}

/**
 * Pushes apart nodes whose boxes overlap, along the axis where they overlap least. d3's own
 * collision force only knows circles, and a label is a wide, flat box. Boxes are swept in order
 * of their left side, so only pairs that overlap horizontally are compared. The order changes
 * little from one tick to the next, so the same list is kept and sorted again by insertion, which
 * costs a pass over it when it is nearly in order.
 */
export function forceNetworkBoxCollide(padding: number, strength = 0.6): Force<BoxedNode, undefined> {
  let sweep: Entry[] = [];
  const before = (p: Entry, q: Entry) => p.x - p.n.left < q.x - q.n.left || (p.x - p.n.left === q.x - q.n.left && p.i < q.i);
  const force: Force<BoxedNode, undefined> = () => {
    for (const e of sweep) {
      e.x = e.n.x! + e.n.vx!;
      e.y = e.n.y! + e.n.vy!;
    }
    for (let s = 1; s < sweep.length; s++) {
      const e = sweep[s]!;
      let t = s - 1;
      for (; t >= 0 && before(e, sweep[t]!); t--) sweep[t + 1] = sweep[t]!;
      sweep[t + 1] = e;
    }
    for (let s = 0; s < sweep.length; s++) {
      const A = sweep[s]!;
      const right = A.x + A.n.right + padding;
      for (let u = s + 1; u < sweep.length && sweep[u]!.x - sweep[u]!.n.left < right; u++) push(A, sweep[u]!);
    }
  };
  function push(A: Entry, B: Entry) {
    const a = A.n,
      b = B.n;
    const ox = Math.min(A.x + a.right, B.x + b.right) - Math.max(A.x - a.left, B.x - b.left) + padding;
    const oy = Math.min(A.y + a.bottom, B.y + b.bottom) - Math.max(A.y - a.top, B.y - b.top) + padding;
    if (ox <= 0 || oy <= 0) return;
    const pinnedA = a.fx != null,
      pinnedB = b.fx != null;
    const shareA = pinnedA ? 0 : pinnedB ? 1 : 0.5;
    const shareB = pinnedB ? 0 : pinnedA ? 1 : 0.5;
    // Ties in position are broken by input order, never at random, so the result stays deterministic.
    if (ox < oy) {
      const sign = B.x > A.x || (B.x === A.x && B.i > A.i) ? 1 : -1;
      a.vx! -= sign * ox * strength * shareA;
      b.vx! += sign * ox * strength * shareB;
    } else {
      const sign = B.y > A.y || (B.y === A.y && B.i > A.i) ? 1 : -1;
      a.vy! -= sign * oy * strength * shareA;
      b.vy! += sign * oy * strength * shareB;
    }
  }
  force.initialize = (all: BoxedNode[]) => {
    sweep = all.map((n, i) => ({ n, i, x: 0, y: 0 }));
  };
  return force;
}

/**
 * Keeps every box inside [margin, width - margin] x [margin, height - margin]. It runs last, and
 * trims each node's velocity so that the step d3 is about to take lands inside the box.
 */
export function forceNetworkBounds(width: number, height: number, margin: number): Force<BoxedNode, undefined> {
  let nodes: BoxedNode[] = [];
  const force: Force<BoxedNode, undefined> = () => {
    for (const n of nodes) {
      if (n.fx != null) continue;
      n.vx = clamp(n.x! + n.vx!, margin + n.left, width - margin - n.right) - n.x!;
      n.vy = clamp(n.y! + n.vy!, margin + n.top, height - margin - n.bottom) - n.y!;
    }
  };
  force.initialize = (all: BoxedNode[]) => {
    nodes = all;
  };
  return force;
}

export function clamp(value: number, lo: number, hi: number): number {
  return lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, value));
}
