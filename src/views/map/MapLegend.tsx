import { useContext, useEffect, useRef, useState } from 'react';
import { DataMessage } from '../../ui/DataText';
import type { Dataset } from '../../data/indexDataset';
import { useElementWidth } from '../shared/useElementWidth';
import { LegendFoldContext } from '../shared/legendFold';
import { StatusLegend } from '../shared/StatusLegend';
import { ChangeLegend } from '../shared/ChangeLegend';
import { FOCUS_COLOR, NEUTRAL_FILL, STATUS_STYLES } from '../../styles/statusStyle';
import { linkWeight, MAP_COLORS } from '../../styles/mapStyles';
import { useLang, useMessages } from '../../state/useMessages';

/** One, a middle value and the most sectors any relation spans: the widths worth showing. */
function widthSamples(maxSectors: number): number[] {
  return [...new Set([1, Math.round((1 + maxSectors) / 2), maxSectors])].filter((n) => n >= 1);
}

/** Below this width (48rem) the legend starts folded: in a phone or an embed it would take more room than the map. */
const ROOMY = 768;

/**
 * The key to everything the map encodes: link status (colour, dash, glyph), link width, country
 * fills, point shapes. It folds under the map (a native disclosure, which keyboards and screen
 * readers know), folded at first where the view is narrow and open where it is wide or where the
 * surface asks for it open (`LegendFoldContext`, a slide), until the
 * reader opens or closes it; printing shows it whole. Exports draw their own whole key
 * (`chartLegends`).
 */
export function MapLegend({ dataset, maxSectors }: { dataset: Dataset; maxSectors: number }) {
  const t = useMessages();
  const lang = useLang();
  const details = useRef<HTMLDetailsElement>(null);
  const width = useElementWidth(details, ROOMY);
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [printing, setPrinting] = useState(false);
  const fold = useContext(LegendFoldContext);
  const open = printing || (chosen ?? (fold === 'open' || (width ?? ROOMY) >= ROOMY));
  useEffect(function openForPrint() {
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return (
    <details
      ref={details}
      className="map-legend"
      open={open}
      onToggle={(event) => {
        if (!printing && event.currentTarget.open !== open) setChosen(event.currentTarget.open);
      }}
    >
      <summary className="map-legend__title">{t.map.legendTitle}</summary>
      <StatusLegend title={t.map.legendLinks} />
      <ChangeLegend className="map-legend__group" />
      <figure className="legend-key map-legend__group">
        <figcaption>{t.map.legendWidth}</figcaption>
        <ul>
          {widthSamples(maxSectors).map((n) => (
            <li key={n}>
              <svg width="36" height="14" aria-hidden="true" focusable="false">
                <line x1="3" y1="7" x2="33" y2="7" stroke={MAP_COLORS.ink} strokeWidth={linkWeight(n, maxSectors)} strokeLinecap="round" />
              </svg>
              <span>{t.map.sectorCount(n)}</span>
            </li>
          ))}
        </ul>
      </figure>
      <figure className="legend-key map-legend__group">
        <figcaption>{t.map.legendFills}</figcaption>
        <ul>
          <li>
            <span className="map-legend__swatch" style={{ background: FOCUS_COLOR }} aria-hidden="true" />
            <span>
              <DataMessage message={t.map.fillFocus} texts={[dataset.focus.name[lang]]} />
            </span>
          </li>
          <li>
            <span className="map-legend__swatches" aria-hidden="true">
              {Object.values(STATUS_STYLES).map((style) => (
                <span key={style.color} className="map-legend__swatch map-legend__swatch--tint" style={{ background: style.color }} />
              ))}
            </span>
            <span>{t.map.fillPartner}</span>
          </li>
          <li>
            <span className="map-legend__swatch" style={{ background: NEUTRAL_FILL }} aria-hidden="true" />
            <span>{t.map.fillNone}</span>
          </li>
        </ul>
      </figure>
      <figure className="legend-key map-legend__group">
        <figcaption>{t.map.legendPlaces}</figcaption>
        <ul>
          <li>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <circle cx="7" cy="7" r="5" fill={MAP_COLORS.ink} />
            </svg>
            <span>{t.map.placeCapital}</span>
          </li>
          <li>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <rect x="2" y="2" width="10" height="10" fill={MAP_COLORS.ink} />
            </svg>
            <span>{t.map.placeHeadquarters}</span>
          </li>
        </ul>
      </figure>
    </details>
  );
}
