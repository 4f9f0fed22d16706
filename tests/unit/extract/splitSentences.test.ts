import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/splitSentences';
import { LEXICONS } from '../../../src/extract/lexicon';
import type { ArticleLang } from '../../../src/extract/types';

function split(text: string, lang: ArticleLang = 'en'): string[] {
  return splitSentences(text, lang, LEXICONS[lang]).map((s) => s.text);
}

describe('sentence splitting', () => {
  it('does not end a sentence at an abbreviated month before its day', () => {
    expect(split('NIAMEY, Nov. 4, 2024 — Niger signed. Talks go on.')).toEqual(['NIAMEY, Nov. 4, 2024 — Niger signed.', 'Talks go on.']);
    expect(split('Le 3 janv. 2025, le Mali a signé. Puis il a ratifié.', 'fr')).toEqual([
      'Le 3 janv. 2025, le Mali a signé.',
      'Puis il a ratifié.',
    ]);
  });

  it('does not end a sentence at a title before a name', () => {
    expect(split('Le Gen. Tiani a reçu M. Diop et le Dr. Sall. Ils ont parlé.', 'fr')).toEqual([
      'Le Gen. Tiani a reçu M. Diop et le Dr. Sall.',
      'Ils ont parlé.',
    ]);
    expect(split('Mr. Smith met St. Louis officials. They agreed.')).toEqual(['Mr. Smith met St. Louis officials.', 'They agreed.']);
  });

  it('does not end a sentence inside an initialism or before its complement', () => {
    expect(split('Vers 500 av. J.-C. les cités commerçaient. Puis vint Rome.', 'fr')).toEqual([
      'Vers 500 av. J.-C. les cités commerçaient.',
      'Puis vint Rome.',
    ]);
    expect(split('The U.S. Army trained U.S. officials. It ended.')).toEqual(['The U.S. Army trained U.S. officials.', 'It ended.']);
  });

  it('still ends a sentence after an initialism that a sentence opener follows', () => {
    expect(split('Mali cut ties with the U.S. The army left.')).toEqual(['Mali cut ties with the U.S.', 'The army left.']);
  });

  it('keeps each sentence verbatim, at its offsets in the text', () => {
    const text = 'Titre\nLe Gen. Tiani a parlé. « Nous partons. » Il a signé.';
    for (const s of splitSentences(text, 'fr', LEXICONS.fr)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
