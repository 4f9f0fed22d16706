// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dashOf, paintEdgeBatches, type BatchCanvas } from '../../../src/views/network/paintEdgeBatches';
import { batchedTiesMarkup } from '../../../src/views/network/batchedVector';
import { BATCHED_TIE, DISAGREEMENT_SIGN } from '../../../src/styles/networkStyle';

/** A canvas that writes down what it is asked to paint, each stroke and fill with the paint it had then. */
class RecordingCanvas implements BatchCanvas<string> {
  calls: string[] = [];
  globalAlpha = 1;
  strokeStyle = '';
  fillStyle = '';
  lineWidth = 1;
  lineCap: CanvasLineCap = 'butt';
  private dash: number[] = [];
  setLineDash(segments: number[]) {
    this.dash = segments;
  }
  setTransform(...m: number[]) {
    this.calls.push(`matrix ${m.join(' ')}`);
  }
  clearRect(x: number, y: number, w: number, h: number) {
    this.calls.push(`clear ${x} ${y} ${w} ${h}`);
  }
  stroke(path: string) {
    this.calls.push(`stroke ${path} ${this.strokeStyle} ${this.lineWidth} [${this.dash.join(' ')}] ${this.lineCap} ${this.globalAlpha}`);
  }
  fill(path: string) {
    this.calls.push(`fill ${path} ${this.fillStyle} ${this.globalAlpha}`);
  }
}
const recordingCanvas = () => new RecordingCanvas();

const paint = { ink: '#111111', paper: '#fafafa' };
const batches = [
  { key: 'a', d: 'M0,0L10,10', color: '#0b5394', width: 1.5, dash: undefined },
  { key: 'b', d: 'M5,5L20,0M1,1L2,2', color: '#7a4a00', width: 1.2, dash: '4 3' },
];
const signs = { disc: 'DISC', strokes: 'STROKES' };

describe('painting the batched ties on a canvas', () => {
  it('reads an SVG dash as a canvas takes it', () => {
    expect(dashOf(undefined)).toEqual([]);
    expect(dashOf('7 3 1.5 3')).toEqual([7, 3, 1.5, 3]);
    expect(dashOf('4,3')).toEqual([4, 3]);
  });

  it('clears the whole canvas, then paints each batch in its stroke under the matrix given, translucent, signs last', () => {
    const canvas = recordingCanvas();
    const painted = batches.map((b) => ({ path: b.d, color: b.color, width: b.width, dash: dashOf(b.dash) }));
    paintEdgeBatches(canvas, { width: 300, height: 200 }, { a: 2, b: 0, c: 0, d: 2, e: 10, f: 20 }, painted, signs, paint);
    expect(canvas.calls).toEqual([
      'matrix 1 0 0 1 0 0',
      'clear 0 0 300 200',
      'matrix 2 0 0 2 10 20',
      `stroke M0,0L10,10 #0b5394 1.5 [] ${BATCHED_TIE.linecap} ${BATCHED_TIE.opacity}`,
      `stroke M5,5L20,0M1,1L2,2 #7a4a00 1.2 [4 3] ${BATCHED_TIE.linecap} ${BATCHED_TIE.opacity}`,
      'fill DISC #fafafa 1',
      `stroke DISC #111111 ${DISAGREEMENT_SIGN.discWidth} [] round 1`,
      `stroke STROKES #111111 ${DISAGREEMENT_SIGN.signWidth} [] round 1`,
    ]);
  });

  it('paints no sign when no batched tie disagrees', () => {
    const canvas = recordingCanvas();
    paintEdgeBatches(canvas, { width: 1, height: 1 }, { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }, [], null, paint);
    expect(canvas.calls.filter((c) => c.startsWith('stroke') || c.startsWith('fill'))).toEqual([]);
  });
});

describe('the batched ties as vector, for an export or a print', () => {
  it('writes the very paths the canvas paints, each paint an attribute, in the same order', () => {
    const markup = batchedTiesMarkup(batches, signs, paint);
    const doc = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`, 'image/svg+xml');
    const paths = [...doc.querySelectorAll('path')];
    expect(paths.map((p) => p.getAttribute('d'))).toEqual(['M0,0L10,10', 'M5,5L20,0M1,1L2,2', 'DISC', 'STROKES']);
    expect(paths[0]!.getAttribute('stroke')).toBe('#0b5394');
    expect(paths[0]!.getAttribute('stroke-dasharray')).toBeNull();
    expect(paths[1]!.getAttribute('stroke-dasharray')).toBe('4 3');
    expect(paths[1]!.getAttribute('stroke-opacity')).toBe(String(BATCHED_TIE.opacity));
    expect(paths[1]!.getAttribute('stroke-linecap')).toBe('round');
    expect(paths[1]!.getAttribute('fill')).toBe('none');
    expect(paths[2]!.getAttribute('fill')).toBe('#fafafa');
    expect(paths[2]!.getAttribute('stroke')).toBe('#111111');
    expect(paths[3]!.getAttribute('stroke-width')).toBe(String(DISAGREEMENT_SIGN.signWidth));
  });

  it('writes no sign when no batched tie disagrees', () => {
    expect(batchedTiesMarkup(batches, null, paint).match(/<path/g)).toHaveLength(2);
  });
});
