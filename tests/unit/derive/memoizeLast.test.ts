import { describe, expect, it } from 'vitest';
import { memoizeLast } from '../../../src/derive/memoizeLast';

describe('memoizeLast', () => {
  it('computes once while the arguments are the same objects', () => {
    let calls = 0;
    const pick = { id: 'RUS' };
    const of = memoizeLast((p: { id: string }, n: number) => {
      calls += 1;
      return `${p.id}${n}`;
    });
    expect(of(pick, 1)).toBe('RUS1');
    expect(of(pick, 1)).toBe('RUS1');
    expect(calls).toBe(1);
  });

  it('computes again when any argument is another object, even an equal one', () => {
    let calls = 0;
    const of = memoizeLast((p: { id: string }) => {
      calls += 1;
      return p.id;
    });
    of({ id: 'RUS' });
    of({ id: 'RUS' });
    expect(calls).toBe(2);
  });

  it('remembers only the last arguments', () => {
    let calls = 0;
    const of = memoizeLast((n: number) => ((calls += 1), n * 2));
    of(1);
    of(2);
    of(1);
    expect(calls).toBe(3);
  });
});
