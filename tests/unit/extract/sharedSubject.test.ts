import { describe, expect, it } from 'vitest';
import { extractDraft, normalizeArticle } from '../../../src/extract/extractDraft';

/** The candidates of a short text as "ACTOR ACTOR sector status" lines, for readable expectations. */
function found(text: string, focus: string) {
  const draft = extractDraft(normalizeArticle(text), { focus });
  return draft.candidates.map((c) => `${c.actors.join(' ')} ${c.sector} ${c.status}`).sort();
}

describe('clauses that keep the subject of the clause before', () => {
  it('reads a participial clause between the subject and its verb as said of the subject, in both languages', () => {
    expect(found('Ghana, having ended its agreement with France, signed a defence pact with Togo.', 'GHA')).toEqual([
      'GHA FRA general ended',
      'GHA TGO security active',
    ]);
    expect(found('Le Ghana, ayant rompu avec la France, a signé un accord de défense avec le Togo.', 'GHA')).toEqual([
      'GHA FRA general ended',
      'GHA TGO security active',
    ]);
    expect(found('Le Ghana, après avoir rompu avec la France, a signé un accord de défense avec le Togo.', 'GHA')).toEqual([
      'GHA FRA general ended',
      'GHA TGO security active',
    ]);
  });

  it('reads a participle that opens the sentence as said of the subject after its comma, in both languages', () => {
    expect(found('Having left ECOWAS, Ghana signed a defence pact with Togo.', 'GHA')).toEqual([
      'GHA ECOWAS general ended',
      'GHA TGO security active',
    ]);
    expect(found('Ayant rompu avec la France, le Ghana a signé un accord de défense avec le Togo.', 'GHA')).toEqual([
      'GHA FRA general ended',
      'GHA TGO security active',
    ]);
  });

  it('does not take the partner of a participial or relative clause for the subject of the verb after it', () => {
    expect(found('Senegal, having ended its agreement with France, signed a defence pact with Togo.', 'TGO')).not.toContain(
      'TGO FRA security active',
    );
    expect(found('Ghana, which left ECOWAS, signed a defence pact with Togo.', 'GHA')).toEqual([
      'GHA ECOWAS general ended',
      'GHA TGO security active',
    ]);
  });

  it('gives a verb coordinated with a clause that states its own status the subject, not the partner or the status, of that clause', () => {
    expect(found('Ghana ended its agreement with France and signed a defence pact with Togo.', 'GHA')).toEqual([
      'GHA FRA general ended',
      'GHA TGO security active',
    ]);
    expect(found('Le Ghana a rompu avec la France et a signé un accord de défense avec le Togo.', 'GHA')).toEqual([
      'GHA FRA general ended',
      'GHA TGO security active',
    ]);
    expect(found('Ghana signed a defence pact with Togo, and has since supplied Benin with munitions.', 'GHA')).toEqual([
      'GHA BEN security active',
      'GHA TGO security active',
    ]);
  });

  it('leaves a coordinated verb in the clause before when that clause states no status of its own', () => {
    expect(found('Ghana has security agreements with Togo and has deployed troops in Benin.', 'GHA')).toEqual([
      'GHA BEN security active',
      'GHA TGO security active',
    ]);
  });
});

describe('the passive voice', () => {
  it('reads the agent after "by" or "par" as the partner of the one supplied, in both languages', () => {
    expect(found('Togo was supplied with drones by Ghana.', 'GHA')).toEqual(['GHA TGO security active']);
    expect(found('Drones were delivered to Togo by Ghana.', 'GHA')).toEqual(['GHA TGO security active']);
    expect(found('Des drones ont été livrés par le Ghana au Togo.', 'GHA')).toEqual(['GHA TGO security active']);
    expect(found('Le Togo a été équipé en blindés par le Ghana.', 'GHA')).toEqual(['GHA TGO security active']);
  });
});
