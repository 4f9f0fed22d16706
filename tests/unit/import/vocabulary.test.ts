import { describe, expect, it } from 'vitest';
import { matchSector, matchStatus, matchTrend } from '../../../src/import/vocabulary';
import { recognizeHeaders, mappingIsComplete, mappingProblems } from '../../../src/import/columnFields';

describe('the vocabulary', () => {
  it('maps statuses written in English or French to the format', () => {
    expect(['active', 'Actif', 'en cours de mise en place', 'EN DISCUSSION', 'potentiel', 'Terminé', 'ended'].map(matchStatus)).toEqual([
      'active',
      'active',
      'emerging',
      'exploring',
      'potential',
      'ended',
      'ended',
    ]);
  });

  it('maps trends written in English or French', () => {
    expect(['en renforcement', 'stable', 'Weakening', 'en recul'].map(matchTrend)).toEqual([
      'strengthening',
      'stable',
      'weakening',
      'weakening',
    ]);
  });

  it('maps sectors written in English or French to the known sector ids', () => {
    expect(['Sécurité', 'defence', 'énergie', 'Transports', 'agriculture', 'Éducation'].map(matchSector)).toEqual([
      'security',
      'security',
      'energy',
      'transport',
      'agriculture',
      'education',
    ]);
  });

  it('answers null for words outside the vocabulary, including object keys', () => {
    expect(['maybe', '__proto__', 'constructor', 'toString'].map(matchStatus)).toEqual([null, null, null, null]);
    expect(['space', '__proto__', 'hasOwnProperty'].map(matchSector)).toEqual([null, null, null]);
  });
});

describe('recognizeHeaders', () => {
  it('recognises English headers, whatever the case and separators', () => {
    expect(recognizeHeaders(['Actor', 'partner', 'Sector', 'STATUS', 'quote', 'source_url', 'Source Title'])).toEqual([
      'actor',
      'partner',
      'sector',
      'status',
      'quote',
      'sourceUrl',
      'sourceTitle',
    ]);
  });

  it('recognises French headers with their accents', () => {
    expect(
      recognizeHeaders(['Acteur', 'Partenaire', 'Secteur', 'Statut', 'Citation', 'Date de début', 'Lien de la source', 'Résumé']),
    ).toEqual(['actor', 'partner', 'sector', 'status', 'quote', 'date', 'sourceUrl', 'summary']);
  });

  it('leaves a second column that claims the same field for the person to map', () => {
    expect(recognizeHeaders(['status', 'statut'])).toEqual(['status', null]);
  });

  it('leaves unknown headers, and headers such as __proto__, unmapped', () => {
    expect(recognizeHeaders(['Land', '__proto__', 'constructor'])).toEqual([null, null, null]);
  });

  it('asks the person when a required column is missing or a column is not understood', () => {
    const headers = ['actor', 'partner', 'sector', 'status', 'quote'];
    expect(mappingIsComplete(headers, recognizeHeaders(headers))).toBe(true);
    expect(mappingIsComplete([...headers, 'notes'], recognizeHeaders([...headers, 'notes']))).toBe(false);
    expect(mappingProblems(['actor', 'actor', null])).toEqual({ missing: ['partner', 'sector', 'status', 'quote'], repeated: ['actor'] });
  });
});
