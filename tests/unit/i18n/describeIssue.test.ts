import { describe, expect, it } from 'vitest';
import type { Problem, ProblemCode } from '../../../src/data/problem';
import { describeIssue, describePlace, describeProblem } from '../../../src/i18n/describeIssue';
import { fr } from '../../../src/i18n/fr';
import { en } from '../../../src/i18n/en';

const CATALOGUES = { fr, en };

/** One problem of every code, with values as a file would give them. */
const SAMPLES: { [C in ProblemCode]: Extract<Problem, { code: C }> } = {
  unreachable: { code: 'unreachable' },
  unreachableOrRefused: { code: 'unreachableOrRefused' },
  httpStatus: { code: 'httpStatus', status: 404 },
  readIncomplete: { code: 'readIncomplete' },
  fileTooLarge: { code: 'fileTooLarge', limitBytes: 20 * 1024 * 1024 },
  fileTooHeavy: { code: 'fileTooHeavy', bytes: 21 * 1024 * 1024, limitBytes: 20 * 1024 * 1024 },
  fileEmpty: { code: 'fileEmpty' },
  fileUnreadable: { code: 'fileUnreadable' },
  nothingPasted: { code: 'nothingPasted' },
  utf16WithoutBom: { code: 'utf16WithoutBom' },
  notInEncoding: { code: 'notInEncoding', encoding: 'UTF-16LE' },
  notUtf8: { code: 'notUtf8' },
  notJson: { code: 'notJson', found: 'o' },
  jsonTooDeep: { code: 'jsonTooDeep', limit: 20 },
  textTooLong: { code: 'textTooLong', length: 12000, limit: 10000 },
  sourceTextFailed: { code: 'sourceTextFailed', file: 'sources/article.txt', cause: { code: 'httpStatus', status: 404 } },
  savedUnreadable: { code: 'savedUnreadable' },
  unknownEvent: { code: 'unknownEvent', id: 'tb2-handover' },
  claimWithoutGround: { code: 'claimWithoutGround' },
  claimEventElsewhere: { code: 'claimEventElsewhere', event: 'tb2-handover', source: 'article' },
  translationWithoutQuote: { code: 'translationWithoutQuote' },
  sourceTextNotKept: { code: 'sourceTextNotKept', file: 'sources/article.txt' },
  linkNotHttp: { code: 'linkNotHttp' },
  cancelled: { code: 'cancelled' },
  serverSilent: { code: 'serverSilent', host: 'example.org', seconds: 15 },
  storageSilent: { code: 'storageSilent', seconds: 5 },
  codeUnavailable: { code: 'codeUnavailable' },
  required: { code: 'required' },
  unexpectedFields: { code: 'unexpectedFields', keys: ['colour'] },
  wrongType: { code: 'wrongType', expected: 'object', received: 'array' },
  invalid: { code: 'invalid' },
  notText: { code: 'notText', what: 'quote' },
  emptyText: { code: 'emptyText', what: 'enText' },
  controlCharacter: { code: 'controlCharacter', kind: 'direction', codePoint: 'U+202E', position: 7 },
  idNotText: { code: 'idNotText' },
  idFormat: { code: 'idFormat' },
  dateNotText: { code: 'dateNotText' },
  dateFormat: { code: 'dateFormat' },
  dateDoesNotExist: { code: 'dateDoesNotExist' },
  linkNotText: { code: 'linkNotText' },
  linkFormat: { code: 'linkFormat' },
  languageFormat: { code: 'languageFormat' },
  sourceTextPath: { code: 'sourceTextPath' },
  iso3Format: { code: 'iso3Format' },
  coordinateNotNumber: { code: 'coordinateNotNumber', axis: 'lat' },
  coordinateOutOfRange: { code: 'coordinateOutOfRange', axis: 'lon', max: 180 },
  unknownChoice: { code: 'unknownChoice', field: 'status', value: 'actve', allowed: ['active', 'ended'] },
  actorsPair: { code: 'actorsPair' },
  needsEvidence: { code: 'needsEvidence', record: 'partnership' },
  needsOne: { code: 'needsOne', collection: 'actors' },
  stepStateFormat: { code: 'stepStateFormat' },
  schemaVersion: { code: 'schemaVersion' },
  duplicateId: { code: 'duplicateId', id: 'p1', collection: 'partnerships' },
  unknownFocus: { code: 'unknownFocus', id: 'XXX' },
  unknownActor: { code: 'unknownActor', id: 'XXX' },
  unknownSource: { code: 'unknownSource', id: 'article' },
  unknownSector: { code: 'unknownSector', id: 'enrgy' },
  quoteNotInSource: { code: 'quoteNotInSource', source: 'article' },
  memberOfItself: { code: 'memberOfItself' },
  iso3NotId: { code: 'iso3NotId', id: 'MLI', iso3: 'MAL' },
  personWithoutRole: { code: 'personWithoutRole' },
  partnershipWithItself: { code: 'partnershipWithItself', id: 'MLI' },
  duplicatePartnership: { code: 'duplicatePartnership', a: 'MLI', b: 'RUS', sector: 'energy' },
  endBeforeStart: { code: 'endBeforeStart' },
  endWithoutStart: { code: 'endWithoutStart' },
  stepStateUnknown: { code: 'stepStateUnknown', key: 'sector', value: 'space' },
  csvUnclosedQuote: { code: 'csvUnclosedQuote' },
  csvStrayQuote: { code: 'csvStrayQuote' },
  csvUnreadable: { code: 'csvUnreadable', detail: 'TooManyFields' },
  csvTooManyRows: { code: 'csvTooManyRows', limit: 5000 },
  csvNoHeader: { code: 'csvNoHeader' },
  csvTooManyColumns: { code: 'csvTooManyColumns', count: 61, limit: 60 },
  csvCellTooLong: { code: 'csvCellTooLong', length: 12000, limit: 10000 },
  csvExtraCells: { code: 'csvExtraCells', columns: 5, delimiter: '\t' },
  csvColumnsMissing: { code: 'csvColumnsMissing', fields: ['partner', 'quote'] },
  csvUnknownValue: { code: 'csvUnknownValue', value: 'Wakanda' },
  emptyCell: { code: 'emptyCell', field: 'partner' },
  notTrend: { code: 'notTrend', value: 'up' },
  coordinatePair: { code: 'coordinatePair' },
  partnerIsActor: { code: 'partnerIsActor', value: 'Mali' },
  notDate: { code: 'notDate', value: 'soon' },
  cellDateDoesNotExist: { code: 'cellDateDoesNotExist', value: '2024-02-30' },
  notLink: { code: 'notLink', value: 'javascript:alert(1)' },
  cellCoordinate: { code: 'cellCoordinate', axis: 'latitude', max: 90 },
  notLanguage: { code: 'notLanguage', value: 'klingon' },
  personInCsv: { code: 'personInCsv' },
  notKind: { code: 'notKind', value: 'company' },
  cellPeriodReversed: { code: 'cellPeriodReversed', date: '2023-07-01', endDate: '2013-07-01' },
  trendConflict: { code: 'trendConflict', trend: 'stable', otherRow: 2, otherTrend: 'weakening' },
  noPartnership: { code: 'noPartnership', allLeftOut: true },
};

