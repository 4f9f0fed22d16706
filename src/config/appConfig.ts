import { VIEWS, type View } from '../state/urlState';

/**
 * How the page was asked to run, read once at boot from its address. Views never read the URL:
 * they receive what they need from here or from the store.
 */
export const EMBED_VIEWS = [...VIEWS, 'timeline'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

export interface AppConfig {
  /** `?embed=map|network|sectors|source|table|timeline`: that one view alone. */
  embed: EmbedView | null;
  /** `?data=<url>`: a dataset to load instead of the shipped one. */
  dataUrl: string | null;
  /** `?present=1`: open in presentation mode. */
  present: boolean;
  /** `?step=3`: the presentation step to open at (1-based). */
  step: number | null;
}

export function readAppConfig(search: string): AppConfig {
  const params = new URLSearchParams(search);
  const embed = params.get('embed');
  const step = Number(params.get('step'));
  return {
    embed: embed !== null && (EMBED_VIEWS as readonly string[]).includes(embed) ? (embed as EmbedView) : null,
    dataUrl: params.get('data') || null,
    present: params.get('present') === '1',
    step: Number.isInteger(step) && step >= 1 ? step : null,
  };
}

export type { View };
