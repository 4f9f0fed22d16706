import { memo, type KeyboardEvent } from 'react';
import type { NetworkEdge, NetworkEdgeKind } from '../../derive/toNetworkGraph';
import { edgeStroke } from '../../styles/networkStyle';
import type { Status } from '../../model/statuses';
import { CHANGE_GLYPHS, type ChangeKind } from '../../derive/compareDates';
import { disagreementSign } from './disagreementSign';

interface Props extends Omit<LineProps, 'className'> {
  id: string;
  name: string;
  /** How the pair changed between the two dates the date control marks, if it did. */
  changed?: readonly ChangeKind[] | undefined;
  onPick(id: string): void;
  onPoint(id: string | null): void;
}

/**
 * One pair of actors. A wide transparent line on top makes a thin edge easy to point at. Edges
 * are buttons for screen readers but stay out of the Tab order, which the nodes already fill; the
 * list below the diagram gives keyboard users every relation. Like a node's, its emphasis is
 * written onto it without a render (`useMarkEmphasis`).
 *
 * Its props are plain values, so a filter that leaves a pair as it was does not re-render it.
 */
export const NetworkEdgeMark = memo(function NetworkEdgeMark({
  id,
  kind,
  status,
  partnerships,
  aside,
  disagrees,
  x1,
  y1,
  x2,
  y2,
  name,
  changed,
  onPick,
  onPoint,
}: Props) {
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onPick(id);
  };
  return (
    <g
      className="network-edge"
      data-id={id}
      data-kind={kind}
      data-status={status ?? undefined}
      data-changed={changed?.join(' ')}
      role="button"
      tabIndex={-1}
      aria-label={name}
      onClick={() => onPick(id)}
      onKeyDown={onKeyDown}
      onPointerEnter={() => onPoint(id)}
      onPointerLeave={() => onPoint(null)}
    >
      <EdgeLine
        className="network-edge__line"
        kind={kind}
        status={status}
        partnerships={partnerships}
        aside={aside}
        disagrees={disagrees}
        x1={x1}
        y1={y1}
        x2={x2}
        y2={y2}
      />
      <line className="network-edge__hit" x1={x1} y1={y1} x2={x2} y2={y2} />
      {changed && <ChangeBadge x={(x1 + x2) / 2} y={(y1 + y2) / 2} kinds={changed} />}
    </g>
  );
});

interface LineProps {
  className: string;
  kind: NetworkEdgeKind;
  status: Status | null;
  /** How many shown partnerships the pair has: the width of a partnership edge. */
  partnerships: number;
  /** A partnership between two actors other than the centre: drawn thinner and paler, behind. */
  aside: boolean;
  /** Whether its sources disagree: a sign at its middle says so (`DisagreementMark`). */
  disagrees: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * What an edge's line is drawn from: its kind, status and width, and its two ends' places. Plain
 * values, so a memoised mark whose edge a filter leaves as it was is not re-rendered.
 */
export function lineOf(edge: NetworkEdge, a: { x: number; y: number }, b: { x: number; y: number }): Omit<LineProps, 'className'> {
  return {
    kind: edge.kind,
    status: edge.status,
    partnerships: edge.partnershipIds.length,
    aside: edge.kind === 'partnership' && !edge.withFocus,
    disagrees: edge.disagrees,
    x1: a.x,
    y1: a.y,
    x2: b.x,
    y2: b.y,
  };
}

/** How much thinner a tie between two other actors is than one of the centre's. */
export const ASIDE_WIDTH = 0.6;

/** The sign of a pair whose sources disagree, on its line; it reads without colour and in any theme. The pointer passes through it to the edge. */
export function DisagreementMark({ x, y }: { x: number; y: number }) {
  return <DisagreementSigns {...disagreementSign(x, y)} />;
}

/** One or many disagreement signs (`disagreementSign`), their discs and strokes joined. */
export function DisagreementSigns({ disc, strokes }: { disc: string; strokes: string }) {
  return (
    <g className="network-edge__disagree" aria-hidden="true">
      <path className="network-edge__disagree-disc" d={disc} />
      <path className="network-edge__disagree-sign" d={strokes} />
    </g>
  );
}

/** The drawn line of an edge, with its sign where its sources disagree, in the network and again in its overlay. */
export function EdgeLine({ className, kind, status, partnerships, aside, disagrees, x1, y1, x2, y2 }: LineProps) {
  const stroke = edgeStroke(kind, status, partnerships);
  const line = (
    <line
      className={aside ? `${className} is-aside` : className}
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      stroke={stroke.color}
      strokeWidth={aside ? stroke.width * ASIDE_WIDTH : stroke.width}
      strokeDasharray={stroke.dash}
      strokeLinecap={kind === 'partnership' ? 'round' : 'butt'}
    />
  );
  if (!disagrees) return line;
  return (
    <>
      {line}
      <DisagreementMark x={(x1 + x2) / 2} y={(y1 + y2) / 2} />
    </>
  );
}

/** The mark of a pair that changed between two compared dates: its kinds' glyphs in a ringed disc at the edge's middle. */
function ChangeBadge({ x, y, kinds }: { x: number; y: number; kinds: readonly ChangeKind[] }) {
  const glyphs = kinds.map((kind) => CHANGE_GLYPHS[kind]).join('');
  return (
    <g className="network-edge__change" transform={`translate(${x},${y})`} aria-hidden="true">
      <rect x={-5 - glyphs.length * 4} y={-8} width={10 + glyphs.length * 8} height={16} rx={8} />
      <text textAnchor="middle" dominantBaseline="central">
        {glyphs}
      </text>
    </g>
  );
}
