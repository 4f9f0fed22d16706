import { describe, expect, it } from 'vitest';
import { parseDatasetJson, parseJsonText } from '../../../src/data/parseDatasetJson';
import { inEnglish, placeInEnglish, problemInEnglish } from '../../fixtures/issueText';
import { tinyJson, tinyV2 } from '../../fixtures/datasetBuilder';
import { toPublishedJsonSchema } from '../../../src/data/schema';

function issuesOf(input: unknown): string[] {
  const result = parseDatasetJson(input);
  return result.ok ? [] : result.issues.map(inEnglish);
}

describe('parseDatasetJson', () => {
  it('accepts a valid dataset and fills in an empty event list', () => {
    const json: Record<string, unknown> = { ...tinyJson() };
    delete json.events;
    const result = parseDatasetJson(json);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.events).toEqual([]);
  });

  it('rejects something that is not an object, saying where', () => {
    expect(issuesOf([1, 2])).toEqual([expect.stringMatching(/^\(dataset\): /)]);
  });

  it('tells a value of the wrong type from a missing one', () => {
    expect(issuesOf([1, 2])).toEqual(['(dataset): expected an object, not a list']);
    const json = tinyJson();
    (json.actors[0] as { location: unknown }).location = { lat: 'north', lon: 2 };
    (json.partnerships[0] as { summary: unknown }).summary = 'one text';
    expect(issuesOf(json)).toEqual([
      'actors[0].location.lat: lat must be a number',
      'partnerships[0].summary: expected an object, not text',
    ]);
  });

  it('names a missing required field by its path', () => {
    const json = tinyJson() as unknown as { partnerships: Record<string, unknown>[] };
    delete json.partnerships[1]!.summary;
    expect(issuesOf(json)).toEqual(['partnerships[1].summary: this field is required']);
  });

  it('reports an unknown status with the allowed values', () => {
    const json = tinyJson();
    (json.partnerships[0] as { status: string }).status = 'actve';
    expect(issuesOf(json)).toEqual([
      'partnerships[0].status: unknown status "actve"; use one of "active", "emerging", "exploring", "potential", "ended"',
    ]);
  });

  it('reports an unknown actor kind and an unknown trend', () => {
    const json = tinyJson();
    (json.actors[2] as { kind: string }).kind = 'company';
    (json.partnerships[0] as { trend: string }).trend = 'up';
    const issues = issuesOf(json);
    expect(issues).toContain('actors[2].kind: unknown actor kind "company"; use one of "country", "organization", "person"');
    expect(issues.some((i) => i.startsWith('partnerships[0].trend: unknown trend "up"'))).toBe(true);
  });

  it('rejects coordinates out of range', () => {
    const json = tinyJson();
    json.actors[0]!.location = { lat: 95, lon: -200 };
    expect(issuesOf(json)).toEqual([
      'actors[0].location.lat: lat must be between -90 and 90',
      'actors[0].location.lon: lon must be between -180 and 180',
    ]);
  });

  it('rejects a date that does not exist and a badly written one', () => {
    const json = tinyJson();
    json.events = [
      { id: 'e1', date: '2024-02-30', title: { fr: 'x', en: 'x' }, actors: [], evidence: [{ source: 's1' }] },
      { id: 'e2', date: '28/02/2024', title: { fr: 'x', en: 'x' }, actors: [], evidence: [{ source: 's1' }] },
    ];
    expect(issuesOf(json)).toEqual(['events[0].date: this date does not exist', 'events[1].date: a date is written YYYY-MM-DD']);
  });

  it('requires at least one evidence quote for each partnership', () => {
    const json = tinyJson();
    json.partnerships[0]!.evidence = [];
    expect(issuesOf(json)).toEqual(['partnerships[0].evidence: every partnership needs at least one evidence quote']);
  });

  it('only accepts http and https links for sources', () => {
    const json = tinyJson();
    json.sources[0]!.url = 'javascript:alert(1)';
    expect(issuesOf(json)).toEqual(['sources[0].url: a link must be a full http:// or https:// address']);
  });

  it('refuses a source text path that climbs out of the data folder', () => {
    const json = tinyJson();
    json.sources[0]!.text = '../secret.txt';
    expect(issuesOf(json)[0]).toMatch(/^sources\[0\]\.text: a source text is a relative path/);
  });

  it('refuses a schema version it does not know', () => {
    const json = { ...tinyV2(), schemaVersion: 3 };
    expect(issuesOf(json)).toEqual([
      'schemaVersion: schemaVersion must be 2, the current version, or 1, which this app reads and migrates',
    ]);
  });

  it('rejects an empty name in one language', () => {
    const json = tinyJson();
    json.actors[1]!.name.en = '  ';
    expect(issuesOf(json)).toEqual(['actors[1].name.en: the English text must not be empty']);
  });
});

describe('parseJsonText', () => {
  it('gives the line and column of a syntax error', () => {
    const result = parseJsonText('data.json', '{\n  "a": 1,\n  "b" 2\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(placeInEnglish(result.issues[0]!)).toBe('data.json, line 3, column 7');
      expect(problemInEnglish(result.issues[0]!)).toMatch(/^the file is not valid JSON \(/);
    }
  });

  it('parses valid JSON', () => {
    expect(parseJsonText('x.json', '{"a":[1]}')).toEqual({ ok: true, value: { a: [1] } });
  });
});

describe('invisible characters in texts', () => {
  it('refuses a direction override in a name, with its code point and position, at its path', () => {
    const json = tinyJson();
    json.actors[1]!.name.en = 'Russia\u202Egnp.exe';
    expect(issuesOf(json)).toEqual([
      'actors[1].name.en: this text holds an invisible character, U+202E (a text direction command), at position 7; it can make the text read in another order than it is written, so remove it',
    ]);
  });

  it('refuses isolates, embeddings and C0 and C1 controls in every text, and keeps tabs, line breaks and right-to-left marks', () => {
    const json = tinyJson();
    json.title.fr = 'Petit\u2067';
    json.sources[0]!.title = 'Source\u0007';
    json.sectors[0]!.name.en = 'Sec\u0085urity';
    json.partnerships[0]!.summary.fr = 'Première ligne\nseconde\tligne';
    json.actors[1]!.name.fr = 'المغرب\u200F';
    expect(issuesOf(json)).toEqual([
      expect.stringMatching(/^title\.fr: .*U\+2067 \(a text direction command\), at position 6/),
      expect.stringMatching(/^sources\[0\]\.title: .*U\+0007 \(a control character\), at position 7; it shows nothing and breaks exports/),
      expect.stringMatching(/^sectors\[0\]\.name\.en: .*U\+0085/),
    ]);
  });

  it('publishes the same rule in the JSON Schema, as a pattern', () => {
    const patterns = new Set<string>();
    JSON.stringify(toPublishedJsonSchema(), (key, value) => {
      if (key === 'pattern' && value.startsWith('^[^')) patterns.add(value);
      return value;
    });
    expect(patterns.size).toBe(1);
    const pattern = new RegExp([...patterns][0]!);
    expect(pattern.test('Russia\u202Egnp.exe')).toBe(false);
    expect(pattern.test('Mali\tet\nla Russie')).toBe(true);
  });
});
