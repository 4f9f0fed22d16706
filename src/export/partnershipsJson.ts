import type { Dataset, Partnership } from '../data/indexDataset';
import type { DatasetJson, EvidenceJson, CitationJson, PartnershipJson, SourceJson } from '../data/schema';
import { fr } from '../i18n/fr';
import { en } from '../i18n/en';

/** The `?data=` link a dataset was loaded from, absolute, and its host. */
export interface ExportedLink {
  address: string;
  host: string;
}

/**
 * A source that says where the file came from, last in the list: the host's site (never the
 * link itself, which may carry a private token) and a note in both languages. It is a source of
 * the published format, so the file still validates and opens again in this dashboard.
 */
function linkSource(link: ExportedLink, sources: readonly SourceJson[], language: string): SourceJson {
  const taken = new Set(sources.map((s) => s.id));
  let id = 'data-link';
  for (let n = 2; taken.has(id); n += 1) id = `data-link-${n}`;
  return {
    id,
    title: link.host,
    language,
    url: `${new URL(link.address).origin}/`,
    note: { fr: fr.dataFromNote(link.host), en: en.dataFromNote(link.host) },
  };
}

/**
 * A partnership as the format writes it: every claim, never the status, disagreement and span
 * the dashboard derives from them on the date it shows, which a reader of the file derives again.
 */
function toPartnershipJson(p: Partnership): PartnershipJson {
  const json: PartnershipJson = { id: p.id, actors: p.actors, sector: p.sector, summary: p.summary, evidence: p.evidence };
  if (p.trend) json.trend = p.trend;
  return json;
}

/**
 * The filtered partnerships as a dataset in the published format (version 2), so the file
 * validates against `partnerships.schema.json` and opens again in this dashboard. It keeps what
 * the partnerships need: their actors (and the organisations their people belong to), the events
 * their claims rest on (with those events' actors) and the events among those actors, every
 * sector, and the sources their quotes cite.
 */
export function toPartnershipsJson(dataset: Dataset, partnerships: readonly Partnership[], link: ExportedLink | null = null): DatasetJson {
  const focus = dataset.json.focus;
  const actorIds = new Set<string>(focus === undefined ? [] : [focus]);
  const restedOn = new Set(partnerships.flatMap((p) => p.evidence.flatMap((e) => (e.event === undefined ? [] : [e.event]))));
  for (const p of partnerships) for (const id of p.actors) actorIds.add(id);
  for (const e of dataset.events) if (restedOn.has(e.id)) for (const id of e.actors) actorIds.add(id);
  for (const id of [...actorIds]) {
    const memberOf = dataset.actorById.get(id)?.memberOf;
    if (memberOf) actorIds.add(memberOf);
  }
  const actors = dataset.actors.filter((a) => actorIds.has(a.id));
  const events = dataset.events.filter((e) => restedOn.has(e.id) || (e.actors.length > 0 && e.actors.every((id) => actorIds.has(id))));

  const cited = new Set<string>();
  const cite = (evidence: readonly (EvidenceJson | CitationJson)[] | undefined) => evidence?.forEach((e) => cited.add(e.source));
  partnerships.forEach((p) => cite(p.evidence));
  actors.forEach((a) => cite(a.evidence));
  events.forEach((e) => cite(e.evidence));
  // The main source stays first even when no exported quote cites it: it is what the credit names.
  const main = dataset.sources[0];
  if (main) cited.add(main.id);
  // The full texts stay behind: the path is relative to the original file, not to this one.
  const kept = dataset.sources.filter((s) => cited.has(s.id)).map(({ text: _text, ...rest }) => rest);
  const sources = link ? [...kept, linkSource(link, dataset.sources, main?.language ?? 'fr')] : kept;

  const json: DatasetJson = { ...dataset.json };
  delete json.$schema;
  return {
    ...json,
    sources,
    actors: [...actors],
    sectors: [...dataset.sectors],
    partnerships: partnerships.map(toPartnershipJson),
    events,
  };
}

/**
 * Pretty-printed. `$schema` is left out: the shipped file's reference is relative to where it
 * lives, and would not resolve beside a downloaded copy.
 */
export function toPartnershipsJsonText(dataset: Dataset, partnerships: readonly Partnership[], link: ExportedLink | null = null): string {
  return `${JSON.stringify(toPartnershipsJson(dataset, partnerships, link), null, 2)}\n`;
}
