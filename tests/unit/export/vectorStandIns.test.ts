// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fillStandIns, setStandInMarkup, standInMarkup, STAND_IN } from '../../../src/export/browser/vectorStandIns';

const SVG = 'http://www.w3.org/2000/svg';

function drawing(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  const group = document.createElementNS(SVG, 'g');
  group.setAttribute(STAND_IN, 'ties');
  svg.append(group, document.createElementNS(SVG, 'circle'));
  return svg;
}

describe('vector stand-ins for what a view paints on a canvas', () => {
  it('fills a copy’s stand-in with what the original stands for, at its place, and unmarks it', () => {
    const source = drawing();
    setStandInMarkup(source.querySelector('g')!, () => '<path d="M0,0L1,1"/>');
    const clone = source.cloneNode(true) as SVGSVGElement;
    fillStandIns(source, clone);
    const filled = clone.querySelector('g')!;
    expect(filled.querySelector('path')?.getAttribute('d')).toBe('M0,0L1,1');
    expect(filled.querySelector('path')?.namespaceURI).toBe(SVG);
    expect(filled.hasAttribute(STAND_IN)).toBe(false);
    expect(clone.lastElementChild?.localName).toBe('circle');
    expect(source.querySelector('g')!.childElementCount).toBe(0);
  });

  it('leaves a stand-in empty once its view has unregistered it', () => {
    const source = drawing();
    const group = source.querySelector('g')!;
    setStandInMarkup(group, () => '<path d="M0,0"/>');
    setStandInMarkup(group, null);
    expect(standInMarkup(group)).toBe('');
    const clone = source.cloneNode(true) as SVGSVGElement;
    fillStandIns(source, clone);
    expect(clone.querySelector('g')!.childElementCount).toBe(0);
  });
});
