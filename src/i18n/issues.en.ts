import type { TextField } from '../data/problem';
import { listNumbers, megabytes, wholeMegabytes, type IssueWording } from './issueWording';
import { plural } from './plural';

const TEXTS: Record<TextField, string> = {
  frText: 'the French text',
  enText: 'the English text',
  quote: 'a quote',
  translation: 'the English translation',
  sourceTitle: 'a source title',
  publisher: 'a publisher',
};

const TYPES: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};
const typeName = (type: string) => TYPES[type] ?? type;
const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

const CELL_NEEDS = {
  actor: 'the actor whose partnership it is (a country name or code)',
  partner: 'a partner (a country name or code, or an organization)',
  sector: 'a sector, such as security or energy',
  status: 'a status: active, emerging, exploring, potential or ended',
  quote: 'a quote copied word for word from its source',
} as const;

/** Where problems are and what they are, in English. */
export const issuesEn: IssueWording = {
  root: '(dataset)',
  textPosition: (line, column) => `line ${line}, column ${column}`,
  rows: (rows) => `${plural('en', rows.length, 'row', 'rows')} ${listNumbers(rows, 'and')}`,
  sheetColumn: ({ letter, header }) => (header ? `column ${letter} (${header})` : `column ${letter}`),
  problems: {
    unreachable: () => 'the file could not be reached (the server did not answer)',
    unreachableOrRefused: () => 'the file could not be reached (the server did not answer, or does not allow this site to read it)',
    httpStatus: (p) => `the server answered HTTP ${p.status}; check that the file exists`,
    readIncomplete: () => 'the file could not be read completely',
    fileTooLarge: (p) =>
      `the file is larger than ${wholeMegabytes(p.limitBytes)} MB, the most this dashboard reads; split it or remove what it does not need`,
    fileTooHeavy: (p) =>
      `the file weighs ${megabytes(p.bytes, '.')} MB; ${megabytes(p.limitBytes, '.')} MB at most can be loaded, so split it or remove columns it does not need`,
    fileEmpty: () => 'the file is empty',
    fileUnreadable: () => 'the file could not be read; check that it is still there and try again',
    nothingPasted: () => 'nothing was pasted; paste the rows of a CSV or the text of a JSON dataset',
    utf16WithoutBom: () => 'the file looks like UTF-16 without a byte-order mark; save it again as "CSV UTF-8" (or JSON in UTF-8)',
    notInEncoding: (p) => `the file is not valid ${p.encoding}; save it again as "CSV UTF-8"`,
    notUtf8: () =>
      'the file is not in UTF-8 (it looks like Windows-1252 or Latin-1, which older Excel versions write); ' +
      'in Excel choose "Save as > CSV UTF-8", in LibreOffice tick "Edit filter settings" and pick UTF-8, then load it again',
    notJson: (p) =>
      `the file is not valid JSON${p.found !== undefined ? ` (unexpected ${JSON.stringify(p.found)})` : p.ended ? ' (it ends before the JSON does)' : ''}`,
    jsonTooDeep: (p) => `the file nests deeper than ${p.limit} levels; the format needs six at most, so this is not a dataset`,
    textTooLong: (p) => `this text is ${p.length} characters long; ${p.limit} at most are read, so shorten it`,
    sourceTextFailed: (p, { describe }) => `could not load "${p.file}": ${describe(p.cause)}`,
    savedUnreadable: () => 'the dataset kept in this browser is unreadable; load your file again',
    sourceTextNotKept: (p) =>
      `the text "${p.file}" was not kept with this data in the browser, so its quotes cannot be checked; load your file again`,
    codeUnavailable: () =>
      'part of the page’s code could not be downloaded (the connection may be down); try again once the network is back',
    linkNotHttp: () => 'the ?data= link must be an http:// or https:// address of a dataset',
    cancelled: () => 'loading was cancelled',
    serverSilent: (p) => `${p.host} sent nothing for ${p.seconds} s, so loading was stopped`,
    storageSilent: (p) => `this browser's storage did not answer within ${p.seconds} s, so the data kept there could not be read`,

    required: () => 'this field is required',
    unexpectedFields: (p) => `unexpected ${plural('en', p.keys.length, 'field', 'fields')} ${quoted(p.keys)}`,
    wrongType: (p) => `expected ${typeName(p.expected)}, not ${typeName(p.received)}`,
    invalid: () => 'this value is not valid here',
    notText: (p) => `${TEXTS[p.what]} must be text`,
    emptyText: (p) => `${TEXTS[p.what]} must not be empty`,
    controlCharacter: (p) =>
      `this text holds an invisible character, ${p.codePoint} (${p.kind === 'direction' ? 'a text direction command' : 'a control character'}), at position ${p.position}; ${p.kind === 'direction' ? 'it can make the text read in another order than it is written' : 'it shows nothing and breaks exports'}, so remove it`,
    idNotText: () => 'an id must be text',
    idFormat: () => 'an id starts with a letter and holds only letters, digits, "-" and "_" (64 at most)',
    dateNotText: () => 'a date must be text',
    dateFormat: () => 'a date is written YYYY-MM-DD',
    dateDoesNotExist: () => 'this date does not exist',
    linkNotText: () => 'a link must be text',
    linkFormat: () => 'a link must be a full http:// or https:// address',
    languageFormat: () => 'a language is a two- or three-letter code such as "fr"',
    sourceTextPath: () => 'a source text is a relative path to a .txt file under the data folder, such as "sources/article.txt"',
    iso3Format: () => 'iso3 is three capital letters, such as "MLI"',
    coordinateNotNumber: (p) => `${p.axis} must be a number`,
    coordinateOutOfRange: (p) => `${p.axis} must be between -${p.max} and ${p.max}`,
    unknownChoice: (p) =>
      `unknown ${{ kind: 'actor kind', status: 'status', trend: 'trend', view: 'view' }[p.field]} "${p.value}"; use one of ${quoted(p.allowed)}`,
    actorsPair: () => 'actors is a pair of actor ids, such as ["MLI", "RUS"]',
    unknownEvent: (p) => `no event has the id "${p.id}"`,
    claimWithoutGround: () => 'a claim needs a quote from its source (quote) or an event that source reports (event)',
    claimEventElsewhere: (p) => `the event "${p.event}" is not cited by this claim's source "${p.source}"`,
    translationWithoutQuote: () => 'a translation needs the quote it translates',
    needsEvidence: (p) =>
      ({
        partnership: 'every partnership needs at least one evidence quote',
        event: 'every event needs at least one source',
        storyStep: 'every story step needs at least one source',
      })[p.record],
    needsOne: (p) => `a dataset needs at least one ${{ sources: 'source', actors: 'actor', sectors: 'sector' }[p.collection]}`,
    stepStateFormat: () => 'a step\'s state is a link query such as "?status=ended&select=FRA"',
    schemaVersion: () => 'schemaVersion must be 2, the current version, or 1, which this app reads and migrates',

    duplicateId: (p) => `the id "${p.id}" is used twice in ${p.collection}`,
    unknownFocus: (p) => `unknown actor "${p.id}"; the focus must be one of the actors`,
    unknownActor: (p) => `unknown actor "${p.id}"`,
    unknownSource: (p) => `unknown source "${p.id}"`,
    unknownSector: (p) => `unknown sector "${p.id}"`,
    quoteNotInSource: (p) => `this quote is not found word for word in source "${p.source}"; copy it exactly from the text`,
    memberOfItself: () => 'an actor cannot be a member of itself',
    iso3NotId: (p) => `a country's id is its ISO alpha-3 code: expected "${p.id}" here, or change the id to "${p.iso3}"`,
    personWithoutRole: () => "a person needs a role, such as a minister's title",
    partnershipWithItself: (p) => `a partnership joins two different actors, not "${p.id}" with itself`,
    duplicatePartnership: (p) => `a second partnership of "${p.a}" and "${p.b}" in "${p.sector}"; merge the two into one record`,
    endBeforeStart: () => 'the end date comes before the start date',
    endWithoutStart: () => 'an end date needs a start date',
    stepStateUnknown: (p) => `"${p.key}=${p.value}" names nothing in this dataset`,

    csvUnclosedQuote: () => 'a quoted value is never closed; add the missing double quote (") at the end of the value',
    csvStrayQuote: () => 'a double quote (") inside a value must be doubled ("") and the whole value put in double quotes',
    csvUnreadable: (p) => `the CSV could not be read here (${p.detail})`,
    csvTooManyRows: (p) => `the file has more than ${p.limit} rows, the most this dashboard can show; split it into smaller files`,
    csvNoHeader: () => 'the file is empty; the first row must hold the column names',
    csvTooManyColumns: (p) => `the file has ${p.count} columns; ${p.limit} at most can be read`,
    csvCellTooLong: (p) => `this cell holds ${p.length} characters; ${p.limit} at most are read, so shorten it`,
    csvExtraCells: (p) =>
      `this row has more cells than the header has columns (${p.columns}); put values that contain the separator "${p.delimiter === '\t' ? 'tab' : p.delimiter}" in double quotes`,
    csvColumnsMissing: (p) => `no column was recognised for: ${p.fields.join(', ')}; name the columns as in the template CSV`,
    csvUnknownValue: (p) =>
      `"${p.value}" is not a known country or status; correct it in the file, or load the file from the page to choose what to do`,
    emptyCell: (p) => `this cell is empty; every row needs ${CELL_NEEDS[p.field]}`,
    notTrend: (p) => `"${p.value}" is not a trend; write strengthening, stable or weakening, or leave the cell empty`,
    coordinatePair: () => 'this cell is empty; give both the latitude and the longitude of the partner, or neither',
    partnerIsActor: (p) => `the partner is the actor itself ("${p.value}"); a partnership joins two different actors`,
    notDate: (p) => `"${p.value}" is not a date; write it as YYYY-MM-DD (2024-02-28) or DD/MM/YYYY (28/02/2024)`,
    cellDateDoesNotExist: (p) => `the date "${p.value}" does not exist; check the day and the month`,
    notLink: (p) => `"${p.value}" is not a web address; write a full link that starts with http:// or https://`,
    cellCoordinate: (p) => `the ${p.axis} must be a number between -${p.max} and ${p.max}, such as 12.65`,
    notLanguage: (p) => `"${p.value}" is not a language code; write a two-letter code such as fr or en`,
    personInCsv: () => 'people cannot be loaded from a CSV (each needs a role and a country); list them in a JSON dataset',
    notKind: (p) => `"${p.value}" is not a kind of partner; write country or organization (pays ou organisation)`,
    cellPeriodReversed: (p) => `the period ends on ${p.endDate}, before it starts on ${p.date}; swap the two dates or correct one`,
    trendConflict: (p, { t }) =>
      `this row says the trend is "${t.trends[p.trend]}" but row ${p.otherRow} says "${t.trends[p.otherTrend]}"; give them one trend`,
    noPartnership: (p) =>
      `there is no partnership to show: ${p.allLeftOut ? 'every row was left out; keep some of the names, statuses or sectors listed' : 'the file has no rows under its header'}`,
  },
};
