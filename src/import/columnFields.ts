import { toSpellingKey } from '../text/fold';

/**
 * What a CSV column can mean, with the headers that spreadsheets commonly give it in English
 * and French. Lookups go through a Map, so a header such as "__proto__" matches nothing.
 */
export const FIELDS = [
  {
    key: 'actor',
    required: true,
    headers: [
      'actor',
      'source actor',
      'source',
      'from',
      'country',
      'focus',
      'actor 1',
      'acteur',
      'acteur source',
      'pays',
      'de',
      'acteur 1',
    ],
  },
  {
    key: 'partner',
    required: true,
    headers: [
      'partner',
      'target',
      'to',
      'partner country',
      'counterpart',
      'actor 2',
      'partenaire',
      'cible',
      'vers',
      'pays partenaire',
      'acteur 2',
    ],
  },
  {
    key: 'partnerKind',
    required: false,
    headers: ['partner kind', 'partner type', 'kind', 'type', 'type de partenaire', 'nature', 'genre'],
  },
  { key: 'sector', required: true, headers: ['sector', 'field', 'domain', 'area', 'secteur', 'domaine'] },
  { key: 'status', required: true, headers: ['status', 'state', 'stage', 'statut', 'etat', 'stade'] },
  { key: 'trend', required: false, headers: ['trend', 'direction', 'tendance', 'evolution'] },
  {
    key: 'date',
    required: false,
    headers: ['date', 'start date', 'event date', 'claim date', 'from date', 'date de debut', 'date de l evenement', 'date du constat'],
  },
  {
    key: 'endDate',
    required: false,
    headers: ['end date', 'until', 'to date', 'date de fin', 'fin', 'jusqu au'],
  },
  { key: 'quote', required: true, headers: ['quote', 'evidence', 'excerpt', 'citation', 'extrait', 'preuve'] },
  { key: 'translation', required: false, headers: ['translation', 'english translation', 'quote en', 'traduction', 'traduction anglaise'] },
  { key: 'summary', required: false, headers: ['summary', 'description', 'resume', 'synthese'] },
  { key: 'summaryFr', required: false, headers: ['summary fr', 'resume fr', 'french summary', 'resume en francais'] },
  { key: 'summaryEn', required: false, headers: ['summary en', 'resume en', 'english summary', 'resume en anglais'] },
  {
    key: 'sourceTitle',
    required: false,
    headers: ['source title', 'title', 'document', 'article', 'source name', 'titre de la source', 'titre', 'nom de la source'],
  },
  {
    key: 'sourceUrl',
    required: false,
    headers: ['source url', 'url', 'link', 'source link', 'lien', 'adresse', 'url de la source', 'lien de la source', 'lien source'],
  },
  { key: 'sourceLanguage', required: false, headers: ['language', 'source language', 'lang', 'langue', 'langue de la source'] },
  { key: 'publisher', required: false, headers: ['publisher', 'outlet', 'media', 'editeur', 'journal'] },
  { key: 'published', required: false, headers: ['published', 'publication date', 'source date', 'date de publication', 'publie le'] },
  { key: 'partnerLat', required: false, headers: ['latitude', 'lat', 'partner latitude', 'partner lat', 'latitude du partenaire'] },
  {
    key: 'partnerLon',
    required: false,
    headers: ['longitude', 'lon', 'lng', 'long', 'partner longitude', 'partner lon', 'longitude du partenaire'],
  },
] as const;

export type FieldKey = (typeof FIELDS)[number]['key'];

/** For each column, the field it holds, or null when it is left out. */
export type ColumnMapping = readonly (FieldKey | null)[];

export const FIELD_KEYS: readonly FieldKey[] = FIELDS.map((f) => f.key);
export const REQUIRED_FIELDS: readonly FieldKey[] = FIELDS.filter((f) => f.required).map((f) => f.key);

const FIELD_BY_HEADER = new Map<string, FieldKey>(FIELDS.flatMap((f) => f.headers.map((h) => [h, f.key] as const)));

export function isFieldKey(value: string): value is FieldKey {
  return (FIELD_KEYS as readonly string[]).includes(value);
}

/**
 * Recognises the columns from their headers. When two columns claim the same field, the first
 * keeps it and the second is left for the person to map, so no column is silently dropped.
 */
export function recognizeHeaders(headers: readonly string[]): ColumnMapping {
  const taken = new Set<FieldKey>();
  return headers.map((header) => {
    const field = FIELD_BY_HEADER.get(toSpellingKey(header).replace(/\s*[(:].*$/, ''));
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** Whether the recognised columns are enough to load without asking: every field found, no column unexplained. */
export function mappingIsComplete(headers: readonly string[], mapping: ColumnMapping): boolean {
  return REQUIRED_FIELDS.every((key) => mapping.includes(key)) && mapping.every((field, i) => field !== null || headers[i] === '');
}

/** Problems with a mapping the person chose: a required field missing, or one field on two columns. */
export function mappingProblems(mapping: ColumnMapping): { missing: FieldKey[]; repeated: FieldKey[] } {
  const missing = REQUIRED_FIELDS.filter((key) => !mapping.includes(key));
  const repeated = FIELD_KEYS.filter((key) => mapping.filter((f) => f === key).length > 1);
  return { missing, repeated };
}

const FRENCH_HEADERS = new Set([
  'acteur',
  'partenaire',
  'secteur',
  'statut',
  'citation',
  'pays',
  'extrait',
  'lien',
  'titre',
  'langue',
  'resume',
  'domaine',
]);

/**
 * The language a source is assumed to be in when the file has no language column: that of its
 * headers, since an analyst who writes "citation" usually quotes French sources. The template's
 * `source_language` column overrides it row by row.
 */
export function headerLanguage(headers: readonly string[]): 'fr' | 'en' {
  return headers.some((h) => FRENCH_HEADERS.has(toSpellingKey(h))) ? 'fr' : 'en';
}
