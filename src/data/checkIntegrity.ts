import type { DatasetJson, EvidenceJson, CitationJson } from './schema';
import type { DataIssue } from './dataIssue';
import { findQuote } from './findQuote';

/**
 * Checks what the shape alone cannot: unique ids, references that resolve, a focus that exists,
 * and quotes found verbatim in their source texts (`sourceTexts` maps a source id to its full
 * text, for the sources whose text was loaded).
 */
export function checkIntegrity(data: DatasetJson, sourceTexts: ReadonlyMap<string, string>): DataIssue[] {
  const issues: DataIssue[] = [];
  const report = (path: string, message: string) => issues.push({ path, message });

  const sourceIds = uniqueIds('sources', data.sources, report);
  const actorIds = uniqueIds('actors', data.actors, report);
  const sectorIds = uniqueIds('sectors', data.sectors, report);
  uniqueIds('partnerships', data.partnerships, report);
  uniqueIds('events', data.events, report);

  if (!actorIds.has(data.focus)) report('focus', `unknown actor "${data.focus}"; the focus must be one of the actors`);

  const checkEvidence = (path: string, evidence: readonly (EvidenceJson | CitationJson)[]) => {
    evidence.forEach((item, i) => {
      const at = `${path}.evidence[${i}]`;
      if (!sourceIds.has(item.source)) {
        report(`${at}.source`, `unknown source "${item.source}"`);
        return;
      }
      const text = sourceTexts.get(item.source);
      if (text !== undefined && item.quote !== undefined && findQuote(text, item.quote) === null) {
        report(`${at}.quote`, `this quote is not found word for word in source "${item.source}"; copy it exactly from the text`);
      }
    });
  };

  data.actors.forEach((actor, i) => {
    const at = `actors[${i}]`;
    if (actor.memberOf !== undefined) {
      if (actor.memberOf === actor.id) report(`${at}.memberOf`, 'an actor cannot be a member of itself');
      else if (!actorIds.has(actor.memberOf)) report(`${at}.memberOf`, `unknown actor "${actor.memberOf}"`);
    }
    if (actor.kind === 'country' && actor.iso3 !== undefined && actor.iso3 !== actor.id) {
      report(`${at}.iso3`, `a country's id is its ISO alpha-3 code: expected "${actor.id}" here, or change the id to "${actor.iso3}"`);
    }
    if (actor.kind === 'person' && actor.role === undefined) report(`${at}.role`, 'a person needs a role, such as a minister\'s title');
    checkEvidence(at, actor.evidence ?? []);
  });

  const pairSectors = new Set<string>();
  data.partnerships.forEach((partnership, i) => {
    const at = `partnerships[${i}]`;
    const [a, b] = partnership.actors;
    if (a === b) report(`${at}.actors`, `a partnership joins two different actors, not "${a}" with itself`);
    partnership.actors.forEach((id, j) => {
      if (!actorIds.has(id)) report(`${at}.actors[${j}]`, `unknown actor "${id}"`);
    });
    if (!sectorIds.has(partnership.sector)) report(`${at}.sector`, `unknown sector "${partnership.sector}"`);
    const key = `${[a, b].sort().join('|')}|${partnership.sector}`;
    if (pairSectors.has(key)) report(at, `a second partnership of "${a}" and "${b}" in "${partnership.sector}"; merge the two into one record`);
    pairSectors.add(key);
    checkEvidence(at, partnership.evidence);
  });

  data.events.forEach((event, i) => {
    const at = `events[${i}]`;
    event.actors.forEach((id, j) => {
      if (!actorIds.has(id)) report(`${at}.actors[${j}]`, `unknown actor "${id}"`);
    });
    if (event.date && event.endDate && event.endDate < event.date) report(`${at}.endDate`, 'the end date comes before the start date');
    if (event.endDate && !event.date) report(`${at}.endDate`, 'an end date needs a start date');
    checkEvidence(at, event.evidence);
  });

  return issues;
}

function uniqueIds(
  collection: string,
  items: readonly { id: string }[],
  report: (path: string, message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report(`${collection}[${i}].id`, `the id "${item.id}" is used twice in ${collection}`);
    seen.add(item.id);
  });
  return seen;
}
