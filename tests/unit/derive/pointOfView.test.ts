import { describe, expect, it } from 'vitest';
import { datasetOn } from '../../../src/derive/datasetOn';
import { toMapScene } from '../../../src/derive/toMapScene';
import { toNetworkGraph } from '../../../src/derive/toNetworkGraph';
import { describePartnerships } from '../../../src/derive/describePartnerships';
import { fr } from '../../../src/i18n/fr';
import { en } from '../../../src/i18n/en';
import { shippedDataset } from '../../fixtures/datasetBuilder';

describe('the views seen from a centre other than the dataset’s focus', () => {
  it('puts Russia’s ties first on the map, frames its partners only, and keeps the ties among the others', () => {
    const dataset = datasetOn(shippedDataset(), null, 'RUS');
    const scene = toMapScene(dataset, dataset.partnerships);
    expect(scene.places[0]).toMatchObject({ actorId: 'RUS', isFocus: true });
    expect(scene.places.filter((p) => p.isPartner).map((p) => p.actorId)).toEqual(['MLI']);
    expect(scene.links[0]).toMatchObject({ from: 'RUS', to: 'MLI', withFocus: true });
    expect(scene.links.slice(1).every((link) => !link.withFocus)).toBe(true);
    expect(scene.links.map((link) => link.id)).toContain('BFA|NER');
  });

  it('keeps Mali and the Sahel as partners when Mali is the centre', () => {
    const dataset = shippedDataset();
    const scene = toMapScene(dataset, dataset.partnerships);
    const partners = scene.places.filter((p) => p.isPartner).map((p) => p.actorId);
    expect(partners).toEqual(expect.arrayContaining(['BFA', 'NER', 'RUS', 'CHN', 'TUR']));
    // Burkina Faso–Niger is the one tie without Mali, drawn last in the list, so first and below.
    expect(scene.links.at(-1)).toMatchObject({ id: 'BFA|NER', withFocus: false });
  });

  it('marks in the network which edges are the centre’s and which pairs’ sources disagree', () => {
    const dataset = datasetOn(shippedDataset(), null, 'RUS');
    const graph = toNetworkGraph(dataset, dataset.partnerships);
    const edge = (id: string) => graph.edges.find((e) => e.id === id)!;
    expect(graph.nodes.find((n) => n.isFocus)?.id).toBe('RUS');
    expect(edge('MLI|RUS')).toMatchObject({ withFocus: true, disagrees: false });
    expect(edge('MLI|TUR')).toMatchObject({ withFocus: false, disagrees: true });
    expect(edge('BFA|NER')).toMatchObject({ withFocus: false, disagrees: false });
  });

  it('finds no disagreement on China after the 2024 strategic partnership, and one on the day of the article', () => {
    const latest = toNetworkGraph(shippedDataset(), shippedDataset().partnerships);
    expect(latest.edges.find((e) => e.id === 'CHN|MLI')?.disagrees).toBe(false);
    const onVisit = datasetOn(shippedDataset(), '2024-03-01', null);
    expect(toNetworkGraph(onVisit, onVisit.partnerships).edges.find((e) => e.id === 'CHN|MLI')?.disagrees).toBe(true);
  });
});

describe('a partnership in words', () => {
  it('says when its sources disagree and which statuses they give, in both languages', () => {
    const dataset = shippedDataset();
    const turkey = dataset.partnerships.filter((p) => p.actors.includes('TUR'));
    expect(describePartnerships(dataset, turkey, 'fr', fr)).toBe('sécurité\u00a0: potentiel, les sources divergent (potentiel / actif)');
    expect(describePartnerships(dataset, turkey, 'en', en)).toBe('security: potential, sources disagree (potential / active)');
  });

  it('says nothing of a disagreement where the sources agree', () => {
    const dataset = shippedDataset();
    const france = dataset.partnerships.filter((p) => p.actors.includes('FRA'));
    expect(describePartnerships(dataset, france, 'fr', fr)).not.toContain('divergent');
  });
});