/** Words an English sentence cannot do without, and a French one never has. */
const ENGLISH = /\b(the|this|must|should|cannot|could|is|are|row|rows|column|needs|file)\b/;

describe('problems worded in the language on screen', () => {
  it('words every problem in French without English, and in English', () => {
    for (const problem of Object.values(SAMPLES)) {
      const french = describeProblem(problem, 'fr', CATALOGUES.fr);
      const english = describeProblem(problem, 'en', CATALOGUES.en);
      expect(french, problem.code).not.toMatch(ENGLISH);
      expect(french, problem.code).not.toBe(english);
      expect(english.length, problem.code).toBeGreaterThan(5);
    }
  });

  it('keeps the values of the file exactly as they are, in both languages', () => {
    for (const t of ['fr', 'en'] as const) {
      expect(describeProblem(SAMPLES.unknownSector, t, CATALOGUES[t])).toContain('enrgy');
      expect(describeProblem(SAMPLES.notLink, t, CATALOGUES[t])).toContain('javascript:alert(1)');
      expect(describeProblem(SAMPLES.unknownChoice, t, CATALOGUES[t])).toContain('"active", "ended"');
      expect(describeProblem(SAMPLES.sourceTextFailed, t, CATALOGUES[t])).toContain('sources/article.txt');
    }
    expect(describeProblem(SAMPLES.sourceTextFailed, 'fr', CATALOGUES.fr)).toBe(
      'impossible de charger «\u00a0sources/article.txt\u00a0»\u00a0: le serveur a répondu HTTP 404\u00a0; vérifiez que le fichier existe',
    );
    expect(describeProblem(SAMPLES.cellPeriodReversed, 'fr', CATALOGUES.fr)).toContain(
      'finit le 2013-07-01, avant de commencer le 2023-07-01',
    );
    expect(describeProblem(SAMPLES.fileTooHeavy, 'fr', CATALOGUES.fr)).toMatch(/^le fichier pèse 21,0\u00a0Mo\u00a0; 20,0\u00a0Mo au plus/);
  });

  it('words the place: a JSON path, a line and column of a file, rows and a column of a spreadsheet', () => {
    const places = [
      { path: 'partnerships[3].sector' },
      { path: '' },
      { file: 'data.json', line: 3, column: 7 },
      { file: 'data.csv', rows: [4], sheetColumn: { letter: 'B', header: 'partner' } },
      { file: 'data.csv', rows: [4, 9], path: 'partnerships[2].summary' },
      { file: 'data.csv', rows: [2, 3, 9] },
    ];
    expect(places.map((at) => describePlace(at, 'en'))).toEqual([
      'partnerships[3].sector',
      '(dataset)',
      'data.json, line 3, column 7',
      'data.csv, row 4, column B (partner)',
      'data.csv, rows 4 and 9 (partnerships[2].summary)',
      'data.csv, rows 2, 3 and 9',
    ]);
    expect(places.map((at) => describePlace(at, 'fr'))).toEqual([
      'partnerships[3].sector',
      '(jeu de données)',
      'data.json, ligne 3, colonne 7',
      'data.csv, ligne 4, colonne B (partner)',
      'data.csv, lignes 4 et 9 (partnerships[2].summary)',
      'data.csv, lignes 2, 3 et 9',
    ]);
  });

  it('writes a whole issue with the punctuation of each language', () => {
    const issue = { at: { path: 'partnerships[3].sector' }, problem: SAMPLES.unknownSector };
    expect(describeIssue(issue, 'en', CATALOGUES.en)).toBe('partnerships[3].sector: unknown sector "enrgy"');
    expect(describeIssue(issue, 'fr', CATALOGUES.fr)).toBe('partnerships[3].sector\u00a0: secteur inconnu «\u00a0enrgy\u00a0»');
  });
});
