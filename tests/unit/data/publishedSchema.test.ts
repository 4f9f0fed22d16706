import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPublishedJsonSchema } from '../../../src/data/schema';

// Tests run from the project's root (vitest's root), in jsdom, where import.meta.url is not a file URL.
const schemaPath = resolve('public/data/partnerships.schema.json');

describe('the published JSON Schema', () => {
  // `npm run schema` sets UPDATE_SCHEMA to rewrite the file from the validator.
  if (process.env.UPDATE_SCHEMA) writeFileSync(schemaPath, `${JSON.stringify(toPublishedJsonSchema(), null, 2)}\n`);

  it('is the one generated from the validator, so the two cannot drift', () => {
    const published = JSON.parse(readFileSync(schemaPath, 'utf8'));
    expect(published).toEqual(toPublishedJsonSchema());
  });

  it('lists the statuses and requires evidence', () => {
    const text = readFileSync(schemaPath, 'utf8');
    for (const status of ['active', 'emerging', 'exploring', 'potential', 'ended']) expect(text).toContain(`"${status}"`);
    expect(text).toContain('"evidence"');
  });
});
