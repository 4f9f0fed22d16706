import { useEffect, useRef } from 'react';
import { HEIGHT_MESSAGE } from '../../embed/embedProtocol';

export type HeightMeasure =
  { state: 'measuring' | 'measured'; width: number; height: number | null } | { state: 'failed'; width: number; height: null };

/** How long the embed's height must hold still before it counts as measured: its view draws in steps. */
const SETTLE_MS = 450;
/** Past this with no height at all, the embed did not load; the snippet keeps its estimate. */
const GIVE_UP_MS = 20_000;

/**
 * The embed itself, loaded unseen at the article column's width, reporting its height the way it
 * does to any host. The height is the view's own at that width, so it follows whatever the view
 * draws there (a table's cards, a folded legend) without this dialog knowing. It counts as
 * measured once it has held still for a moment after the page loaded; a later change (a slow
 * layout) still updates it. A new width resizes the same frame, as a reader's window would,
 * rather than loading the embed again.
 */
export function EmbedHeightProbe({
  url,
  width,
  title,
  onMeasure,
}: {
  url: string;
  width: number;
  title: string;
  onMeasure: (measure: HeightMeasure) => void;
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  const report = useRef(onMeasure);
  const widthNow = useRef(width);
  const restart = useRef<() => void>(() => undefined);
  useEffect(() => {
    report.current = onMeasure;
  });

  useEffect(
    function listenToTheEmbed() {
      let height: number | null = null;
      let loaded = false;
      let settle: number | undefined;
      // A view still at work (the network laying itself out again at a new width) says so with
      // aria-busy; its height then is the old one, so it is not measured until the work is done.
      const busy = () => Boolean(frame.current?.contentDocument?.querySelector('[aria-busy="true"]'));
      const settled = () => {
        if (busy()) settle = window.setTimeout(settled, SETTLE_MS);
        else report.current({ state: 'measured', width: widthNow.current, height });
      };
      const restartSettle = () => {
        window.clearTimeout(settle);
        report.current({ state: 'measuring', width: widthNow.current, height });
        if (loaded && height !== null) settle = window.setTimeout(settled, SETTLE_MS);
      };
      restart.current = restartSettle;
      const onMessage = (event: MessageEvent) => {
        const data = event.data as { type?: unknown; height?: unknown } | null;
        if (event.source !== frame.current?.contentWindow || data?.type !== HEIGHT_MESSAGE || typeof data.height !== 'number') return;
        height = data.height;
        restartSettle();
      };
      const onLoad = () => {
        loaded = true;
        restartSettle();
      };
      const giveUp = window.setTimeout(() => {
        if (height === null) report.current({ state: 'failed', width: widthNow.current, height: null });
      }, GIVE_UP_MS);
      const element = frame.current;
      window.addEventListener('message', onMessage);
      element?.addEventListener('load', onLoad);
      return () => {
        window.clearTimeout(settle);
        window.clearTimeout(giveUp);
        window.removeEventListener('message', onMessage);
        element?.removeEventListener('load', onLoad);
      };
    },
    [url],
  );

  useEffect(
    function measureAgainAtNewWidth() {
      if (widthNow.current === width) return;
      widthNow.current = width;
      restart.current();
    },
    [width],
  );

  // Inert and unseen, but laid out and painted at full width, so the embed draws as it would in
  // the article; it sits fixed to the viewport, so it widens nothing in the dialog.
  return <iframe ref={frame} className="embed-probe" src={url} title={title} aria-hidden="true" tabIndex={-1} inert style={{ width }} />;
}
