import { useEffect, type RefObject } from 'react';
import { isAskHeight, toDatawrapperChartId, toDatawrapperHeightMessage, toHeightMessage } from '../../embed/embedProtocol';

/**
 * Tells the page that frames this one how tall the content is, the way the leading embed
 * services do, so a host script can size the iframe with no scrollbar: once at first, on every
 * change of height (a new width reflows the content), and whenever the host asks. The height
 * goes out twice: in this atlas's own message, and in the shape of Datawrapper's, which many
 * content systems already listen for.
 */
export function useReportHeight(ref: RefObject<HTMLElement | null>, view: string): void {
  useEffect(
    function reportHeightToHost() {
      const element = ref.current;
      if (!element || window.parent === window) return;
      const chartId = toDatawrapperChartId(window.location.pathname, view);
      let last = -1;
      const post = (force: boolean) => {
        const height = Math.ceil(element.getBoundingClientRect().height);
        if (!force && height === last) return;
        last = height;
        // The height says nothing private, and an embed cannot know its host's origin.
        window.parent.postMessage(toHeightMessage(height, view), '*');
        window.parent.postMessage(toDatawrapperHeightMessage(height, chartId), '*');
      };
      post(true);
      const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => post(false));
      observer?.observe(element);
      const onMessage = (event: MessageEvent) => {
        if (event.source === window.parent && isAskHeight(event.data)) post(true);
      };
      window.addEventListener('message', onMessage);
      return () => {
        observer?.disconnect();
        window.removeEventListener('message', onMessage);
      };
    },
    [ref, view],
  );
}
