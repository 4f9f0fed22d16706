import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, loadCorpus } from '../../../scripts/evalDraft/corpus';
import { evaluateCorpus } from '../../../scripts/evalDraft/evaluateCorpus';
import { compareWithBaseline, type Figures } from '../../../scripts/evalDraft/scoreDraft';

const BASELINE_FILE = join(CORPUS_DIR, 'baseline.json');
const UPDATE_COMMAND = 'UPDATE_DRAFT_BASELINE=1 npx vitest run tests/unit/extract/draftBaseline.test.ts';

interface Baseline {
  update: string;
  figures: Record<string, Figures>;
}

const describeChange = (c: { group: string; figure: string; baseline: number; current: number }) =>
  `${c.group} ${c.figure}: ${c.baseline} -> ${c.current}`;

describe('the draft tool on the evaluation corpus', () => {
  const { figures } = evaluateCorpus(loadCorpus());

  if (process.env.UPDATE_DRAFT_BASELINE) {
    writeFileSync(BASELINE_FILE, `${JSON.stringify({ update: UPDATE_COMMAND, figures } satisfies Baseline, null, 2)}\n`);
  }
  const baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline;

  it('scores no lower than the stored baseline, overall and per language, at every level', () => {
    const { lower, higher } = compareWithBaseline(figures, baseline.figures);
    if (higher.length > 0) {
      console.info(`The draft figures rose; record them with ${UPDATE_COMMAND}\n${higher.map(describeChange).join('\n')}`);
    }
    expect(
      lower.map(describeChange),
      `figures fell below tests/fixtures/draftCorpus/baseline.json; if an annotation was corrected on purpose, record them with ${UPDATE_COMMAND}`,
    ).toEqual([]);
  });
});
