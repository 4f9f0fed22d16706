import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, SIZES, generateClaimsDataset } from '../../../bench/generateDataset.mjs';
import { indexDataset } from '../../../src/data/indexDataset';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { toMapScene } from '../../../src/derive/toMapScene';
import { emphasisOf, isForward } from '../../../src/derive/emphasis';
import { forwardLinks, linksByPartnership } from '../../../src/views/map/forwardLinks';
import type { EntityRef } from '../../../src/model/entityRef';

const parsed = parseDatasetJson(JSON.parse(JSON.stringify(generateClaimsDataset({ ...SIZES.medium, seed: DEFAULT_SEED }))));
if (!parsed.ok) throw new Error('the generated dataset does not parse');
const dataset = indexDataset(parsed.value, new Map());
const links = toMapScene(dataset, dataset.partnerships).links.filter((l) => !l.withFocus);
const byPartnership = linksByPartnership(links);

/** What asking every link says, the answer `forwardLinks` must give. */
const everyLink = (pick: EntityRef | null) =>
  links.filter((l) => isForward(emphasisOf(dataset, pick, { kind: 'pair', from: l.from, to: l.to, partnershipIds: l.partnershipIds })));

describe('the batched links a pick brings forward', () => {
  it('are those that asking every link finds, for every kind of pick', () => {
    const other = links[0]!;
    const picks: (EntityRef | null)[] = [
      null,
      { kind: 'actor', id: dataset.focus.id },
      { kind: 'actor', id: other.from },
      { kind: 'actor', id: other.to },
      { kind: 'relation', id: other.id },
      { kind: 'partnership', id: other.partnershipIds[0]! },
      ...dataset.events.slice(0, 3).map((e) => ({ kind: 'event' as const, id: e.id })),
    ];
    expect(links.length).toBeGreaterThan(100);
    for (const pick of picks) expect(forwardLinks(dataset, links, byPartnership, [pick]), JSON.stringify(pick)).toEqual(everyLink(pick));
    // The selection and the pointer together: what either brings forward, in the links' order.
    const both: EntityRef[] = [
      { kind: 'actor', id: other.from },
      { kind: 'relation', id: other.id },
    ];
    expect(forwardLinks(dataset, links, byPartnership, both)).toEqual(
      links.filter((l) => everyLink(both[0]!).includes(l) || everyLink(both[1]!).includes(l)),
    );
    // The test means something: an actor among others brings some of these links forward.
    expect(forwardLinks(dataset, links, byPartnership, [{ kind: 'actor', id: other.from }]).length).toBeGreaterThan(0);
  });
});
