import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../src/data/checkIntegrity';
import { inEnglish } from '../../fixtures/issueText';
import { TINY_TEXT, tinyJson } from '../../fixtures/datasetBuilder';
import type { DatasetJsonV1 } from '../../../src/data/schema';
import { migrateV1 } from '../../../src/data/migrateV1';

const texts = new Map([['s1', TINY_TEXT]]);
const check = (json: DatasetJsonV1, sourceTexts = texts) => checkIntegrity(migrateV1(json), sourceTexts).map(inEnglish);

describe('checkIntegrity', () => {
  it('finds nothing wrong with a consistent dataset', () => {
    expect(check(tinyJson())).toEqual([]);
  });

  it('reports an unknown sector with its location', () => {
    const json = tinyJson();
    json.partnerships[1]!.sector = 'enrgy';
    expect(check(json)).toEqual(['partnerships[1].sector: unknown sector "enrgy"']);
  });

  it('reports an actor that does not exist', () => {
    const json = tinyJson();
    json.partnerships[0]!.actors = ['AAA', 'ZZZ'];
    expect(check(json)).toEqual(['partnerships[0].actors[1]: unknown actor "ZZZ"']);
  });

  it('reports an id used twice', () => {
    const json = tinyJson();
    json.actors.push({ ...json.actors[1]! });
    expect(check(json)).toEqual(['actors[3].id: the id "BBB" is used twice in actors']);
  });

  it('reports a focus that is not an actor', () => {
    const json = { ...tinyJson(), focus: 'MLI' };
    expect(check(json)).toEqual(['focus: unknown actor "MLI"; the focus must be one of the actors']);
  });

  it('reports a quote that is not in its source text', () => {
    const json = tinyJson();
    json.partnerships[0]!.evidence[0]!.quote = 'Aland and Beland work closely together.';
    expect(check(json)).toEqual([
      'partnerships[0].evidence[0].quote: this quote is not found word for word in source "s1"; copy it exactly from the text',
    ]);
  });

  it('refuses a source text that holds a direction override, and keeps its page breaks', () => {
    expect(check(tinyJson(), new Map([['s1', `${TINY_TEXT}\f\u202Eevil`]]))).toEqual([
      expect.stringMatching(/^sources\[0\]\.text: .*U\+202E .* at position 56;/),
    ]);
    expect(check(tinyJson(), new Map([['s1', `${TINY_TEXT}\fPage 2`]]))).toEqual([]);
  });

  it('does not check quotes of a source whose text is not available', () => {
    const json = tinyJson();
    json.partnerships[0]!.evidence[0]!.quote = 'Anything at all.';
    expect(check(json, new Map())).toEqual([]);
  });

  it('reports evidence that cites an unknown source', () => {
    const json = tinyJson();
    json.partnerships[0]!.evidence[0]!.source = 's9';
    expect(check(json)).toEqual(['partnerships[0].evidence[0].source: unknown source "s9"']);
  });

  it('reports a partnership of an actor with itself and a repeated pair in one sector', () => {
    const json = tinyJson();
    json.partnerships[1]!.actors = ['AAA', 'AAA'];
    json.partnerships.push({ ...json.partnerships[0]!, id: 'p3', actors: ['BBB', 'AAA'] });
    expect(check(json)).toEqual([
      'partnerships[1].actors: a partnership joins two different actors, not "AAA" with itself',
      'partnerships[2]: a second partnership of "BBB" and "AAA" in "security"; merge the two into one record',
    ]);
  });

  it('reports a membership that does not resolve and a person without a role', () => {
    const json = tinyJson();
    json.actors.push({ id: 'p', kind: 'person', name: { fr: 'P', en: 'P' }, memberOf: 'CCC' });
    expect(check(json)).toEqual([
      'actors[3].memberOf: unknown actor "CCC"',
      "actors[3].role: a person needs a role, such as a minister's title",
    ]);
  });

  it('reports a country whose iso3 differs from its id', () => {
    const json = tinyJson();
    json.actors[1]!.iso3 = 'BEL';
    expect(check(json)[0]).toMatch(/^actors\[1\]\.iso3: a country's id is its ISO alpha-3 code/);
  });

  it('reports an event whose end comes before its start, and its unknown actors', () => {
    const json = tinyJson();
    json.events = [
      { id: 'e', date: '2024-03-01', endDate: '2024-02-01', title: { fr: 'x', en: 'x' }, actors: ['QQQ'], evidence: [{ source: 's1' }] },
    ];
    expect(check(json)).toEqual([
      'events[0].actors[0]: unknown actor "QQQ"',
      'events[0].endDate: the end date comes before the start date',
    ]);
  });
});
