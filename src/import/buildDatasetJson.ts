import type { DataIssue } from '../data/dataIssue';
import type { ActorJson, DatasetJson, EventJson, EvidenceJson, PartnershipJson, SectorJson, SourceJson } from '../data/schema';
import { fr } from '../i18n/fr';
import { en } from '../i18n/en';
import { actorKey, type Analysis, type AnalyzedRow, type NamedActor } from './analyzeRows';
import { AS_ORGANIZATION, LEAVE_OUT, NEW_SECTOR, toIdentifier, type ImportChoices } from './importChoices';
import { KNOWN_SECTORS } from './vocabulary';
import { toSpellingKey } from '../text/fold';
import { uniqueIds } from './uniqueIds';
import type { Status } from '../model/statuses';

/** A row left out because of its name (not a country the app knows), its status or its sector. */
export interface LeftOut {
  row: number;
  because: 'name' | 'status' | 'sector';
  value: string;
}

export type PlaceOf = (alpha3: string) => { lat: number; lon: number } | undefined;

export interface Built {
  json: DatasetJson;
  /** Rows that the person's choices left out, each with the value that was left out, so the loss is visible. */
  leftOut: LeftOut[];
  /**
   * Rows that contradict each other, such as two trends for one pair and sector. Two statuses are
   * not a contradiction: each row is a claim, and sources that disagree are data, shown as such.
   */
  issues: DataIssue[];
  /** The CSV rows each record came from (`partnerships[2]` -> [4, 9]), to locate later problems in the file. */
  rowsOf: Map<string, number[]>;
}

type Kept = Omit<AnalyzedRow, 'actor' | 'partner' | 'sector' | 'status'> & {
  actor: string;
  partner: string;
  sector: string;
  status: Status;
};

