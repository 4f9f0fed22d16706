import { toPaint, isInvisible } from '../cssColor';
import { EXPORT_FONT } from '../svgMarkup';

/**
 * The computed styles a chart's stylesheet gives its SVG, copied onto a clone as presentation
 * attributes: a serialised SVG carries no page CSS, so what the page styled by class (label
 * halos, faded marks, muted text) would otherwise be lost.
 */
const COPIED = ['stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'opacity', 'paint-order'] as const;
const COPIED_ON_TEXT = ['font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'text-decoration-line'] as const;
const TEXTS = new Set(['text', 'tspan']);
/** Initial values: writing them on every element would only bloat the file. */
const DEFAULTS = new Set(['', 'none', 'normal', 'auto', 'butt', 'miter', 'start', '1', '400', 'visible']);
const SHAPES = new Set(['path', 'line', 'rect', 'circle', 'ellipse', 'polyline', 'polygon']);
/** Text a screen shows only on demand (a tooltip's <title>) or only to screen readers: never printed. */
const SCREEN_ONLY = new Set(['title', 'desc']);
/** Attributes that belong to the page (interaction, assistive technology), not to a picture. */
const DROPPED = /^(role|tabindex|focusable|style|aria-.*|on.*)$/i;

function copyPaint(target: Element, name: 'fill' | 'stroke', css: string, ownOpacity: string): boolean {
  const paint = toPaint(css);
  if (isInvisible(paint)) {
    target.setAttribute(name, 'none');
    return false;
  }
  target.setAttribute(name, paint.color);
  const alpha = paint.alpha * Number(ownOpacity || 1);
  if (alpha < 1) target.setAttribute(`${name}-opacity`, String(Math.round(alpha * 1000) / 1000));
  else target.removeAttribute(`${name}-opacity`);
  return true;
}

/**
 * Walks the original and its clone side by side (same shape, node for node). Returns false when
 * the element draws nothing (hidden, or a transparent hit area), so the caller drops it.
 */
function inlineElement(source: Element, target: Element, view: Window): boolean {
  if (SCREEN_ONLY.has(source.localName) || source.classList.contains('visually-hidden')) return false;
  const style = view.getComputedStyle(source);
  if (style.display === 'none' || style.visibility === 'hidden') return false;
  for (const attr of [...target.attributes]) if (DROPPED.test(attr.name)) target.removeAttribute(attr.name);
  const fills = copyPaint(target, 'fill', style.fill, style.fillOpacity);
  const strokes = copyPaint(target, 'stroke', style.stroke, style.strokeOpacity);
  if (SHAPES.has(source.localName) && !fills && !strokes) return false;
  const isText = TEXTS.has(source.localName);
  for (const name of isText ? [...COPIED, ...COPIED_ON_TEXT] : COPIED) {
    const value = style.getPropertyValue(name).trim();
    if (DEFAULTS.has(value)) continue;
    const attribute = name === 'text-decoration-line' ? 'text-decoration' : name;
    target.setAttribute(attribute, value.replace(/px$/, ''));
  }
  if (isText) target.setAttribute('font-family', EXPORT_FONT);
  const sourceChildren = [...source.children];
  const targetChildren = [...target.children];
  sourceChildren.forEach((child, i) => {
    const copy = targetChildren[i];
    if (copy && !inlineElement(child, copy, view)) copy.remove();
  });
  return true;
}

/** A deep clone of an SVG element with its computed look written on every element. */
export function cloneWithStyles(svg: SVGElement): SVGElement {
  const view = svg.ownerDocument.defaultView;
  const clone = svg.cloneNode(true) as SVGElement;
  if (view) inlineElement(svg, clone, view);
  return clone;
}

/** The clone's children as markup, for nesting in another SVG. */
export function innerMarkup(svg: SVGElement): string {
  const serializer = new XMLSerializer();
  return [...svg.childNodes].map((node) => serializer.serializeToString(node)).join('');
}
