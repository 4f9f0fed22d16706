import { describe, expect, it } from 'vitest';
import { createLoadSequence } from '../../../src/state/loadSequence';

/** A promise and the function that settles it, to finish a load or a storage write when a test says so. */
function later<T = void>() {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}

describe('the load sequence', () => {
  it('shows a load that is still the latest, and stops the earlier one when a later one begins', () => {
    const sequence = createLoadSequence();
    const shown: string[] = [];
    const back = sequence.begin();
    const file = sequence.begin();
    expect(back.signal.aborted).toBe(true);
    expect(back.signal.reason).toBe('superseded');
    expect(sequence.commit(back, () => shown.push('back'))).toBeNull();
    expect(sequence.commit(file, () => shown.push('file'))).not.toBeNull();
    expect(shown).toEqual(['file']);
  });

  it('lets a late load neither show, nor save, nor delete anything once a later one has shown', async () => {
    const sequence = createLoadSequence();
    const storage: string[] = [];
    const back = sequence.begin();
    const b = sequence.begin();
    await sequence.commit(
      b,
      () => undefined,
      async () => (storage.push('save B'), true),
    );
    expect(
      sequence.commit(
        back,
        () => storage.push('show shipped'),
        async () => (storage.push('forget'), true),
      ),
    ).toBeNull();
    await sequence.settled();
    expect(storage).toEqual(['save B']);
  });

  it('writes storage in the order the datasets were shown, skipping a write another dataset replaced on screen', async () => {
    const sequence = createLoadSequence();
    const written: string[] = [];
    const slowSave = later<boolean>();
    const startedA = later();
    const a = sequence.begin();
    const savedA = sequence.commit(
      a,
      () => undefined,
      () => {
        written.push('A started');
        startedA.settle();
        return slowSave.promise;
      },
    );
    await startedA.promise;
    const b = sequence.begin();
    const savedB = sequence.commit(
      b,
      () => undefined,
      async () => (written.push('B'), true),
    );
    const c = sequence.begin();
    const savedC = sequence.commit(
      c,
      () => undefined,
      async () => (written.push('C'), true),
    );
    // B waits for A's write, and C was shown before B's turn came: only C's write is made after A's.
    slowSave.settle(true);
    expect(await Promise.all([savedA, savedB, savedC])).toEqual([true, false, true]);
    expect(written).toEqual(['A started', 'C']);
  });

  it('cancels only the load in progress, and nothing once it has shown', () => {
    const sequence = createLoadSequence();
    const first = sequence.begin();
    sequence.commit(first, () => undefined);
    sequence.cancelCurrent();
    expect(first.signal.aborted).toBe(false);
    const second = sequence.begin();
    sequence.cancelCurrent();
    expect(second.signal.reason).toBe('cancelled');
    expect(second.isCurrent()).toBe(false);
  });

  it('stops a load for its own reason without touching a later one', () => {
    const sequence = createLoadSequence();
    const early = sequence.begin();
    const late = sequence.begin();
    early.stop('silent');
    expect(early.signal.reason).toBe('superseded');
    late.stop('silent');
    expect(late.signal.reason).toBe('silent');
    expect(sequence.commit(late, () => undefined)).toBeNull();
  });

  it('reports a storage write that failed as not made, and goes on with the next one', async () => {
    const sequence = createLoadSequence();
    const failed = sequence.commit(
      sequence.begin(),
      () => undefined,
      async () => {
        throw new Error('quota');
      },
    );
    expect(await failed).toBe(false);
    expect(
      await sequence.commit(
        sequence.begin(),
        () => undefined,
        async () => true,
      ),
    ).toBe(true);
  });
});
