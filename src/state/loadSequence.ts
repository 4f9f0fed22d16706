/**
 * Why a load stopped before its end: a later load began, the person cancelled it, or its source
 * stayed silent past a time limit.
 */
export type StopReason = 'superseded' | 'cancelled' | 'silent';

/** One load's place in the sequence. */
export interface LoadTicket {
  /** Aborted, with a `StopReason`, as soon as this load can no longer win. */
  readonly signal: AbortSignal;
  /** Whether this load may still show what it loads: nothing began after it, and nothing stopped it. */
  isCurrent(): boolean;
  /** Stops this load (only this one: a later load is left alone). */
  stop(reason: StopReason): void;
}

export interface LoadSequence {
  /** A new load: every earlier one that has not shown its dataset yet is stopped. */
  begin(): LoadTicket;
  /** Stops the load in progress, if one is; what is on screen stays. */
  cancelCurrent(): void;
  /**
   * Shows a load's outcome if it is still the latest (`show` runs at once), then queues its
   * storage write (`store`) after the writes of the loads shown before it. A write whose dataset
   * another load has replaced on screen by the time its turn comes is skipped: the later write
   * says what storage must hold. Resolves to whether the write was made (true when there was
   * none to make), or returns null when a later load took over and nothing was shown.
   */
  commit(ticket: LoadTicket, show: () => void, store?: () => Promise<boolean>): Promise<boolean> | null;
  /** Resolves once every storage write queued so far is done. */
  settled(): Promise<void>;
}

/**
 * Every load (the first one at start-up, a file, a paste, a drop, a `?data=` link, the way back to
 * the shipped data, a published draft) goes through one sequence, so that the latest action wins
 * on screen and in storage alike: a load that finishes after a later one began neither shows,
 * nor saves, nor deletes anything.
 */
export function createLoadSequence(): LoadSequence {
  let current: LoadTicket | null = null;
  let shown = 0;
  let writes: Promise<unknown> = Promise.resolve();

  return {
    begin() {
      current?.stop('superseded');
      const controller = new AbortController();
      const ticket: LoadTicket = {
        signal: controller.signal,
        isCurrent: () => current === ticket && !controller.signal.aborted,
        stop: (reason) => {
          if (!controller.signal.aborted) controller.abort(reason);
        },
      };
      current = ticket;
      return ticket;
    },
    cancelCurrent() {
      current?.stop('cancelled');
    },
    commit(ticket, show, store) {
      if (!ticket.isCurrent()) return null;
      // Shown: the load is over, so a Cancel pressed now has nothing left to stop.
      current = null;
      show();
      const mine = ++shown;
      const write = writes.then(async () => (mine === shown && store ? store() : mine === shown || !store));
      writes = write.catch(() => undefined);
      return write.then(Boolean, () => false);
    },
    settled: () => writes.then(() => undefined),
  };
}

/** The page's one sequence. */
export const loadSequence = createLoadSequence();
