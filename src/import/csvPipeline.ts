/**
 * The CSV road in one module, so the page loads it (papaparse, the country names of two
 * languages) only when a person first loads a CSV, not with the dashboard.
 */
export { analyzeRows, finishCsvImport, startCsvImport } from './importCsv';
export { loadCountryPlacesOrNone } from './countryPlaces';
export { mappingIsComplete } from './columnFields';
export { defaultChoices, needsReview } from './importChoices';
