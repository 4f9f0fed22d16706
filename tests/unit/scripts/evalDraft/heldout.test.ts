import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../../scripts/evalDraft/main';

/** What `npm run eval:draft` prints with some options, and its exit code. */
function run(args: string[]): { out: string; code: number } {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line));
  const code = main(args);
  return { out: lines.join('\n'), code };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the held-out set in npm run eval:draft', { timeout: 30_000 }, () => {
  it('is scored in a table of its own after the corpus, marked as outside the baseline', () => {
    const { out, code } = run([]);
    expect(code).toBe(0);
    expect(out).toMatch(
      /all \(\d+\)[\s\S]*held-out set \(tests\/fixtures\/draftCorpus\/heldout\/, 10 articles; reported, not in the baseline\):\n.*all \(10\)/,
    );
  });

  it('never lists its articles beside the corpus, even with --verbose, so the rules are not tuned to them', () => {
    const { out } = run(['--verbose']);
    expect(out).toContain('01-aes-confederation.fr: focus');
    expect(out).not.toMatch(/^h\d\d-/m);
  });

  it('is scored alone, with its articles listed, when asked with --heldout', () => {
    const { out } = run(['--heldout', '--verbose']);
    expect(out.match(/^level .*all \((\d+)\)/gm)).toEqual([expect.stringContaining('all (10)')]);
    expect(out).not.toContain('01-aes-confederation.fr: focus');
    expect(out).toMatch(/^h01-.*: focus/m);
  });
});
