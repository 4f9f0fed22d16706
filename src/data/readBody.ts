import type { Problem } from './problem';

export interface ReadOptions {
  /** The most bytes read: past it, reading stops and the file is refused. */
  limitBytes: number;
  /** Called after each piece received, with the bytes so far and the total the server announced, if it did. */
  onProgress?: (received: number, total: number | null) => void;
  /** Reading stops when it aborts. */
  signal?: AbortSignal;
}

export type ReadBytes = { ok: true; bytes: Uint8Array } | { ok: false; problem: Problem };

/**
 * Reads a response's body piece by piece, counting the bytes as they come: a file that passes
 * the limit is refused as soon as it does, whatever its headers announced (a server that sends
 * its file in chunks announces no length at all), so the page never holds more than the limit.
 */
export async function readBody(response: Response, { limitBytes, onProgress, signal }: ReadOptions): Promise<ReadBytes> {
  const announced = Number(response.headers.get('content-length'));
  const total = Number.isFinite(announced) && announced > 0 ? announced : null;
  // A file announced as too large is refused before a byte of it is read.
  if (total !== null && total > limitBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, problem: { code: 'fileTooLarge', limitBytes } };
  }
  if (!response.body) return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };

  const reader = response.body.getReader();
  // A body whose source ignores the signal would leave a read waiting for ever: cancelling the
  // reader ends that read.
  const stop = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', stop, { once: true });
  const pieces: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      if (signal?.aborted) return { ok: false, problem: { code: 'cancelled' } };
      const { done, value } = await reader.read();
      if (signal?.aborted) return { ok: false, problem: { code: 'cancelled' } };
      if (done) break;
      received += value.byteLength;
      if (received > limitBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, problem: { code: 'fileTooLarge', limitBytes } };
      }
      pieces.push(value);
      onProgress?.(received, total);
    }
  } catch {
    return { ok: false, problem: signal?.aborted ? { code: 'cancelled' } : { code: 'readIncomplete' } };
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  return { ok: true, bytes: joinPieces(pieces, received) };
}

function joinPieces(pieces: readonly Uint8Array[], length: number): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.byteLength;
  }
  return bytes;
}
