import { describe, expect, it } from 'vitest';
import { extractDraft, normalizeArticle } from '../../../src/extract/extractDraft';

/** The candidates of a short text as "ACTOR ACTOR sector status" lines, for readable expectations. */
function found(text: string, focus: string) {
  const draft = extractDraft(normalizeArticle(text), { focus });
  return draft.candidates.map((c) => `${c.actors.join(' ')} ${c.sector} ${c.status}`).sort();
}

/** Whether every evidence of the text's candidates is noted as hedged. */
function allHedged(text: string, focus: string) {
  const draft = extractDraft(normalizeArticle(text), { focus });
  return draft.candidates.every((c) => c.evidence.every((e) => e.notes.some((n) => n.kind === 'hedged')));
}

describe('accusations and denials', () => {
  it('does not tie the accuser to the accused, in both languages', () => {
    expect(found('Ghana accuses Togo of hosting rebels.', 'GHA')).toEqual([]);
    expect(found('Ghana accuses Togo of arming rebels with drones.', 'GHA')).toEqual([]);
    expect(found('Le Ghana accuse le Togo d’armer les rebelles avec des drones.', 'GHA')).toEqual([]);
    expect(found('Ghana blamed Togo for supplying weapons to the rebels.', 'GHA')).toEqual([]);
  });

  it('keeps the tie the accused is said to have with a third actor, with a warning', () => {
    const en = 'Ghana accused France of supplying weapons to Togo.';
    expect(found(en, 'GHA')).toEqual(['FRA TGO security active']);
    expect(allHedged(en, 'GHA')).toBe(true);
    const fr = 'Le Ghana accuse la France de livrer des armes au Togo.';
    expect(found(fr, 'GHA')).toEqual(['FRA TGO security active']);
    expect(allHedged(fr, 'GHA')).toBe(true);
  });

  it('proposes nothing when a country denies a cooperation, in both languages', () => {
    expect(found('Le Ghana dément toute coopération militaire avec le Togo.', 'GHA')).toEqual([]);
    expect(found('Ghana denies any military cooperation with Togo.', 'GHA')).toEqual([]);
    expect(found('Ghana denied supplying drones to Togo.', 'GHA')).toEqual([]);
  });
});
