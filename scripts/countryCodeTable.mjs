// Writes src/derive/countryCodeTable.ts, the ISO 3166-1 codes the map joins its geometry on, from
// i18n-iso-countries' own table (codes.json). The map then needs none of that library's code, which
// carries every country's names and every way to look them up. Run it again when the library is
// updated; tests/unit/map/mapCountryCodes.test.ts fails while the two disagree.
//
//   node scripts/countryCodeTable.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {[alpha2: string, alpha3: string, numeric: string][]} */
const codes = JSON.parse(readFileSync(require.resolve('i18n-iso-countries/codes.json'), 'utf8'));
const rows = codes.map(([alpha2, alpha3, numeric]) => {
  if (!/^[A-Z]{2}$/.test(alpha2) || !/^[A-Z]{3}$/.test(alpha3) || !/^\d{3}$/.test(numeric))
    throw new Error(`unexpected codes ${alpha2} ${alpha3} ${numeric}`);
  return `${alpha2}${alpha3}${numeric}`;
});

// Eight characters a country, in lines of ten, so that a change reads in a diff.
const lines = [];
for (let i = 0; i < rows.length; i += 10) lines.push(`  '${rows.slice(i, i + 10).join('')}'`);
const text = `// Written by scripts/countryCodeTable.mjs from i18n-iso-countries' codes.json: run it again rather than editing.

/** Every ISO 3166-1 country in eight characters: its alpha-2, alpha-3 and zero-padded numeric codes ("MLMLI466" is Mali). */
export const ISO_COUNTRY_CODES =
${lines.join(' +\n')};
`;
writeFileSync(new URL('../src/derive/countryCodeTable.ts', import.meta.url), text);
console.log(`${rows.length} countries written to src/derive/countryCodeTable.ts`);
