import type { Fetcher } from '../data/loadDataset';

/**
 * Wraps a fetcher so that `onSilent` is called once its requests have waited `limitMs` without a
 * byte: no answer to a request, or no further piece of a body being read. The time spent on
 * anything else (parsing, checking) does not count, nor does a download that keeps sending.
 * `stop` ends the watch.
 */
export function watchSilence(fetcher: Fetcher, limitMs: number, onSilent: () => void): { fetcher: Fetcher; stop: () => void } {
  let waiting = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const rearm = () => {
    clearTimeout(timer);
    if (!stopped && waiting > 0) timer = setTimeout(onSilent, limitMs);
  };
  const settle = () => {
    waiting -= 1;
    rearm();
  };

  const watched: Fetcher = async (url, init) => {
    waiting += 1;
    rearm();
    let response: Response;
    try {
      response = await fetcher(url, init);
    } catch (error) {
      settle();
      throw error;
    }
    if (!response.body) {
      settle();
      return response;
    }
    rearm();
    const reader = response.body.getReader();
    let open = true;
    const close = () => {
      if (!open) return;
      open = false;
      settle();
    };
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          rearm();
          if (done) {
            close();
            controller.close();
          } else controller.enqueue(value);
        } catch (error) {
          close();
          controller.error(error);
        }
      },
      cancel(reason) {
        close();
        return reader.cancel(reason);
      },
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };

  return {
    fetcher: watched,
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