/** Builds a dataset of the published format from analysed rows and the person's choices. */
export function buildDatasetJson(analysis: Analysis, choices: ImportChoices, fileName: string, placeOf: PlaceOf = () => undefined): Built {
  const leftOut: Built['leftOut'] = [];
  const issues: DataIssue[] = [];
  const actors = new Map<string, ActorJson>();
  const orgIds = uniqueIds();
  const sectors = new Map<string, SectorJson>();
  const sectorIds = uniqueIds(KNOWN_SECTORS.map((s) => s.id));

  const actorOf = (named: NamedActor, row: AnalyzedRow): string | null => {
    const actor =
      named.kind === 'unknown' && choices.names.get(toSpellingKey(named.name)) === AS_ORGANIZATION
        ? { kind: 'organization' as const, name: named.name }
        : named;
    if (actor.kind === 'unknown') {
      leftOut.push({ row: row.number, because: 'name', value: actor.name });
      return null;
    }
    const key = actorKey(actor);
    if (!actors.has(key)) {
      actors.set(
        key,
        actor.kind === 'country'
          ? { id: actor.country.alpha3, kind: 'country', name: actor.country.name, iso3: actor.country.alpha3 }
          : { id: orgIds.take(toIdentifier(actor.name, 'org')), kind: 'organization', name: { fr: actor.name, en: actor.name } },
      );
    }
    return actors.get(key)!.id;
  };

  const kept = analysis.rows.flatMap((row): Kept[] => {
    const actor = actorOf(row.actor, row);
    const partner = actorOf(row.partner, row);
    const status = 'known' in row.status ? row.status.known : choices.statuses.get(toSpellingKey(row.status.unknown));
    if (!status || status === LEAVE_OUT)
      leftOut.push({ row: row.number, because: 'status', value: 'unknown' in row.status ? row.status.unknown : '' });
    const sectorChoice = 'known' in row.sector ? row.sector.known : (choices.sectors.get(toSpellingKey(row.sector.unknown)) ?? NEW_SECTOR);
    if (sectorChoice === LEAVE_OUT)
      leftOut.push({ row: row.number, because: 'sector', value: 'unknown' in row.sector ? row.sector.unknown : '' });
    if (!actor || !partner || !status || status === LEAVE_OUT || sectorChoice === LEAVE_OUT) return [];
    const sectorText = 'unknown' in row.sector ? row.sector.unknown : sectorChoice;
    const sectorKey = sectorChoice === NEW_SECTOR ? `new:${toSpellingKey(sectorText)}` : sectorChoice;
    if (!sectors.has(sectorKey)) {
      const known = KNOWN_SECTORS.find((s) => s.id === sectorChoice);
      sectors.set(
        sectorKey,
        known
          ? { id: known.id, name: { ...known.name } }
          : { id: sectorIds.take(toIdentifier(sectorText, 'sector')), name: { fr: sectorText, en: sectorText } },
      );
    }
    return [{ ...row, actor, partner, status, sector: sectors.get(sectorKey)!.id }];
  });

  const focus = mostFrequent(kept.map((r) => r.actor));
  const actorList = [...actors.values()].filter((a) => kept.some((r) => r.actor === a.id || r.partner === a.id));
  for (const actor of actorList) {
    const given = kept.find((r) => r.partner === actor.id && r.partnerLocation)?.partnerLocation;
    const location = given ?? (actor.kind === 'country' ? placeOf(actor.id) : undefined);
    if (location) actor.location = { lat: location.lat, lon: location.lon };
  }
  const focusActor = actorList.find((a) => a.id === focus);
  const nameOf = (id: string) => actorList.find((a) => a.id === id)!.name;
  const sectorName = (id: string) => [...sectors.values()].find((s) => s.id === id)!.name;

  const sources = new Map<string, SourceJson>();
  const sourceIdOf = (row: Kept) => {
    const key = row.source.url ?? row.source.title ?? '';
    if (!sources.has(key)) {
      const host = row.source.url ? new URL(row.source.url).hostname : null;
      const source: SourceJson = {
        id: `source-${sources.size + 1}`,
        title: row.source.title ?? host ?? fileName,
        language: row.source.language ?? analysis.defaultLanguage,
      };
      if (row.source.url) source.url = row.source.url;
      if (row.source.publisher) source.publisher = row.source.publisher;
      if (row.source.published) source.published = row.source.published;
      sources.set(key, source);
    }
    return sources.get(key)!.id;
  };

  const rowsOf = new Map<string, number[]>();
  const partnerships = new Map<string, PartnershipJson & { rows: number[] }>();
  const events = new Map<string, EventJson & { rows: number[] }>();
  const partnershipIds = uniqueIds();
  for (const row of kept) {
    const pair: [string, string] = row.partner === focus && row.actor !== focus ? [row.partner, row.actor] : [row.actor, row.partner];
    const evidence: EvidenceJson = {
      source: sourceIdOf(row),
      quote: row.quote,
      translation: { en: row.translation ?? row.quote },
      status: row.status,
    };
    if (row.date) evidence.date = row.date;
    if (row.endDate) evidence.endDate = row.endDate;
    const key = `${[...pair].sort().join('|')}|${row.sector}`;
    const existing = partnerships.get(key);
    if (!existing) {
      const [a, b] = [nameOf(pair[0]), nameOf(pair[1])];
      const s = sectorName(row.sector);
      const summary = {
        fr: row.summary.fr ?? `${a.fr} et ${b.fr}${fr.colon}${s.fr.toLowerCase()}, ${fr.statuses[row.status]}.`,
        en: row.summary.en ?? `${a.en} and ${b.en}${en.colon}${s.en.toLowerCase()}, ${en.statuses[row.status]}.`,
      };
      const record: PartnershipJson & { rows: number[] } = {
        id: partnershipIds.take(toIdentifier(`${pair[0]}-${pair[1]}-${row.sector}`, 'p')),
        actors: pair,
        sector: row.sector,
        summary,
        evidence: [evidence],
        rows: [row.number],
      };
      if (row.trend) record.trend = row.trend;
      partnerships.set(key, record);
    } else {
      const at = { file: fileName, rows: [row.number] };
      if (row.trend && existing.trend && row.trend !== existing.trend)
        issues.push({ at, problem: { code: 'trendConflict', trend: row.trend, otherRow: existing.rows[0]!, otherTrend: existing.trend } });
      if (row.trend && !existing.trend) existing.trend = row.trend;
      existing.rows.push(row.number);
      if (!existing.evidence.some((e) => sameClaim(e, evidence))) existing.evidence.push(evidence);
    }
    // A dated row is also an event, so the timeline, which draws the dataset's events, shows it.
    if (row.date) {
      const eventKey = `${key}|${row.date}`;
      const event = events.get(eventKey);
      if (event) event.rows.push(row.number);
      else
        events.set(eventKey, {
          id: `event-${events.size + 1}`,
          date: row.date,
          ...(row.endDate ? { endDate: row.endDate } : {}),
          title: partnerships.get(key)!.summary,
          actors: [...pair],
          evidence: [{ source: evidence.source, quote: evidence.quote, translation: evidence.translation }],
          rows: [row.number],
        });
    }
  }

  const partnershipList = [...partnerships.values()].map(({ rows, ...p }, i) => (rowsOf.set(`partnerships[${i}]`, rows), p));
  const eventList = [...events.values()].map(({ rows, ...e }, i) => (rowsOf.set(`events[${i}]`, rows), e));
  const title = focusActor
    ? { fr: `Partenariats${fr.colon}${focusActor.name.fr}`, en: `Partnerships${en.colon}${focusActor.name.en}` }
    : { fr: fileName, en: fileName };
  const json: DatasetJson = {
    schemaVersion: 2,
    id: toIdentifier(fileName.replace(/\.[a-z]+$/i, ''), 'data') || 'own-data',
    title,
    description: { fr: `Données chargées depuis « ${fileName} ».`, en: `Data loaded from "${fileName}".` },
    ...(focus === undefined ? {} : { focus }),
    sources: [...sources.values()],
    actors: actorList,
    sectors: [...sectors.values()].filter((s) => partnershipList.some((p) => p.sector === s.id)),
    partnerships: partnershipList,
    events: eventList,
  };
  return { json, leftOut, issues, rowsOf };
}

/** A row repeated word for word adds nothing; the same words with another status or date are another claim. */
const sameClaim = (a: EvidenceJson, b: EvidenceJson) =>
  a.source === b.source && a.quote === b.quote && a.status === b.status && a.date === b.date && a.endDate === b.endDate;

function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}
