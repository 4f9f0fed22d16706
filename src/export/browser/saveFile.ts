import { EXPORT_FONT } from '../svgMarkup';
import { canvasTextMeasure } from '../../text/measureText';

/**
 * The few steps that need the document: measuring text in the export font, drawing an SVG onto a
 * canvas for a PNG, and handing a file to the browser's downloads.
 */

/** Widths from the browser's own font engine, so wrapped lines fit the picture it will draw. */
export const measureInBrowser = canvasTextMeasure(() => EXPORT_FONT);

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    image.src = url;
  });
}

/**
 * A PNG of the SVG at `scale` times its size (2 for print: a 800-pixel chart becomes 1600 pixels).
 * The SVG comes from a blob URL of this origin, so the canvas stays readable.
 */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser cannot draw on a canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hands a file to the browser's downloads under the given name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; a minute is ample and frees the memory.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
