/**
 * Remembers a function's last answer and gives it back while every argument is the same object
 * as last time. Views ask the store the same question once per mark on each change (is this mark
 * hovered, selected, faded?); with this, the first mark computes the answer and the others share
 * it, so a pointer move costs one computation and a lookup per mark.
 */
export function memoizeLast<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  let lastArgs: Args | null = null;
  let lastResult: Result;
  return (...args) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((arg, i) => Object.is(arg, args[i]))) return lastResult;
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}
