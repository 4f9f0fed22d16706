import { describe, expect, it } from 'vitest';
import { readBody } from '../../../src/data/readBody';

const KB = 1024;

/** A body sent 64 kB at a time, `bytes` in all, that counts what was pulled and whether the reader hung up. */
function servedInPieces(
  bytes: number,
  { silentAfter = Infinity, headers = {} }: { silentAfter?: number; headers?: Record<string, string> } = {},
) {
  const served = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (served.pulled >= silentAfter) return new Promise<void>(() => undefined);
      const size = Math.min(64 * KB, bytes - served.pulled);
      served.pulled += size;
      controller.enqueue(new Uint8Array(size).fill(97));
      if (served.pulled >= bytes) controller.close();
    },
    cancel() {
      served.cancelled = true;
    },
  });
  return { response: new Response(body, { headers }), served };
}

describe('reading a body', () => {
  it('counts the bytes of a body sent in chunks, with no announced length, and stops reading at the limit', async () => {
    const { response, served } = servedInPieces(1024 * KB);
    const result = await readBody(response, { limitBytes: 300 * KB });
    expect(result).toEqual({ ok: false, problem: { code: 'fileTooLarge', limitBytes: 300 * KB } });
    expect(served.pulled).toBeLessThanOrEqual(320 * KB);
    expect(served.cancelled).toBe(true);
  });

  it('refuses a body announced as too large before reading a byte of it', async () => {
    const { response, served } = servedInPieces(1024 * KB, { headers: { 'content-length': String(1024 * KB) } });
    expect(await readBody(response, { limitBytes: 300 * KB })).toEqual({
      ok: false,
      problem: { code: 'fileTooLarge', limitBytes: 300 * KB },
    });
    expect(served.pulled).toBeLessThanOrEqual(64 * KB);
  });

  it('reads a body within the limit whole, telling the bytes received and the announced total as they come', async () => {
    const { response } = servedInPieces(200 * KB, { headers: { 'content-length': String(200 * KB) } });
    const progress: [number, number | null][] = [];
    const result = await readBody(response, { limitBytes: 300 * KB, onProgress: (received, total) => progress.push([received, total]) });
    expect(result.ok && result.bytes.byteLength).toBe(200 * KB);
    expect(progress).toEqual([
      [64 * KB, 200 * KB],
      [128 * KB, 200 * KB],
      [192 * KB, 200 * KB],
      [200 * KB, 200 * KB],
    ]);
  });

  it('stops when its signal aborts, even while the server has gone silent', async () => {
    const { response, served } = servedInPieces(1024 * KB, { silentAfter: 128 * KB });
    const controller = new AbortController();
    const reading = readBody(response, {
      limitBytes: 2048 * KB,
      signal: controller.signal,
      onProgress: (received) => received >= 128 * KB && controller.abort('cancelled'),
    });
    expect(await reading).toEqual({ ok: false, problem: { code: 'cancelled' } });
    expect(served.cancelled).toBe(true);
  });

  it('says the file could not be read completely when the connection breaks', async () => {
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new TypeError('network error'));
        sent = true;
        controller.enqueue(new Uint8Array(10));
      },
    });
    expect(await readBody(new Response(body), { limitBytes: 100 })).toEqual({ ok: false, problem: { code: 'readIncomplete' } });
  });
});
