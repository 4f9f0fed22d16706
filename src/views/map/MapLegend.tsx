import type { Dataset } from '../../data/indexDataset';
import { useLang, useMessages } from '../../i18n/messages';
import { StatusLegend } from '../shared/StatusLegend';
import { FOCUS_COLOR, NEUTRAL_FILL, STATUS_STYLES } from '../shared/statusStyle';
import { linkWeight, MAP_COLORS } from './mapStyles';

/** One, a middle value and the most sectors any relation spans: the widths worth showing. */
function widthSamples(maxSectors: number): number[] {
  return [...new Set([1, Math.round((1 + maxSectors) / 2), maxSectors])].filter((n) => n >= 1);
}

/** The key to everything the map encodes: link status (colour, dash, glyph), link width, country fills, point shapes. */
export function MapLegend({ dataset, maxSectors }: { dataset: Dataset; maxSectors: number }) {
  const t = useMessages();
  const lang = useLang();
  return (
    <div className="map-legend">
      <h3 className="map-legend__title">{t.map.legendTitle}</h3>
      <StatusLegend title={t.map.legendLinks} />
      <figure className="map-legend__group">
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
      <figure className="map-legend__group">
        <figcaption>{t.map.legendFills}</figcaption>
        <ul>
          <li>
            <span className="map-legend__swatch" style={{ background: FOCUS_COLOR }} aria-hidden="true" />
            <span>{t.map.fillFocus(dataset.focus.name[lang])}</span>
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
      <figure className="map-legend__group">
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
    </div>
  );
}
