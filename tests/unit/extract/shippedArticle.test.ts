import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT, articleJson } from '../../fixtures/datasetBuilder';
import { extractDraft, normalizeArticle } from '../../../src/extract/extractDraft';
import { asProposed, toDatasetJson } from '../../../src/extract/toDatasetJson';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { checkIntegrity } from '../../../src/data/checkIntegrity';

const text = normalizeArticle(ARTICLE_TEXT);
const draft = extractDraft(text);
const key = (a: string, b: string, sector: string, status: string) => `${a}|${b}|${sector}|${status}`;
const shipped = new Set(articleJson().partnerships.map((p) => key(p.actors[0], p.actors[1], p.sector, p.status)));

/** The draft accepted as is: every candidate, with the status and sentences the extractor gave it. */
function acceptedAsIs() {
  return toDatasetJson({
    draft,
    focus: draft.focus!,
    accepted: asProposed(draft.candidates),
    people: draft.actors.filter((a) => a.kind === 'person').map((a) => a.id),
    locations: new Map(),
    textPath: 'sources/article.txt',
  });
}

describe('the draft of the shipped article', () => {
  it('proposes Mali as the focus', () => {
    expect(draft.focus).toBe('MLI');
  });

  it('accepted as is, recovers every shipped partnership with its status', () => {
    const drafted = new Set(acceptedAsIs().partnerships.map((p) => key(p.actors[0], p.actors[1], p.sector, p.evidence[0]!.status)));
    const missing = [...shipped].filter((k) => !drafted.has(k));
    expect(missing).toEqual([]);
  });

  it('has a precision and recall we report: 11 of 11 candidates are shipped, 11 of 11 shipped are found', () => {
    const drafted = acceptedAsIs().partnerships.map((p) => key(p.actors[0], p.actors[1], p.sector, p.evidence[0]!.status));
    const truePositives = drafted.filter((k) => shipped.has(k)).length;
    const precision = truePositives / drafted.length;
    const recall = truePositives / shipped.size;
    console.info(
      `precision ${truePositives}/${drafted.length} = ${precision.toFixed(3)}; recall ${truePositives}/${shipped.size} = ${recall.toFixed(3)}`,
    );
    console.info(`not in the shipped dataset: ${drafted.filter((k) => !shipped.has(k)).join(', ')}`);
    expect([truePositives, drafted.length, shipped.size]).toEqual([11, 11, 11]);
  });

  it('proposes nothing from the "A LIRE AUSSI" line, not even its country', () => {
    const line = draft.sentences.find((s) => s.text.startsWith('A LIRE AUSSI'))!;
    expect(line.skipped).toBe('boilerplate');
    const used = draft.candidates.flatMap((c) => c.evidence.map((e) => e.sentence));
    expect(used).not.toContain(line.index);
    expect(draft.actors.map((a) => a.id)).not.toContain('TCD');
  });

  it('finds the three ministers with their roles and countries', () => {
    const people = draft.actors.filter((a) => a.kind === 'person').map((a) => `${a.id} ${a.memberOf} ${a.role}`);
    expect(people).toEqual([
      'diop MLI ministres maliens des Affaires étrangères et de la Défense',
      'camara MLI ministres maliens des Affaires étrangères et de la Défense',
      'lavrov RUS chef de la diplomatie russe',
    ]);
  });

  it('publishes a dataset that passes the validator and the verbatim-quote check', () => {
    const parsed = parseDatasetJson(acceptedAsIs());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(checkIntegrity(parsed.value, new Map([['article', text]]))).toEqual([]);
  });

  it('shows each candidate the words that fired, inside its sentence', () => {
    for (const c of draft.candidates) {
      for (const e of c.evidence) {
        const s = draft.sentences[e.sentence]!;
        expect(e.cues.some((q) => q.kind === 'status')).toBe(true);
        for (const q of e.cues) expect(q.start >= s.start && q.end <= s.end).toBe(true);
      }
    }
  });
});
