import { describe, expect, it } from 'vitest';
import { describeActor, describePartnerships } from '../../../src/derive/describePartnerships';
import { fr } from '../../../src/i18n/fr';
import { en } from '../../../src/i18n/en';
import { articleDataset } from '../../fixtures/datasetBuilder';
import { relationId } from '../../../src/model/entityRef';

const CATALOGUES = { fr, en };

const dataset = articleDataset();

describe('relationId', () => {
  it('is the same whichever order the actors come in', () => {
    expect(relationId('RUS', 'MLI')).toBe('MLI|RUS');
    expect(relationId('MLI', 'RUS')).toBe('MLI|RUS');
  });
});

describe('describeActor', () => {
  it("says an actor's partnerships in plain words, grouped by status", () => {
    expect(describeActor(dataset, 'RUS', dataset.partnerships, 'en', CATALOGUES.en)).toBe(
      'Russia – security: active, strengthening; energy, transport, agriculture, education: exploring',
    );
    expect(describeActor(dataset, 'NER', dataset.partnerships, 'fr', CATALOGUES.fr)).toBe(
      'Niger – sécurité\u00a0: en cours de mise en place',
    );
  });

  it('names at most as many sectors as asked and counts the rest', () => {
    expect(describeActor(dataset, 'RUS', dataset.partnerships, 'en', CATALOGUES.en, 3)).toBe(
      'Russia – security: active, strengthening; energy, transport: exploring; … and 2 more sectors',
    );
    expect(describeActor(dataset, 'RUS', dataset.partnerships, 'fr', CATALOGUES.fr, 4)).toBe(
      'Russie – sécurité\u00a0: actif, en renforcement\u00a0; énergie, transport, agriculture\u00a0: en discussion\u00a0; … et 1 autre secteur',
    );
    expect(describeActor(dataset, 'RUS', dataset.partnerships, 'en', CATALOGUES.en, 5)).toBe(
      describeActor(dataset, 'RUS', dataset.partnerships, 'en', CATALOGUES.en),
    );
  });

  it('gives just the name when the actor has no partnership in view', () => {
    expect(describeActor(dataset, 'RUS', [], 'en', CATALOGUES.en)).toBe('Russia');
    expect(describePartnerships(dataset, [], 'en', CATALOGUES.en)).toBe('');
  });
});
