import { describe, expect, it } from 'vitest';
import { toAltText } from '../../../src/export/altText';
import { fr } from '../../../src/i18n/fr';
import { en } from '../../../src/i18n/en';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { EMPTY_FILTERS } from '../../../src/model/filters';

const dataset = articleDataset();
const all = { dataset, partnerships: dataset.partnerships, filters: EMPTY_FILTERS, selection: null };

describe('toAltText', () => {
  it('describes the map of every partnership: its subject, each partner under its most advanced status, the main partner and the source', () => {
    const text = toAltText({ ...all, view: 'map' }, 'en', en);
    expect(text).toMatch(/^Mali's partnerships\. World map: Mali linked to 7 partners by one line each/);
    expect(text).toContain('All 11 partnerships of the dataset.');
    expect(text).toContain(
      'Most advanced status of each partner: active (Russia); emerging (Burkina Faso and Niger); potential (China and Türkiye); ended (France and United Nations).',
    );
    expect(text).toContain('Main partner: Russia, with 5 partnerships.');
    expect(text).toMatch(/Source: Mali : Coopération renforcée avec la Russie.*\.$/);
    expect(text).not.toContain('selection');
  });

  it('names the filters in force and what the selection stands for, in French with its own punctuation', () => {
    const filters = { ...EMPTY_FILTERS, statuses: ['active' as const, 'exploring' as const] };
    const partnerships = dataset.partnerships.filter((p) => filters.statuses.includes(p.status as 'active' | 'exploring'));
    const text = toAltText({ view: 'network', dataset, partnerships, filters, selection: { kind: 'actor', id: 'RUS' } }, 'fr', fr);
    expect(text).toContain('5 partenariats sur 11\u00a0; filtres\u00a0: actif, en discussion.');
    expect(text).toContain('relié à 1 partenaire\u00a0;');
    expect(text).toContain(
      'Sélection mise en avant\u00a0: Russie (sécurité\u00a0: actif, en renforcement\u00a0; énergie, transport, agriculture, éducation\u00a0: en discussion)\u00a0; le reste est estompé.',
    );
  });

  it('names a selected pair and its partnerships, and does not say the table fades what it leaves out', () => {
    const text = toAltText({ ...all, view: 'table', selection: { kind: 'relation', id: 'MLI|RUS' } }, 'en', en);
    expect(text).toContain(
      'Highlighted selection: Mali – Russia (security: active, strengthening; energy, transport, agriculture, education: exploring).',
    );
    expect(text).toMatch(/^Mali's partnerships\. Table of 11 partnerships, one row each/);
  });

  it('gives the timeline its events and dates, without the partnership filters it does not follow', () => {
    const filters = { ...EMPTY_FILTERS, statuses: ['ended' as const] };
    const text = toAltText({ ...all, filters, view: 'timeline' }, 'fr', fr);
    expect(text).toContain('Frise chronologique de 13 événements datés, du 25 avril 2013 au 2 septembre 2024.');
    expect(text).not.toContain('filtres');
  });

  it('says so when no partnership passes the filters', () => {
    const filters = { ...EMPTY_FILTERS, search: 'nobody' };
    expect(toAltText({ ...all, filters, partnerships: [], view: 'sectors' }, 'en', en)).toContain('No partnership passes the filters.');
  });

  it('counts the rest of a long list of partners instead of naming them all', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({
      ...dataset.partnerships[0]!,
      id: `p${i}`,
      actors: ['MLI', ['BFA', 'NER', 'CHN', 'TUR', 'FRA', 'UN', 'RUS', 'diop', 'camara'][i]!] as [string, string],
    }));
    const text = toAltText({ ...all, partnerships: many, view: 'map' }, 'en', en);
    expect(text).toContain('active (Burkina Faso, Niger, China, Türkiye, France, and 4 others)');
  });
});
