import { DATA_HOST_PARAM } from './dataLink';
import { VIEWS, type View } from '../model/views';

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
  /**
   * `?datahost=other.site`: the embed code's word that the embed may show its `?data=` link, a
   * dataset from that host (see `holdEmbedData`). The dashboard needs no such word: it names the
   * host above the data.
   */
  dataHost?: string | null;
  /** A `?data=` link an embed was not allowed to show: it shows a notice in its place. */
  heldData?: string | null;
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
    dataHost: params.get(DATA_HOST_PARAM) || null,
  };
}

export type { View };
