import { element, escapeXml, num, EXPORT_FONT } from '../svgMarkup';
import { toPaint } from '../cssColor';
import { cloneWithStyles, innerMarkup } from './inlineStyles';

type Frame = { left: number; top: number };

function paintAttrs(css: string, name: 'fill' | 'stroke'): Record<string, string | undefined> {
  const paint = toPaint(css);
  return { [name]: paint.color, [`${name}-opacity`]: paint.alpha < 1 && paint.color !== 'none' ? String(paint.alpha) : undefined };
}

/**
 * The name a label draws: its text less its glyph and less the full text it keeps for screen
 * readers when it draws a cut one (`DataText`).
 */
function drawnName(button: HTMLElement): string {
  let out = '';
  const walker = button.ownerDocument.createTreeWalker(button, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('.visually-hidden, .map-place__glyph')) out += node.textContent ?? '';
  }
  return out.trim();
}

/** One HTML label pill (a button) redrawn as a rounded rectangle with its glyph and name. */
function drawLabel(button: HTMLElement, frame: Frame): string {
  const r = button.getBoundingClientRect();
  const style = getComputedStyle(button);
  const x = r.left - frame.left;
  const y = r.top - frame.top;
  const border = parseFloat(style.borderTopWidth) || 0;
  const radius = Math.min(r.height / 2, parseFloat(style.borderTopLeftRadius) || 0);
  let out = element('rect', {
    x: x + border / 2,
    y: y + border / 2,
    width: r.width - border,
    height: r.height - border,
    rx: radius,
    ...paintAttrs(style.backgroundColor, 'fill'),
    ...(border > 0 ? { ...paintAttrs(style.borderTopColor, 'stroke'), 'stroke-width': String(border) } : {}),
  });
  const size = parseFloat(style.fontSize) || 13;
  const baseline = y + r.height / 2 + size * 0.36;
  const glyph = button.querySelector<HTMLElement>('.map-place__glyph');
  let textX = x + (parseFloat(style.paddingLeft) || 0) + border;
  if (glyph) {
    const g = glyph.getBoundingClientRect();
    const gs = getComputedStyle(glyph);
    out += element(
      'text',
      {
        x: num(g.left - frame.left),
        y: num(baseline),
        'font-family': EXPORT_FONT,
        'font-size': gs.fontSize.replace('px', ''),
        'font-weight': gs.fontWeight,
        fill: toPaint(gs.color).color,
      },
      escapeXml(glyph.textContent ?? ''),
    );
    textX = g.right - frame.left + (parseFloat(style.columnGap) || 0);
  }
  const name = drawnName(button);
  const text = (x: number, y: number) =>
    element(
      'text',
      {
        x: num(x),
        y: num(y),
        'font-family': EXPORT_FONT,
        'font-size': String(size),
        'font-weight': style.fontWeight,
        fill: toPaint(style.color).color,
      },
      escapeXml(name),
    );
  // A name the page cuts with an ellipsis (map.css) is cut at the same place in the picture.
  const box = button.querySelector('bdi');
  if (box && box.scrollWidth > box.clientWidth + 1) {
    const b = box.getBoundingClientRect();
    return (
      out +
      element(
        'svg',
        { x: num(textX), y: num(y), width: num(b.right - frame.left - textX), height: num(r.height), overflow: 'hidden' },
        text(0, baseline - y),
      )
    );
  }
  return out + text(textX, baseline);
}

/**
 * The map's places are HTML (so keyboards reach them): each point, its leader line and its
 * label pill is redrawn where it sits, with its opacity on screen when it is dimmed: its own
 * times its list's, which a pick fades as a whole while copies of the picked places are drawn
 * above it at full strength (`PlaceCopy`). An unfaded list sits just under 1 (map.css), which
 * counts as whole.
 */
export function readMapPlaces(container: HTMLElement, frame: Frame): string {
  let out = '';
  for (const place of container.querySelectorAll<HTMLElement>('.map-place')) {
    const mark = place.querySelector<SVGSVGElement>('.map-place__mark');
    const button = place.querySelector<HTMLElement>('.map-place__label');
    const list = place.parentElement;
    const opacity = Number(getComputedStyle(place).opacity) * (list ? Number(getComputedStyle(list).opacity) : 1);
    let body = '';
    if (mark) {
      const r = mark.getBoundingClientRect();
      body += `<g transform="translate(${num(r.left - frame.left)},${num(r.top - frame.top)})">${innerMarkup(cloneWithStyles(mark))}</g>`;
    }
    if (button) body += drawLabel(button, frame);
    out += opacity < 0.99 ? `<g opacity="${num(opacity)}">${body}</g>` : body;
  }
  return out;
}
