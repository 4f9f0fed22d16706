import type { CorpusResult } from './evaluateCorpus';
import { sumDates } from './scoreDates';
import { LEVELS, precision, recall, type Level } from './scoreDraft';

const LEVEL_NAMES: Record<Level, string> = {
  pair: 'partner pair',
  pairSector: 'pair + sector',
  pairSectorStatus: 'pair + sector + status',
};

const GROUP_NAMES: Record<string, string> = { all: 'all', fr: 'French', en: 'English' };

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number | undefined) => (x ?? 0).toFixed(3);

/** The figures as a plain-text table: one row per level, precision and recall per group. */
export function formatFigures(result: CorpusResult): string {
  const groups = Object.keys(result.figures);
  const count = (group: string) => result.articles.filter((a) => group === 'all' || a.lang === group).length;
  const header = groups.map((g) => pad(`${GROUP_NAMES[g] ?? g} (${count(g)})`, 21)).join('');
  const lines = [`${pad('level', 24)}${header}`, `${pad('', 24)}${groups.map(() => pad('precision  recall', 21)).join('')}`];
  for (const level of LEVELS) {
    const cells = groups.map((g) =>
      pad(`${num(result.figures[g]?.[`${level}.precision`])}      ${num(result.figures[g]?.[`${level}.recall`])}`, 21),
    );
    lines.push(`${pad(LEVEL_NAMES[level], 24)}${cells.join('')}`);
  }
  lines.push(`${pad('quotes verbatim', 24)}${groups.map((g) => pad(num(result.figures[g]?.['quotes.verbatim']), 21)).join('')}`);
  lines.push('', 'all articles, counted:');
  for (const level of LEVELS) {
    const sum = (key: 'truePositives' | 'predicted' | 'expected') => result.articles.reduce((n, a) => n + a.score.levels[level][key], 0);
    lines.push(
      `  ${pad(LEVEL_NAMES[level], 24)}${sum('truePositives')} right of ${sum('predicted')} drafted, of ${sum('expected')} annotated`,
    );
  }
  const quotes = result.articles.reduce((n, a) => ({ v: n.v + a.score.quotes.verbatim, t: n.t + a.score.quotes.total }), { v: 0, t: 0 });
  lines.push(`  ${pad('quotes verbatim', 24)}${quotes.v} of ${quotes.t}`);
  const focusRight = result.articles.filter((a) => a.foundFocus === a.expectedFocus).length;
  const langRight = result.articles.filter((a) => a.foundLang === a.lang).length;
  lines.push(
    '',
    `main country found in ${focusRight} of ${result.articles.length} articles; language in ${langRight} of ${result.articles.length}`,
  );
  const dates = sumDates(result.articles.map((a) => a.dates));
  const dateRight = result.articles.filter((a) => a.articleDateRight).length;
  lines.push(
    `relation dates found: ${dates.found} of ${dates.annotated} annotated (${num(dates.annotated ? dates.found / dates.annotated : 1)}), ` +
      `${dates.found} of the ${dates.drafted} whose pair and sector were drafted; article date read in ${dateRight} of ${result.articles.length}`,
  );
  return lines.join('\n');
}

/** Per article: counts at each level, then every false positive and miss at the strictest level that has them. */
export function formatArticles(result: CorpusResult): string {
  const blocks: string[] = [];
  for (const a of result.articles) {
    const focus =
      a.foundFocus === a.expectedFocus ? `focus ${a.foundFocus}` : `focus ${a.foundFocus ?? 'none'} (annotated ${a.expectedFocus})`;
    const lines = [`${a.name}: ${focus}`];
    for (const level of LEVELS) {
      const s = a.score.levels[level];
      lines.push(
        `  ${pad(LEVEL_NAMES[level], 24)} ${s.truePositives}/${s.predicted} drafted right (P ${num(precision(s))}), ${s.truePositives}/${s.expected} found (R ${num(recall(s))})`,
      );
    }
    const strict = a.score.levels.pairSectorStatus;
    for (const key of strict.falsePositives) lines.push(`    + drafted, not annotated: ${key}`);
    for (const key of strict.misses) lines.push(`    - annotated, missed:      ${key}`);
    if (a.score.quotes.verbatim < a.score.quotes.total) {
      lines.push(`    ! ${a.score.quotes.total - a.score.quotes.verbatim} of ${a.score.quotes.total} quotes not verbatim`);
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}

/** The held-out set's figures under a heading that says they are for reporting, not the baseline. */
export function formatHeldout(result: CorpusResult): string {
  return [
    `held-out set (tests/fixtures/draftCorpus/heldout/, ${result.articles.length} articles; reported, not in the baseline):`,
    formatFigures(result),
  ].join('\n');
}
