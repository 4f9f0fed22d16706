import type { DataIssue } from '../data/dataIssue';
import type { CsvTable } from './readCsv';
import { headerLanguage, type ColumnMapping, type FieldKey } from './columnFields';
import { csvCell, sheetColumn } from './csvLocation';
import { readCoordinate, readDate, readKind, readLanguage, readLink, shorten, type Cell } from './cellValues';
import { resolveCountry, type Country } from './resolveCountry';
import { matchSector, matchStatus, matchTrend } from './vocabulary';
import { toSpellingKey } from '../text/fold';
import type { Status, Trend } from '../model/statuses';

/** An actor named in a row: a country the library knows, or a name the person must decide about. */
export type NamedActor = { kind: 'country'; country: Country } | { kind: 'organization'; name: string } | { kind: 'unknown'; name: string };

export interface AnalyzedRow {
  number: number;
  actor: NamedActor;
  partner: NamedActor;
  /** A known sector id, or the sector's own words when it is not in the vocabulary. */
  sector: { known: string } | { unknown: string };
  status: { known: Status } | { unknown: string };
  trend: Trend | null;
  /** The day the claim speaks of, or the first day of its period; null where the row gives none. */
  date: string | null;
  /** The last day of the period the claim speaks of. */
  endDate: string | null;
  quote: string;
  translation: string | null;
  summary: { fr: string | null; en: string | null };
  source: { title: string | null; url: string | null; language: string | null; publisher: string | null; published: string | null };
  partnerLocation: { lat: number; lon: number } | null;
}

/** A value outside the vocabulary, with every row it is on, so the person can map it once. */
export interface UnknownValue {
  /** The folded form, which is what choices are keyed by. */
  key: string;
  value: string;
  rows: number[];
  column: { letter: string; header: string };
}

export interface Analysis {
  rows: AnalyzedRow[];
  /** The language of sources whose row gives none. */
  defaultLanguage: 'fr' | 'en';
  /** Problems only the file can fix (an empty required cell, a date that does not exist...). */
  issues: DataIssue[];
  unknownNames: UnknownValue[];
  unknownStatuses: UnknownValue[];
  unknownSectors: UnknownValue[];
}

/** Reads every row through the mapping, resolving countries and vocabulary, and lists what it could not. */
export function analyzeRows(table: CsvTable, mapping: ColumnMapping): Analysis {
  const issues: DataIssue[] = [];
  const unknown = {
    names: new Map<string, UnknownValue>(),
    statuses: new Map<string, UnknownValue>(),
    sectors: new Map<string, UnknownValue>(),
  };
  const columnOf = (field: FieldKey) => mapping.indexOf(field);
  const columnAt = (field: FieldKey) => ({ index: columnOf(field), header: table.headers[columnOf(field)] ?? '' });
  const where = (row: number, field: FieldKey) => csvCell(table.fileName, row, columnAt(field));
  const note = (bucket: Map<string, UnknownValue>, value: string, row: number, field: FieldKey) => {
    const key = toSpellingKey(value);
    const entry = bucket.get(key) ?? { key, value, rows: [], column: sheetColumn(columnAt(field)) };
    entry.rows.push(row);
    bucket.set(key, entry);
  };

  const rows = table.rows.flatMap((row): AnalyzedRow[] => {
    const before = issues.length;
    const get = (field: FieldKey) => (columnOf(field) < 0 ? '' : (row.cells[columnOf(field)] ?? ''));
    const take = <T>(field: FieldKey, cell: Cell<T>): T | null => {
      if (cell.error) issues.push({ at: where(row.number, field), problem: cell.error });
      return cell.value;
    };
    const required = (field: 'actor' | 'partner' | 'sector' | 'status' | 'quote') => {
      const value = get(field);
      if (value === '') issues.push({ at: where(row.number, field), problem: { code: 'emptyCell', field } });
      return value;
    };

    const actorName = required('actor');
    const partnerName = required('partner');
    const sectorText = required('sector');
    const statusText = required('status');
    const quote = required('quote');
    const partnerKind = take('partnerKind', readKind(get('partnerKind')));
    const trendText = get('trend');
    const trend = trendText === '' ? null : matchTrend(trendText);
    if (trendText !== '' && !trend)
      issues.push({ at: where(row.number, 'trend'), problem: { code: 'notTrend', value: shorten(trendText) } });
    const lat = take('partnerLat', readCoordinate(get('partnerLat'), 90, 'latitude'));
    const lon = take('partnerLon', readCoordinate(get('partnerLon'), 180, 'longitude'));
    if ((get('partnerLat') === '') !== (get('partnerLon') === '')) {
      const empty = get('partnerLat') === '' ? 'partnerLat' : 'partnerLon';
      issues.push({ at: where(row.number, empty), problem: { code: 'coordinatePair' } });
    }
    const date = take('date', readDate(get('date')));
    const endDate = take('endDate', readDate(get('endDate')));
    // The one contradiction a row can hold: a period that ends before it starts (or has no start).
    if (date !== null && endDate !== null && endDate < date)
      issues.push({ at: where(row.number, 'endDate'), problem: { code: 'cellPeriodReversed', date, endDate } });
    if (date === null && endDate !== null && get('date') === '')
      issues.push({ at: where(row.number, 'endDate'), problem: { code: 'endWithoutStart' } });
    const source = {
      title: get('sourceTitle') || null,
      url: take('sourceUrl', readLink(get('sourceUrl'))),
      language: take('sourceLanguage', readLanguage(get('sourceLanguage'))),
      publisher: get('publisher') || null,
      published: take('published', readDate(get('published'))),
    };
    if (issues.length > before) return [];

    const actor = nameActor(actorName, null);
    const partner = nameActor(partnerName, partnerKind);
    if (actor.kind !== 'unknown' && partner.kind !== 'unknown' && actorKey(actor) === actorKey(partner)) {
      issues.push({ at: where(row.number, 'partner'), problem: { code: 'partnerIsActor', value: shorten(partnerName) } });
      return [];
    }
    if (actor.kind === 'unknown') note(unknown.names, actorName, row.number, 'actor');
    if (partner.kind === 'unknown') note(unknown.names, partnerName, row.number, 'partner');
    const knownStatus = matchStatus(statusText);
    if (!knownStatus) note(unknown.statuses, statusText, row.number, 'status');
    const knownSector = matchSector(sectorText);
    if (!knownSector) note(unknown.sectors, sectorText, row.number, 'sector');
    return [
      {
        number: row.number,
        actor,
        partner,
        sector: knownSector ? { known: knownSector } : { unknown: sectorText },
        status: knownStatus ? { known: knownStatus } : { unknown: statusText },
        trend,
        date,
        endDate,
        quote,
        translation: get('translation') || null,
        summary: { fr: get('summaryFr') || get('summary') || null, en: get('summaryEn') || get('summary') || null },
        source,
        partnerLocation: lat !== null && lon !== null ? { lat, lon } : null,
      },
    ];
  });
  return {
    rows,
    defaultLanguage: headerLanguage(table.headers),
    issues,
    unknownNames: [...unknown.names.values()],
    unknownStatuses: [...unknown.statuses.values()],
    unknownSectors: [...unknown.sectors.values()],
  };
}

function nameActor(name: string, kind: 'country' | 'organization' | null): NamedActor {
  if (kind === 'organization') return { kind: 'organization', name };
  const country = resolveCountry(name);
  return country ? { kind: 'country', country } : { kind: 'unknown', name };
}

export function actorKey(actor: NamedActor): string {
  return actor.kind === 'country' ? actor.country.alpha3 : `name:${toSpellingKey(actor.name)}`;
}
