import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchSilence } from '../../../src/boot/watchSilence';

const LIMIT = 15_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A body whose pieces the test sends one by one. */
function bodyByHand() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  return { body, send: () => controller.enqueue(new Uint8Array(10)), end: () => controller.close() };
}

describe('the silence of a server', () => {
  it('is noticed once a request has waited the limit for an answer', async () => {
    const onSilent = vi.fn();
    const { fetcher } = watchSilence(() => new Promise(() => undefined), LIMIT, onSilent);
    void fetcher('http://example.test/late.json');
    await vi.advanceTimersByTimeAsync(LIMIT - 1);
    expect(onSilent).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onSilent).toHaveBeenCalledTimes(1);
  });

  it('is not a slow download that keeps sending, and is one that stops sending halfway', async () => {
    const onSilent = vi.fn();
    const source = bodyByHand();
    const { fetcher } = watchSilence(async () => new Response(source.body), LIMIT, onSilent);
    const reader = (await fetcher('http://example.test/big.csv')).body!.getReader();
    for (let i = 0; i < 5; i += 1) {
      const read = reader.read();
      await vi.advanceTimersByTimeAsync(LIMIT - 1000);
      source.send();
      await read;
    }
    expect(onSilent).not.toHaveBeenCalled();
    void reader.read();
    await vi.advanceTimersByTimeAsync(LIMIT);
    expect(onSilent).toHaveBeenCalledTimes(1);
  });

  it('does not count the time spent once every body has been read', async () => {
    const onSilent = vi.fn();
    const source = bodyByHand();
    const { fetcher } = watchSilence(async () => new Response(source.body), LIMIT, onSilent);
    const reading = (await fetcher('http://example.test/data.json')).text();
    source.send();
    source.end();
    await reading;
    await vi.advanceTimersByTimeAsync(LIMIT * 3);
    expect(onSilent).not.toHaveBeenCalled();
  });

  it('is no longer watched once stopped', async () => {
    const onSilent = vi.fn();
    const watch = watchSilence(() => new Promise(() => undefined), LIMIT, onSilent);
    void watch.fetcher('http://example.test/late.json');
    watch.stop();
    await vi.advanceTimersByTimeAsync(LIMIT * 2);
    expect(onSilent).not.toHaveBeenCalled();
  });
});
