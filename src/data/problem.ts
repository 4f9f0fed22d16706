import type { Trend } from '../model/statuses';

/**
 * What is wrong with a file or a dataset, as a code and the values it names, never as a sentence:
 * the catalogue of the language on screen words it (`src/i18n/issues.fr.ts`, `issues.en.ts`),
 * so a problem listed in French reads in English once the reader switches, and neither the
 * loader nor the importers speak one language. Values (ids, cells, file names) are kept exactly
 * as the file wrote them.
 */
export type Problem =
  // Reaching and reading the file.
  | { code: 'unreachable' }
  | { code: 'unreachableOrRefused' }
  | { code: 'httpStatus'; status: number }
  | { code: 'readIncomplete' }
  | { code: 'fileTooLarge'; limitBytes: number }
  | { code: 'fileTooHeavy'; bytes: number; limitBytes: number }
  | { code: 'fileEmpty' }
  | { code: 'fileUnreadable' }
  | { code: 'nothingPasted' }
  | { code: 'utf16WithoutBom' }
  | { code: 'notInEncoding'; encoding: string }
  | { code: 'notUtf8' }
  /** `found`: the character where the JSON goes wrong; `ended`: the text ends before the JSON does. */
  | { code: 'notJson'; found?: string; ended?: true }
  | { code: 'jsonTooDeep'; limit: number }
  | { code: 'textTooLong'; length: number; limit: number }
  | { code: 'sourceTextFailed'; file: string; cause: Problem }
  | { code: 'savedUnreadable' }
  /** A source names a text that was not kept in the browser with the dataset, so its quotes cannot be checked. */
  | { code: 'sourceTextNotKept'; file: string }
  | { code: 'linkNotHttp' }
  // A load that did not finish: the person stopped it, or its source stayed silent.
  | { code: 'cancelled' }
  | { code: 'serverSilent'; host: string; seconds: number }
  | { code: 'storageSilent'; seconds: number }
  /** A part of the page's own code (reading a file, following a link) could not be downloaded. */
  | { code: 'codeUnavailable' }
  // The published format, checked by the schema.
  | { code: 'required' }
  | { code: 'unexpectedFields'; keys: readonly string[] }
  | { code: 'wrongType'; expected: string; received: string }
  | { code: 'invalid' }
  | { code: 'notText'; what: TextField }
  | { code: 'emptyText'; what: TextField }
  /** An invisible character a text may not hold (see `controlCharacters.ts`); `position` counts characters from 1. */
  | { code: 'controlCharacter'; kind: 'direction' | 'control'; codePoint: string; position: number }
  | { code: 'idNotText' }
  | { code: 'idFormat' }
  | { code: 'dateNotText' }
  | { code: 'dateFormat' }
  | { code: 'dateDoesNotExist' }
  | { code: 'linkNotText' }
  | { code: 'linkFormat' }
  | { code: 'languageFormat' }
  | { code: 'sourceTextPath' }
  | { code: 'iso3Format' }
  | { code: 'coordinateNotNumber'; axis: 'lat' | 'lon' }
  | { code: 'coordinateOutOfRange'; axis: 'lat' | 'lon'; max: number }
  | { code: 'unknownChoice'; field: 'kind' | 'status' | 'trend' | 'view'; value: string; allowed: readonly string[] }
  | { code: 'actorsPair' }
  | { code: 'needsEvidence'; record: 'partnership' | 'event' | 'storyStep' }
  | { code: 'needsOne'; collection: 'sources' | 'actors' | 'sectors' }
  // A claim rests on the source's words, or on a dated event that the same source reports.
  | { code: 'claimWithoutGround' }
  | { code: 'unknownEvent'; id: string }
  | { code: 'claimEventElsewhere'; event: string; source: string }
  | { code: 'translationWithoutQuote' }
  | { code: 'stepStateFormat' }
  | { code: 'schemaVersion' }
  // References between records, and quotes in their sources.
  | { code: 'duplicateId'; id: string; collection: string }
  | { code: 'unknownFocus'; id: string }
  | { code: 'unknownActor'; id: string }
  | { code: 'unknownSource'; id: string }
  | { code: 'unknownSector'; id: string }
  | { code: 'quoteNotInSource'; source: string }
  | { code: 'memberOfItself' }
  | { code: 'iso3NotId'; id: string; iso3: string }
  | { code: 'personWithoutRole' }
  | { code: 'partnershipWithItself'; id: string }
  | { code: 'duplicatePartnership'; a: string; b: string; sector: string }
  | { code: 'endBeforeStart' }
  | { code: 'endWithoutStart' }
  | { code: 'stepStateUnknown'; key: string; value: string }
  // A spreadsheet (CSV) and its cells.
  | { code: 'csvUnclosedQuote' }
  | { code: 'csvStrayQuote' }
  | { code: 'csvUnreadable'; detail: string }
  | { code: 'csvTooManyRows'; limit: number }
  | { code: 'csvNoHeader' }
  | { code: 'csvTooManyColumns'; count: number; limit: number }
  | { code: 'csvCellTooLong'; length: number; limit: number }
  | { code: 'csvExtraCells'; columns: number; delimiter: string }
  | { code: 'csvColumnsMissing'; fields: readonly string[] }
  | { code: 'csvUnknownValue'; value: string }
  | { code: 'emptyCell'; field: 'actor' | 'partner' | 'sector' | 'status' | 'quote' }
  | { code: 'notTrend'; value: string }
  | { code: 'coordinatePair' }
  | { code: 'partnerIsActor'; value: string }
  | { code: 'notDate'; value: string }
  | { code: 'cellDateDoesNotExist'; value: string }
  | { code: 'notLink'; value: string }
  | { code: 'cellCoordinate'; axis: 'latitude' | 'longitude'; max: number }
  | { code: 'notLanguage'; value: string }
  | { code: 'personInCsv' }
  | { code: 'notKind'; value: string }
  | { code: 'cellPeriodReversed'; date: string; endDate: string }
  | { code: 'trendConflict'; trend: Trend; otherRow: number; otherTrend: Trend }
  | { code: 'noPartnership'; allLeftOut: boolean };

/** The texts of the format that must be non-empty text, named in problems about them. */
export type TextField = 'frText' | 'enText' | 'quote' | 'translation' | 'sourceTitle' | 'publisher';

export type ProblemCode = Problem['code'];
