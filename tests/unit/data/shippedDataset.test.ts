import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT, shippedDataset, shippedJson } from '../../fixtures/datasetBuilder';
import { checkIntegrity } from '../../../src/data/checkIntegrity';
import { findQuote } from '../../../src/data/findQuote';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';

const dataset = shippedDataset();
const statusOf = (a: string, b: string, sector: string) =>
  dataset.partnerships.find((p) => p.actors[0] === a && p.actors[1] === b && p.sector === sector)?.status;

describe('the shipped dataset', () => {
  it('passes the validator and the integrity checks against the article', () => {
    const parsed = parseDatasetJson(shippedJson());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(checkIntegrity(parsed.value, dataset.sourceTexts)).toEqual([]);
  });

  it('quotes the article word for word, with an English translation for every quote', () => {
    const quotes = [
      ...dataset.partnerships.flatMap((p) => p.evidence),
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
    expect(dataset.partnerships).toHaveLength(11);
    expect(dataset.partnershipById.get('mli-rus-security')?.trend).toBe('strengthening');
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
