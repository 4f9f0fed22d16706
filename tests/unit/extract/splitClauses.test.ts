import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/extract/splitClauses';
import { LEXICONS } from '../../../src/extract/lexicon';
import { foldAccentsInPlace } from '../../../src/text/fold';
import type { ArticleLang, Span } from '../../../src/extract/types';

/** The clauses of one sentence as text, their stretches joined by " … ", a relative clause marked "R:". */
function clauses(text: string, lang: ArticleLang, actors: string[] = []) {
  const lexicon = LEXICONS[lang];
  const spans: Span[] = actors.map((a) => ({ start: text.indexOf(a), end: text.indexOf(a) + a.length }));
  return splitClauses(foldAccentsInPlace(text), { start: 0, end: text.length }, { ...lexicon.clauses, speech: lexicon.speech }, spans).map(
    (c) =>
      `${c.relativeAt === undefined ? '' : 'R:'}${c.attribution ? 'A:' : ''}${c.parts.map((p) => text.slice(p.start, p.end).replace(/^[\s,»]+|[\s,.]+$/g, '')).join(' … ')}`,
  );
}

describe('splitClauses', () => {
  it('opens a relative clause after a comma, and resumes the clause it interrupts', () => {
    expect(clauses('La France, dont les forces ont quitté le pays, n’a pas réagi.', 'fr')).toEqual([
      'La France … n’a pas réagi',
      'R:dont les forces ont quitté le pays',
    ]);
  });

  it('keeps a relative clause without a comma in its clause', () => {
    expect(clauses('Le Tchad a mis fin à l’accord qui le liait à la France.', 'fr')).toEqual([
      'Le Tchad a mis fin à l’accord qui le liait à la France',
    ]);
  });

  it('cuts at semicolons, colons, spaced dashes and quotation marks', () => {
    expect(clauses('Ankara forme les officiers : ils suivent des stages; le reste – rien.', 'fr')).toEqual([
      'Ankara forme les officiers',
      ': ils suivent des stages',
      '; le reste',
      '– rien',
    ]);
  });

  it('keeps a list of actors together, and cuts "and" between full clauses', () => {
    const text = 'Mali, Burkina Faso and Niger signed a pact, and the talks ended.';
    expect(clauses(text, 'en', ['Mali', 'Burkina Faso', 'Niger'])).toEqual([
      'Mali, Burkina Faso and Niger signed a pact',
      'and the talks ended',
    ]);
  });

  it('gives the speaker of reported speech a clause of its own', () => {
    expect(clauses('Russia will train the army, a senior official said.', 'en')).toEqual([
      'Russia will train the army',
      'A:a senior official said',
    ]);
    expect(clauses('Selon un conseiller, la Chine pourrait financer la route.', 'fr')).toEqual([
      'A:Selon un conseiller',
      'la Chine pourrait financer la route',
    ]);
  });

  it('marks the words after a quotation that attribute it', () => {
    expect(clauses('« Nous ne reviendrons pas », a déclaré la porte-parole du gouvernement burkinabè.', 'fr')).toEqual([
      '« Nous ne reviendrons pas',
      'A:a déclaré la porte-parole du gouvernement burkinabè',
    ]);
  });

  it('cuts before a conjunction between clauses, and after an opening subordinate clause', () => {
    expect(clauses('China could fund a refinery, but talks have not started.', 'en')).toEqual([
      'China could fund a refinery',
      'but talks have not started',
    ]);
    expect(clauses('Si la sécurité reste centrale, les discussions ont porté sur l’énergie.', 'fr')).toEqual([
      'Si la sécurité reste centrale',
      'les discussions ont porté sur l’énergie',
    ]);
  });

  it('treats a short parenthesis as part of a name and a long one as a clause', () => {
    expect(clauses('La Communauté (CEDEAO) a levé les sanctions.', 'fr')).toEqual(['La Communauté (CEDEAO) a levé les sanctions']);
    expect(clauses('Le Niger (qui a quitté la CEDEAO en janvier) a signé.', 'fr')).toEqual([
      'Le Niger … a signé',
      '(qui a quitté la CEDEAO en janvier)',
    ]);
  });

  it('reads an appositive after a comma like a relative clause, not a country name after a comma', () => {
    expect(clauses('La Russie, déjà présente au Mali, pourrait appuyer la force.', 'fr')).toEqual([
      'La Russie … pourrait appuyer la force',
      'R:déjà présente au Mali',
    ]);
    expect(clauses('France, United States and Italy signed.', 'en', ['France', 'United States', 'Italy'])).toEqual([
      'France, United States and Italy signed',
    ]);
  });

  it('does not cut at the comma of a number', () => {
    expect(clauses('Les Émirats, qui ont accordé un prêt de 1,5 milliard, ont livré des blindés.', 'fr')).toEqual([
      'Les Émirats … ont livré des blindés',
      'R:qui ont accordé un prêt de 1,5 milliard',
    ]);
  });
});
