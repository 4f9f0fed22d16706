import type { ReactNode } from 'react';
import { DataText } from '../../ui/DataText';
import { StatusLegend } from '../shared/StatusLegend';
import { ChangeLegend } from '../shared/ChangeLegend';
import { KIND_ORDER, NODE_COLORS, nodeShapePath, TIE_STYLES } from '../../styles/networkStyle';
import { useMessages } from '../../state/useMessages';

const SAMPLE_RADIUS = 6;

/** The key to the diagram: shapes for kinds of actor, lines for kinds of tie, and the shared status styles. */
export function NetworkLegend({ focusName }: { focusName: string }) {
  const t = useMessages();
  const kinds: { key: string; label: ReactNode; d: string; fill: string; stroke: string }[] = KIND_ORDER.map((kind) => ({
    key: kind,
    label: t.kinds[kind],
    d: nodeShapePath(kind, SAMPLE_RADIUS),
    fill: kind === 'person' ? NODE_COLORS.personFill : NODE_COLORS.fill,
    stroke: NODE_COLORS.stroke,
  }));
  const focusLabel = (
    <>
      <DataText text={focusName} /> ({t.network.focus})
    </>
  );
  kinds.push({
    key: 'focus',
    label: focusLabel,
    d: nodeShapePath('country', SAMPLE_RADIUS),
    fill: NODE_COLORS.focusFill,
    stroke: NODE_COLORS.focusStroke,
  });
  return (
    <div className="network-legend" role="group" aria-label={t.network.legend}>
      <figure className="legend-key network-legend__part">
        <figcaption>{t.network.legendActors}</figcaption>
        <ul>
          {kinds.map((k) => (
            <li key={k.key}>
              <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true" focusable="false">
                <path d={k.d} fill={k.fill} stroke={k.stroke} strokeWidth="1.5" />
              </svg>
              <span>{k.label}</span>
            </li>
          ))}
        </ul>
      </figure>
      <figure className="legend-key network-legend__part">
        <figcaption>{t.network.legendTies}</figcaption>
        <ul>
          {(['membership', 'event'] as const).map((kind) => (
            <li key={kind}>
              <svg width="36" height="12" aria-hidden="true" focusable="false">
                <line
                  x1="2"
                  y1="6"
                  x2="34"
                  y2="6"
                  stroke={TIE_STYLES[kind].color}
                  strokeWidth={TIE_STYLES[kind].width + 0.5}
                  strokeDasharray={TIE_STYLES[kind].dash}
                />
              </svg>
              <span>{t.network[kind]}</span>
            </li>
          ))}
        </ul>
      </figure>
      <StatusLegend title={t.network.legendStatuses} />
      <ChangeLegend className="network-legend__part" />
    </div>
  );
}
