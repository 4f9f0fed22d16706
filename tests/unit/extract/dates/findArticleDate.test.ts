import { describe, expect, it } from 'vitest';
import { findArticleDate } from '../../../../src/extract/dates/findArticleDate';

describe('the article’s own date', () => {
  it('is read from a French dateline, with the words it came from', () => {
    const text = 'Le Sénégal et la Gambie relancent un pont\nDAKAR, 12 mars 2025 (Le Petit Courrier) – Les deux pays ont signé un accord.';
    const date = findArticleDate(text, 'fr');
    expect(date).toMatchObject({ value: '2025-03-12', source: 'dateline', text: '12 mars 2025' });
    expect(text.slice(date!.span!.start, date!.span!.end)).toBe('12 mars 2025');
  });

  it('is read from an English dateline with an abbreviated month', () => {
    expect(findArticleDate('Title\nACCRA, Nov. 4, 2024 — Ghana said on Sunday it would...', 'en')?.value).toBe('2024-11-04');
    expect(findArticleDate('Title\nLOMÉ, Sept. 9, 2023 — Togo...', 'en')?.value).toBe('2023-09-09');
  });

  it('is read from a publication line, a bare English date or an ISO date', () => {
    expect(findArticleDate('Un titre\nPublié le 28/02/2024 à 10h12\nLe texte.', 'fr')?.value).toBe('2024-02-28');
    expect(findArticleDate('A headline\nFeb 28, 2024\nThe text.', 'en')?.value).toBe('2024-02-28');
    expect(findArticleDate('A headline\n2024-02-28\nThe text.', 'en')?.value).toBe('2024-02-28');
    expect(findArticleDate('A headline\nPosted 02/28/2024\nThe text.', 'en')?.value).toBe('2024-02-28');
    expect(findArticleDate('Un titre\nPublié le mardi 27 février 2024 à 10h12\nLe texte.', 'fr')?.value).toBe('2024-02-27');
    expect(findArticleDate('A headline\nUpdated 3:15 PM GMT, March 3, 2025\nThe text.', 'en')?.value).toBe('2025-03-03');
    expect(findArticleDate('A headline\nNIAMEY, Feb 28 (Wire) - Niger said...\nFebruary 28, 2024 10:12 AM', 'en')?.value).toBe(
      '2024-02-28',
    );
  });

  it('reads a date written in the other language’s manner', () => {
    expect(findArticleDate('Titre\nPublished March 3, 2025 - Le Mali a reçu des drones.', 'fr')?.value).toBe('2025-03-03');
  });

  it('takes only a whole date near the top, and none when there is none', () => {
    expect(findArticleDate('Le Mali en 2024\nBAMAKO – Le pays a signé en mars un accord.', 'fr')).toBeNull();
    const late = `Titre\n${'Une phrase sans date. '.repeat(10)}\nUne autre.\nEncore une.\nLe 3 mars 2025, il a signé.`;
    expect(findArticleDate(late, 'fr')).toBeNull();
  });

  it('does not take a day the calendar lacks', () => {
    expect(findArticleDate('Titre\nBAMAKO, 31 avril 2024 – Le Mali.', 'fr')).toBeNull();
  });
});

describe('a date inside the story', () => {
  it('is not the article’s date, even at the top of a text pasted as one paragraph', () => {
    expect(findArticleDate('Le Sénégal, qui avait rompu avec le Mali en 2019, a signé le 4 février 2025 un accord.', 'fr')).toBeNull();
  });
});
