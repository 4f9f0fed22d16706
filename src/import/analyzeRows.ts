import type { DataIssue } from '../data/dataIssue';
import type { Status, Trend } from '../data/schema';
import type { CsvTable } from './readCsv';
import { headerLanguage, type ColumnMapping, type FieldKey } from './columnFields';
import { csvCell } from './csvLocation';
import { readCoordinate, readDate, readKind, readLanguage, readLink, shorten, type Cell } from './cellValues';
import { resolveCountry, type Country } from './resolveCountry';
import { matchSector, matchStatus, matchTrend } from './vocabulary';
import { foldText } from './foldText';

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
  date: string | null;
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
  column: string;
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
  const unknown = { names: new Map<string, UnknownValue>(), statuses: new Map<string, UnknownValue>(), sectors: new Map<string, UnknownValue>() };
  const columnOf = (field: FieldKey) => mapping.indexOf(field);
  const where = (row: number, field: FieldKey) => csvCell(table.fileName, row, { index: columnOf(field), header: table.headers[columnOf(field)] ?? '' });
  const note = (bucket: Map<string, UnknownValue>, value: string, row: number, field: FieldKey) => {
    const key = foldText(value);
    const entry = bucket.get(key) ?? { key, value, rows: [], column: where(row, field).replace(/^.*, column /, 'column ') };
    entry.rows.push(row);
    bucket.set(key, entry);
  };

  const rows = table.rows.flatMap((row): AnalyzedRow[] => {
    const before = issues.length;
    const get = (field: FieldKey) => (columnOf(field) < 0 ? '' : (row.cells[columnOf(field)] ?? ''));
    const take = <T>(field: FieldKey, cell: Cell<T>): T | null => {
      if (cell.error) issues.push({ path: where(row.number, field), message: cell.error });
      return cell.value;
    };
    const required = (field: FieldKey, what: string) => {
      const value = get(field);
      if (value === '') issues.push({ path: where(row.number, field), message: `this cell is empty; every row needs ${what}` });
      return value;
    };

    const actorName = required('actor', 'the actor whose partnership it is (a country name or code)');
    const partnerName = required('partner', 'a partner (a country name or code, or an organization)');
    const sectorText = required('sector', 'a sector, such as security or energy');
    const statusText = required('status', 'a status: active, emerging, exploring, potential or ended');
    const quote = required('quote', 'a quote copied word for word from its source');
    const partnerKind = take('partnerKind', readKind(get('partnerKind')));
    const trendText = get('trend');
    const trend = trendText === '' ? null : matchTrend(trendText);
    if (trendText !== '' && !trend) issues.push({ path: where(row.number, 'trend'), message: `"${shorten(trendText)}" is not a trend; write strengthening, stable or weakening, or leave the cell empty` });
    const lat = take('partnerLat', readCoordinate(get('partnerLat'), 90, 'latitude'));
    const lon = take('partnerLon', readCoordinate(get('partnerLon'), 180, 'longitude'));
    if ((get('partnerLat') === '') !== (get('partnerLon') === '')) {
      const empty = get('partnerLat') === '' ? 'partnerLat' : 'partnerLon';
      issues.push({ path: where(row.number, empty), message: 'this cell is empty; give both the latitude and the longitude of the partner, or neither' });
    }
    const date = take('date', readDate(get('date')));
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
      issues.push({ path: where(row.number, 'partner'), message: `the partner is the actor itself ("${shorten(partnerName)}"); a partnership joins two different actors` });
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
        quote,
        translation: get('translation') || null,
        summary: { fr: get('summaryFr') || get('summary') || null, en: get('summaryEn') || get('summary') || null },
        source,
        partnerLocation: lat !== null && lon !== null ? { lat, lon } : null,
      },
    ];
  });
  return { rows, defaultLanguage: headerLanguage(table.headers), issues, unknownNames: [...unknown.names.values()], unknownStatuses: [...unknown.statuses.values()], unknownSectors: [...unknown.sectors.values()] };
}

function nameActor(name: string, kind: 'country' | 'organization' | null): NamedActor {
  if (kind === 'organization') return { kind: 'organization', name };
  const country = resolveCountry(name);
  return country ? { kind: 'country', country } : { kind: 'unknown', name };
}

export function actorKey(actor: NamedActor): string {
  return actor.kind === 'country' ? actor.country.alpha3 : `name:${foldText(actor.name)}`;
}
