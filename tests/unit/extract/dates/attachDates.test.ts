import { describe, expect, it } from 'vitest';
import { extractDraft, normalizeArticle } from '../../../../src/extract/extractDraft';
import { dateMentionOf } from '../../../../src/extract/dates/attachDates';

const ARTICLE = normalizeArticle(
  [
    'Le Sénégal et la Mauritanie renforcent leur coopération',
    'DAKAR, 12 mars 2025 (Le Petit Courrier) – Le Sénégal a signé mardi un accord de coopération énergétique avec la Mauritanie.',
    'Le Sénégal a signé l’an dernier un accord de sécurité avec le Mali.',
    'Le Sénégal coopère avec la Gambie dans l’agriculture.',
  ].join('\n'),
);

const dateOf = (draft: ReturnType<typeof extractDraft>, partner: string) =>
  draft.candidates.flatMap((c) => (c.actors.includes(partner) ? c.evidence : [])).find((e) => e.sentence > 0)?.date;

describe('the dates pass', () => {
  it('reads the article’s date from its dateline, and does not take it for the first sentence’s date', () => {
    const draft = extractDraft(ARTICLE, { focus: 'SEN' });
    expect(draft.articleDate).toMatchObject({ value: '2025-03-12', source: 'dateline', text: '12 mars 2025' });
    expect(dateOf(draft, 'MRT')).toMatchObject({ value: '2025-03-11', text: 'mardi' });
  });

  it('dates each evidence by the date its sentence speaks of, and leaves an undated sentence’s evidence to the article’s date', () => {
    const draft = extractDraft(ARTICLE, { focus: 'SEN' });
    expect(dateOf(draft, 'MLI')).toMatchObject({ value: '2024', text: 'l’an dernier' });
    expect(dateOf(draft, 'GMB')).toBeUndefined();
  });

  it('places relative dates against a date a person gives, over the dateline’s', () => {
    const draft = extractDraft(ARTICLE, { focus: 'SEN', date: '2026-01-02' });
    expect(draft.articleDate).toEqual({ value: '2026-01-02', source: 'given' });
    expect(dateOf(draft, 'MLI')?.value).toBe('2025');
  });

  it('never makes up a date: without the article’s date, a relative date stays unplaced and the evidence undated', () => {
    const text = normalizeArticle('Le Sénégal a signé l’an dernier un accord de sécurité avec le Mali.');
    const draft = extractDraft(text, { focus: 'SEN' });
    expect(draft.articleDate).toBeUndefined();
    const evidence = draft.candidates[0]!.evidence[0]!;
    expect(evidence.date).toBeUndefined();
    expect(dateMentionOf(draft, evidence)).toMatchObject({ text: 'l’an dernier', value: null });
  });

  it('of two dates in a sentence, takes the one nearest the status words', () => {
    const text = normalizeArticle('Le Sénégal, hôte du sommet de 2019, a signé le 4 février 2025 un accord de sécurité avec le Mali.');
    const draft = extractDraft(text, { focus: 'SEN' });
    expect(draft.dates?.map((d) => d.text)).toEqual(['2019', '4 février 2025']);
    const evidence = draft.candidates[0]!.evidence[0]!;
    const status = evidence.cues.find((c) => c.kind === 'status')!;
    expect(text.slice(status.start, status.end)).toBe('signé');
    expect(evidence.date?.value).toBe('2025-02-04');
  });
});

describe('publishing the dates', () => {
  it('writes each claim’s date as the first day it speaks of, and the article’s date as the source’s', async () => {
    const { asProposed, toDatasetJson } = await import('../../../../src/extract/toDatasetJson');
    const draft = extractDraft(ARTICLE, { focus: 'SEN' });
    const json = toDatasetJson({
      draft,
      focus: 'SEN',
      accepted: asProposed(draft.candidates),
      people: [],
      locations: new Map(),
      published: draft.articleDate!.value,
    });
    expect(json.sources[0]!.published).toBe('2025-03-12');
    const claims = json.partnerships.flatMap((p) => p.evidence.map((e) => [p.actors[1], (e.quote ?? '').slice(0, 20), e.date]));
    expect(claims).toContainEqual(['MLI', 'Le Sénégal a signé l', '2024-01-01']);
    expect(claims).toContainEqual(['MRT', 'DAKAR, 12 mars 2025 ', '2025-03-11']);
    expect(claims).toContainEqual(['GMB', 'Le Sénégal coopère a', undefined]);
  });
});
