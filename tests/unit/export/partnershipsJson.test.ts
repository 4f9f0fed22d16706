import { describe, expect, it } from 'vitest';
import { toPartnershipsJson, toPartnershipsJsonText } from '../../../src/export/partnershipsJson';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { checkIntegrity } from '../../../src/data/checkIntegrity';
import { articleDataset, ARTICLE_TEXT, shippedDataset, shippedJson } from '../../fixtures/datasetBuilder';
import { indexDataset } from '../../../src/data/indexDataset';

const dataset = articleDataset();

describe('toPartnershipsJson', () => {
  it('writes a dataset that passes the validator and the integrity checks, with only the given partnerships', () => {
    const kept = dataset.partnerships.filter((p) => p.status === 'active');
    const parsed = parseDatasetJson(JSON.parse(toPartnershipsJsonText(dataset, kept)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.partnerships.map((p) => p.id)).toEqual(kept.map((p) => p.id));
    expect(checkIntegrity(parsed.value, new Map())).toEqual([]);
  });

  it('keeps the actors, events and sources the kept partnerships need, and drops the rest', () => {
    const kept = dataset.partnerships.filter((p) => p.actors.includes('CHN'));
    const json = toPartnershipsJson(dataset, kept);
    const actorIds = json.actors.map((a) => a.id);
    expect(actorIds).toContain('MLI');
    expect(actorIds).toContain('CHN');
    expect(actorIds).not.toContain('FRA');
    expect(json.events.every((e) => e.actors.every((id) => actorIds.includes(id)))).toBe(true);
    expect(json.sources[0]?.id).toBe(dataset.sources[0]?.id);
    expect(json.sources.every((s) => s.text === undefined)).toBe(true);
  });

  it('writes version 2: every claim with its status and dates, none of the derived status, and the events the claims rest on', () => {
    const shipped = shippedDataset();
    const kept = shipped.partnerships.filter((p) => p.id === 'bfa-ner-security' || p.id === 'mli-tur-security');
    const json = toPartnershipsJson(shipped, kept);
    expect(json.schemaVersion).toBe(2);
    expect(json.partnerships.map((p) => Object.keys(p).sort())).toEqual([
      ['actors', 'evidence', 'id', 'sector', 'summary'],
      ['actors', 'evidence', 'id', 'sector', 'summary'],
    ]);
    expect(json.partnerships.flatMap((p) => p.evidence)).toEqual(kept.flatMap((p) => p.evidence));
    expect(json.events.map((e) => e.id)).toEqual(expect.arrayContaining(['aes-founded', 'tb2-seen-mopti', 'tb2-handover']));
    const parsed = parseDatasetJson(JSON.parse(toPartnershipsJsonText(shipped, kept)));
    expect(parsed.ok && checkIntegrity(parsed.value, new Map())).toEqual([]);
  });

  it('keeps no focus a dataset does not have', () => {
    const withoutFocus = shippedJson();
    delete withoutFocus.focus;
    const unfocused = indexDataset(withoutFocus, new Map([['article', ARTICLE_TEXT]]));
    const json = toPartnershipsJson(unfocused, unfocused.partnerships.slice(0, 2));
    expect(json.focus).toBeUndefined();
    const parsed = parseDatasetJson(JSON.parse(JSON.stringify(json)));
    expect(parsed.ok && checkIntegrity(parsed.value, new Map())).toEqual([]);
  });

  it('says in a last source, in both languages, which site a linked dataset came from, and still validates', () => {
    const link = { address: 'https://data.example.org/private/x.json?token=secret', host: 'data.example.org' };
    const text = toPartnershipsJsonText(dataset, dataset.partnerships, link);
    expect(text).not.toContain('secret');
    const parsed = parseDatasetJson(JSON.parse(text));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const last = parsed.value.sources.at(-1)!;
    expect(last).toMatchObject({ id: 'data-link', title: 'data.example.org', url: 'https://data.example.org/' });
    expect(last.note?.en).toContain('loaded from a link to data.example.org');
    expect(parsed.value.sources[0]?.id).toBe(dataset.sources[0]?.id);
  });
});
