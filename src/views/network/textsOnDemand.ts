/** Texts by id, each worded the first time it is asked for, then kept. */
export interface TextsOnDemand<T> {
  get(id: string): T | undefined;
}

/** The texts `word` gives, worded when asked for: for marks of which only some are ever named. */
export function textsOnDemand<T>(word: (id: string) => T | undefined): TextsOnDemand<T> {
  const worded = new Map<string, T | undefined>();
  return {
    get(id) {
      if (!worded.has(id)) worded.set(id, word(id));
      return worded.get(id);
    },
  };
}
