import type { DatasetJson, EvidenceJson, CitationJson } from './schema';
import type { DataIssue } from './dataIssue';
import type { Problem } from './problem';
import { findQuote } from './findQuote';
import { findControlCharacterInSourceText } from './controlCharacters';

/**
 * Checks what the shape alone cannot: unique ids, references that resolve, a focus that exists,
 * and quotes found verbatim in their source texts (`sourceTexts` maps a source id to its full
 * text, for the sources whose text was loaded).
 */
export function checkIntegrity(data: DatasetJson, sourceTexts: ReadonlyMap<string, string>): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (path: string, problem: Problem) => issues.push({ at: { path }, problem });

  const sourceIds = uniqueIds('sources', data.sources, report);
  const eventById = new Map(data.events.map((event) => [event.id, event]));
  const actorIds = uniqueIds('actors', data.actors, report);
  const sectorIds = uniqueIds('sectors', data.sectors, report);
  uniqueIds('partnerships', data.partnerships, report);
  uniqueIds('events', data.events, report);

  if (data.focus !== undefined && !actorIds.has(data.focus)) report('focus', { code: 'unknownFocus', id: data.focus });

  // A full text is shown in the source reader; it obeys the rule the schema sets for every other text.
  data.sources.forEach((source, i) => {
    const text = sourceTexts.get(source.id);
    const found = text === undefined ? null : findControlCharacterInSourceText(text);
    if (found) report(`sources[${i}].text`, { code: 'controlCharacter', ...found });
  });

  const checkEvidence = (path: string, evidence: readonly (EvidenceJson | CitationJson)[]) => {
    evidence.forEach((item, i) => {
      const at = `${path}.evidence[${i}]`;
      if (!sourceIds.has(item.source)) {
        report(`${at}.source`, { code: 'unknownSource', id: item.source });
        return;
      }
      const text = sourceTexts.get(item.source);
      if (text !== undefined && item.quote !== undefined && findQuote(text, item.quote) === null) {
        report(`${at}.quote`, { code: 'quoteNotInSource', source: item.source });
      }
    });
  };

  data.actors.forEach((actor, i) => {
    const at = `actors[${i}]`;
    if (actor.memberOf !== undefined) {
      if (actor.memberOf === actor.id) report(`${at}.memberOf`, { code: 'memberOfItself' });
      else if (!actorIds.has(actor.memberOf)) report(`${at}.memberOf`, { code: 'unknownActor', id: actor.memberOf });
    }
    if (actor.kind === 'country' && actor.iso3 !== undefined && actor.iso3 !== actor.id) {
      report(`${at}.iso3`, { code: 'iso3NotId', id: actor.id, iso3: actor.iso3 });
    }
    if (actor.kind === 'person' && actor.role === undefined) report(`${at}.role`, { code: 'personWithoutRole' });
    checkEvidence(at, actor.evidence ?? []);
  });

  const pairSectors = new Set<string>();
  data.partnerships.forEach((partnership, i) => {
    const at = `partnerships[${i}]`;
    const [a, b] = partnership.actors;
    if (a === b) report(`${at}.actors`, { code: 'partnershipWithItself', id: a });
    partnership.actors.forEach((id, j) => {
      if (!actorIds.has(id)) report(`${at}.actors[${j}]`, { code: 'unknownActor', id });
    });
    if (!sectorIds.has(partnership.sector)) report(`${at}.sector`, { code: 'unknownSector', id: partnership.sector });
    const key = `${[a, b].sort().join('|')}|${partnership.sector}`;
    if (pairSectors.has(key)) report(at, { code: 'duplicatePartnership', a, b, sector: partnership.sector });
    pairSectors.add(key);
    checkEvidence(at, partnership.evidence);
    partnership.evidence.forEach((claim, j) => {
      if (claim.quote === undefined && claim.event === undefined) report(`${at}.evidence[${j}]`, { code: 'claimWithoutGround' });
      if (claim.quote === undefined && claim.translation !== undefined)
        report(`${at}.evidence[${j}].translation`, { code: 'translationWithoutQuote' });
      if (claim.event !== undefined) {
        const event = eventById.get(claim.event);
        if (!event) report(`${at}.evidence[${j}].event`, { code: 'unknownEvent', id: claim.event });
        else if (!event.evidence.some((cited) => cited.source === claim.source))
          report(`${at}.evidence[${j}].event`, { code: 'claimEventElsewhere', event: claim.event, source: claim.source });
      }
      if (claim.date && claim.endDate && claim.endDate < claim.date) report(`${at}.evidence[${j}].endDate`, { code: 'endBeforeStart' });
      if (claim.endDate && !claim.date) report(`${at}.evidence[${j}].endDate`, { code: 'endWithoutStart' });
    });
  });

  data.events.forEach((event, i) => {
    const at = `events[${i}]`;
    event.actors.forEach((id, j) => {
      if (!actorIds.has(id)) report(`${at}.actors[${j}]`, { code: 'unknownActor', id });
    });
    if (event.date && event.endDate && event.endDate < event.date) report(`${at}.endDate`, { code: 'endBeforeStart' });
    if (event.endDate && !event.date) report(`${at}.endDate`, { code: 'endWithoutStart' });
    checkEvidence(at, event.evidence);
  });

  return issues;
}

function uniqueIds(collection: string, items: readonly { id: string }[], report: (path: string, problem: Problem) => void): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report(`${collection}[${i}].id`, { code: 'duplicateId', id: item.id, collection });
    seen.add(item.id);
  });
  return seen;
}
