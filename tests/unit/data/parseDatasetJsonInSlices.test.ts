import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, SIZES, generateDataset } from '../../../bench/generateDataset.mjs';
import { parseDatasetJson, parseDatasetJsonInSlices } from '../../../src/data/parseDatasetJson';

const medium = () =>
  JSON.parse(JSON.stringify(generateDataset({ ...SIZES.medium, seed: DEFAULT_SEED }))) as Record<string, unknown> & {
    actors: Record<string, unknown>[];
    partnerships: Record<string, unknown>[];
    events: Record<string, unknown>[];
  };

describe('parseDatasetJsonInSlices', () => {
  it('gives the same dataset as the whole check, awaiting the page between slices', async () => {
    const json = medium();
    let pauses = 0;
    const sliced = await parseDatasetJsonInSlices(json, async () => void (pauses += 1), 64);
    expect(sliced).toEqual(parseDatasetJson(json));
    expect(sliced.ok).toBe(true);
    expect(pauses).toBe(Math.ceil(json.partnerships.length / 64));
  });

  it('reports the same issues in the same order, with partnership paths counted from the whole list', async () => {
    const json = medium();
    json.actors[2]!.kind = 'planet';
    delete json.partnerships[3]!.summary;
    json.partnerships[130]!.status = 'maybe';
    json.partnerships[399]!.extra = true;
    json.events = [{ id: 'no-date' }];
    json.unexpected = 1;
    const whole = parseDatasetJson(json);
    const sliced = await parseDatasetJsonInSlices(json, async () => {}, 64);
    expect(whole.ok).toBe(false);
    expect(sliced).toEqual(whole);
    if (!sliced.ok) expect(sliced.issues.map((i) => i.at.path)).toContain('partnerships[130].status');
  });

  it('checks a small dataset in one go', async () => {
    const json = medium();
    let pauses = 0;
    await parseDatasetJsonInSlices(json, async () => void (pauses += 1));
    expect(pauses).toBe(0);
  });
});
