import { describe, expect, it } from 'vitest';
import { extractDraft, normalizeArticle } from '../../../../src/extract/extractDraft';
import { isNotPersonName } from '../../../../src/extract/names/notPeople';

function people(text: string) {
  return extractDraft(normalizeArticle(text))
    .actors.filter((a) => a.kind === 'person')
    .map((a) => a.name.en);
}

describe('what is not a person', () => {
  it('rejects runs with a month or a weekday', () => {
    expect(isNotPersonName(['Last', 'December'])).toBe(true);
    expect(isNotPersonName(['Lundi', 'Matin'])).toBe(true);
  });

  it('rejects runs headed by a noun of institution or publication', () => {
    expect(isNotPersonName(['Joint', 'Economic', 'Commission'])).toBe(true);
    expect(isNotPersonName(['World', 'Food', 'Programme'])).toBe(true);
    expect(isNotPersonName(['Sahel', 'Province'])).toBe(true);
    expect(isNotPersonName(['Harbour', 'Review'])).toBe(true);
  });

  it('rejects regions, demonyms and words in capitals', () => {
    expect(isNotPersonName(['West', 'African'])).toBe(true);
    expect(isNotPersonName(['Ghanaian', 'Officials'])).toBe(true);
    expect(isNotPersonName(['NEW', 'YORK'])).toBe(true);
  });

  it('keeps the names of people', () => {
    expect(isNotPersonName(['Amina', 'Diallo'])).toBe(false);
    expect(isNotPersonName(['Sergueï', 'Lavrov'])).toBe(false);
    expect(isNotPersonName(['Abdoulaye', 'DIOP'])).toBe(false);
  });

  it('does not read an outlet in a dateline, or an armed group, as a person', () => {
    const text = 'Le Ghana signe\nACCRA, 2 mai 2024 (Le Veilleur Côtier) – Le Ghana a signé, a dit Kofi Mensah. Boko Haram a frappé.';
    expect(people(text)).toEqual(['Kofi Mensah']);
  });
});
