import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT, shippedDataset, shippedJson } from '../../fixtures/datasetBuilder';
import { checkIntegrity } from '../../../src/data/checkIntegrity';
import { findQuote } from '../../../src/data/findQuote';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { datasetOn } from '../../../src/derive/datasetOn';

const dataset = shippedDataset();
/** What the article itself says of a pair in a sector: the status of its own claims. */
const statusOf = (a: string, b: string, sector: string) => {
  const claims = dataset.partnerships
    .find((p) => p.actors[0] === a && p.actors[1] === b && p.sector === sector)
    ?.evidence.filter((e) => e.source === 'article');
  return claims && new Set(claims.map((c) => c.status)).size === 1 ? claims[0]!.status : claims?.map((c) => c.status);
};

describe('the shipped dataset', () => {
  it('passes the validator and the integrity checks against the article', () => {
    const parsed = parseDatasetJson(shippedJson());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(checkIntegrity(parsed.value, dataset.sourceTexts)).toEqual([]);
  });

  it('quotes the article word for word, with an English translation for every quote', () => {
    const quotes = [
      ...dataset.partnerships.flatMap((p) => p.evidence).filter((e) => e.source === 'article'),
      ...dataset.actors.flatMap((a) => a.evidence ?? []),
      ...dataset.events.flatMap((e) => e.evidence).filter((e) => e.source === 'article'),
    ];
    expect(quotes.length).toBeGreaterThan(10);
    for (const quote of quotes) {
      expect(ARTICLE_TEXT.includes(quote.quote!), quote.quote).toBe(true);
      expect(quote.translation?.en.length).toBeGreaterThan(0);
    }
  });

  it('is about Mali', () => {
    expect(dataset.focus.id).toBe('MLI');
    expect(dataset.sectors.map((s) => s.id)).toEqual(['security', 'energy', 'transport', 'agriculture', 'education']);
  });

  it('encodes the statuses the article supports', () => {
    expect(statusOf('MLI', 'RUS', 'security')).toBe('active');
    for (const sector of ['energy', 'transport', 'agriculture', 'education']) expect(statusOf('MLI', 'RUS', sector)).toBe('exploring');
    expect(statusOf('MLI', 'BFA', 'security')).toBe('emerging');
    expect(statusOf('MLI', 'NER', 'security')).toBe('emerging');
    expect(statusOf('MLI', 'CHN', 'security')).toBe('potential');
    expect(statusOf('MLI', 'TUR', 'security')).toBe('potential');
    expect(statusOf('MLI', 'FRA', 'security')).toBe('ended');
    expect(statusOf('MLI', 'UN', 'security')).toBe('ended');
    expect(dataset.partnerships.filter((p) => p.evidence.some((e) => e.source === 'article'))).toHaveLength(11);
    expect(dataset.partnershipById.get('mli-rus-security')?.trend).toBe('strengthening');
  });

  it('dates the article claims by the visit, and shows on that day what the article says, with its sources disagreeing on Türkiye and China only', () => {
    const onVisit = datasetOn(dataset, '2024-02-28', null);
    const shown = (id: string) => onVisit.partnershipById.get(id);
    expect(
      dataset.partnerships
        .flatMap((p) => p.claims)
        .filter((c) => c.claim.source === 'article')
        .every((c) => c.from === '2024-02-28'),
    ).toBe(true);
    for (const p of onVisit.partnerships.filter((p) => p.evidence.some((e) => e.source === 'article')))
      expect(p.status).toBe(statusOf(p.actors[0], p.actors[1], p.sector));
    expect(onVisit.partnerships.filter((p) => p.disagreement).map((p) => p.id)).toEqual(['mli-chn-security', 'mli-tur-security']);
    expect(shown('mli-tur-security')?.disagreement?.sides.map((side) => [side.status, side.claims.map((c) => c.claim.source)])).toEqual([
      ['potential', ['article']],
      ['active', ['aa-tb2-handover']],
    ]);
  });

  it('tells the story of the years before the article from its dated context sources', () => {
    const on = (date: string) => Object.fromEntries(datasetOn(dataset, date, null).partnerships.map((p) => [p.id, p.status]));
    expect(on('2014-01-01')).toEqual({ 'mli-un-security': 'active' });
    expect(on('2020-01-01')).toEqual({ 'mli-un-security': 'active', 'mli-rus-security': 'emerging' });
    expect(on('2022-06-01')).toMatchObject({ 'mli-fra-security': 'active' });
    expect(on('2022-09-01')).toMatchObject({ 'mli-fra-security': 'ended' });
    expect(on('2023-10-01')).toMatchObject({
      'mli-un-security': 'ended',
      'mli-tur-security': 'active',
      'mli-chn-security': 'active',
      'bfa-ner-security': 'emerging',
    });
    expect(Object.keys(on('2024-12-31'))).toHaveLength(12);
  });

  it('names no actor that the article does not mention', () => {
    // How the article refers to each actor: by name, or by an adjective for the French and UN operations.
    const mentions: Record<string, string> = {
      MLI: 'Mali',
      RUS: 'Russie',
      BFA: 'Burkina Faso',
      NER: 'Niger',
      CHN: 'Chine',
      TUR: 'Turquie',
      FRA: 'françaises',
      UN: 'onusiennes',
      diop: 'Abdoulaye Diop',
      camara: 'Sadio Camara',
      lavrov: 'Sergueï Lavrov',
    };
    expect(dataset.actors.map((a) => a.id).sort()).toEqual(Object.keys(mentions).sort());
    for (const word of Object.values(mentions)) expect(ARTICLE_TEXT).toContain(word);
  });

  it('takes nothing from the "A LIRE AUSSI" link to another story', () => {
    const readAlso = ARTICLE_TEXT.split('\n').find((line) => line.startsWith('A LIRE AUSSI'))!;
    const range = { start: ARTICLE_TEXT.indexOf(readAlso), end: ARTICLE_TEXT.indexOf(readAlso) + readAlso.length };
    for (const p of dataset.partnerships) {
      for (const e of p.evidence) {
        if (e.source !== 'article' || e.quote === undefined) continue;
        const at = findQuote(ARTICLE_TEXT, e.quote)!;
        expect(at.end <= range.start || at.start >= range.end).toBe(true);
      }
    }
    expect(JSON.stringify(shippedJson())).not.toMatch(/Tchad|Chad/);
  });

  it('ties the people to their countries and the visit to its dated sources', () => {
    expect(dataset.actorById.get('diop')?.memberOf).toBe('MLI');
    expect(dataset.actorById.get('lavrov')?.memberOf).toBe('RUS');
    const visit = dataset.events.find((e) => e.id === 'moscow-visit')!;
    expect([visit.date, visit.endDate]).toEqual(['2024-02-28', '2024-02-29']);
    expect(visit.actors).toEqual(expect.arrayContaining(['diop', 'camara', 'lavrov']));
    expect(visit.evidence.map((e) => e.source)).toEqual(expect.arrayContaining(['mid-ru-2024-02-28', 'abamako-291289']));
  });

  it('places every country and organization on the map', () => {
    for (const actor of dataset.actors.filter((a) => a.kind !== 'person')) expect(actor.location, actor.id).toBeDefined();
  });
});
