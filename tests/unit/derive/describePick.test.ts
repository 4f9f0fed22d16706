import { describe, expect, it } from 'vitest';
import { describePick } from '../../../src/derive/describePick';
import { fr } from '../../../src/i18n/fr';
import { en } from '../../../src/i18n/en';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();

describe('describePick', () => {
  it('names an actor, a pair, a partnership with its sector, and an event, in the language asked', () => {
    expect(describePick(dataset, { kind: 'actor', id: 'TUR' }, 'en', en)).toBe('Türkiye');
    expect(describePick(dataset, { kind: 'relation', id: 'MLI|RUS' }, 'fr', fr)).toBe('Mali – Russie');
    expect(describePick(dataset, { kind: 'partnership', id: 'mli-rus-security' }, 'fr', fr)).toBe('Mali – Russie, sécurité');
    expect(describePick(dataset, { kind: 'event', id: 'minusma-created' }, 'en', en)).toBe(
      'The Security Council creates MINUSMA (resolution 2100)',
    );
  });

  it('gives nothing for a pick this dataset does not hold', () => {
    expect(describePick(dataset, { kind: 'actor', id: 'XXX' }, 'en', en)).toBeNull();
    expect(describePick(dataset, { kind: 'relation', id: 'MLI|XXX' }, 'en', en)).toBeNull();
  });
});
