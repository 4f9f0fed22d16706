import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeRows, finishCsvImport, startCsvImport } from '../../../src/import/importCsv';
import { AS_ORGANIZATION, defaultChoices, LEAVE_OUT, type ImportChoices } from '../../../src/import/importChoices';
import { inEnglish } from '../../fixtures/issueText';
import type { ColumnMapping } from '../../../src/import/columnFields';
import { ISSUE_WORDING } from '../../../src/i18n/describeIssue';

function importText(text: string, choose?: (choices: ImportChoices) => ImportChoices, mapping?: ColumnMapping) {
  const started = startCsvImport('t.csv', text);
  if (!started.ok) throw new Error(started.issues.map(inEnglish).join('\n'));
  const analysis = analyzeRows(started.value.table, mapping ?? started.value.mapping);
  const choices = choose ? choose(defaultChoices(analysis)) : defaultChoices(analysis);
  return {
    analysis,
    result: finishCsvImport(started.value.table, analysis, choices, (code) => (code === 'NER' ? { lat: 17, lon: 9 } : undefined)),
  };
}
const problems = (text: string) => {
  const { result } = importText(text);
  return result.ok ? [] : result.issues.map(inEnglish);
};
const HEAD = 'actor,partner,sector,status,quote';

describe('importing a CSV', () => {
  it('turns the French fixture into a dataset of the published format', () => {
    const text = readFileSync('tests/fixtures/import/mali-fr.csv', 'utf8');
    const { result } = importText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { json } = result.value.dataset;
    expect(json.focus).toBe('MLI');
    expect(json.actors.map((a) => a.id)).toEqual(['MLI', 'RUS', 'NER', 'CHN', 'TUR']);
    expect(json.partnerships.map((p) => [p.actors.join('-'), p.sector, p.evidence[0]!.status])).toEqual([
      ['MLI-RUS', 'security', 'active'],
      ['MLI-NER', 'energy', 'exploring'],
      ['MLI-CHN', 'transport', 'potential'],
      ['MLI-TUR', 'agriculture', 'potential'],
    ]);
    expect(json.sources).toEqual([
      { id: 'source-1', title: 'example.org', language: 'fr', url: 'https://example.org/a' },
      { id: 'source-2', title: 't.csv', language: 'fr' },
    ]);
    expect(json.events.map((e) => [e.date, e.actors])).toEqual([['2024-02-28', ['MLI', 'RUS']]]);
    expect(json.actors.find((a) => a.id === 'NER')?.location).toEqual({ lat: 17, lon: 9 });
  });

  it('takes the language of English headers for sources that give none, and a language column over it', () => {
    const { result } = importText(
      `${HEAD},source_title,language\nMali,Niger,security,active,A.,One,\nMali,Chad,security,active,B.,Two,Français`,
    );
    expect(result.ok && result.value.dataset.sources.map((s) => [s.title, s.language])).toEqual([
      ['One', 'en'],
      ['Two', 'fr'],
    ]);
  });

  it('merges rows of one pair and sector into one partnership with every quote', () => {
    const { result } = importText(
      `${HEAD}\nMali,Niger,security,active,First quote.\nNiger,Mali,security,actif,Second quote.\nMali,Niger,security,active,First quote.`,
    );
    expect(result.ok && result.value.dataset.json.partnerships.map((p) => [p.actors, p.evidence.map((e) => e.quote)])).toEqual([
      [
        ['MLI', 'NER'],
        ['First quote.', 'Second quote.'],
      ],
    ]);
  });

  it('keeps two statuses for one pair and sector as two claims, each with its date and period, and shows them disagreeing', () => {
    const { result } = importText(
      `${HEAD},date,end_date,source_title\nMali,Türkiye,security,potential,A.,2024-02-28,,Article\nMali,Türkiye,security,active,B.,2023-03-16,,Handover\nMali,UN,security,active,C.,2013-07-01,2023-12-31,Resolution`,
      (c) => ({ ...c, names: new Map([...c.names, ['un', AS_ORGANIZATION]]) }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [turkiye, un] = result.value.dataset.partnerships;
    expect(turkiye!.evidence.map((e) => [e.status, e.date, e.endDate])).toEqual([
      ['potential', '2024-02-28', undefined],
      ['active', '2023-03-16', undefined],
    ]);
    expect(turkiye!.status).toBe('potential');
    expect(turkiye!.disagreement?.sides.map((side) => side.status)).toEqual(['potential', 'active']);
    expect(un!.evidence[0]).toMatchObject({ status: 'active', date: '2013-07-01', endDate: '2023-12-31' });
    expect([un!.status, un!.since, un!.until]).toEqual(['ended', '2013-07-01', '2024-01-01']);
  });

  it('loads the downloadable template without a question, every column recognised and every claim dated as written', () => {
    const { analysis, result } = importText(readFileSync('public/data/partnerships-template.csv', 'utf8'));
    expect([analysis.issues, analysis.unknownNames, analysis.unknownStatuses, analysis.unknownSectors]).toEqual([[], [], [], []]);
    expect(
      result.ok && result.value.dataset.json.partnerships.map((p) => [p.actors[1], p.evidence[0]!.status, p.evidence[0]!.date]),
    ).toEqual([
      ['RUS', 'active', '2024-02-28'],
      ['NER', 'emerging', undefined],
      ['TUR', 'potential', '2024-02-28'],
      [expect.any(String), 'ended', '2023-12-31'],
    ]);
  });

  it('refuses a row whose period ends before it starts, in French and English headers', () => {
    expect(problems(`${HEAD},date,end date\nMali,Niger,security,active,A.,2023-07-01,2013-07-01`)).toEqual([
      't.csv, row 2, column G (end date): the period ends on 2013-07-01, before it starts on 2023-07-01; swap the two dates or correct one',
    ]);
    expect(
      problems('acteur,partenaire,secteur,statut,citation,date de début,date de fin\nMali,Niger,sécurité,actif,A.,2023-07-01,2013-07-01'),
    ).toHaveLength(1);
    expect(problems(`${HEAD},end_date\nMali,Niger,security,active,A.,2013-07-01`)).toEqual([
      't.csv, row 2, column F (end_date): an end date needs a start date',
    ]);
  });

  it('reports each empty required cell with its row and column', () => {
    expect(problems(`${HEAD}\nMali,,security,active,A.\nMali,Niger,security,,`)).toEqual([
      't.csv, row 2, column B (partner): this cell is empty; every row needs a partner (a country name or code, or an organization)',
      't.csv, row 3, column D (status): this cell is empty; every row needs a status: active, emerging, exploring, potential or ended',
      't.csv, row 3, column E (quote): this cell is empty; every row needs a quote copied word for word from its source',
    ]);
  });

  it('reports a wrong date, a link that is not http and a latitude out of range where they are', () => {
    expect(problems(`${HEAD},date,source_url,lat,lon\nMali,Niger,security,active,A.,2024-02-30,javascript:alert(1),95,10`)).toEqual([
      't.csv, row 2, column H (lat): the latitude must be a number between -90 and 90, such as 12.65',
      't.csv, row 2, column F (date): the date "2024-02-30" does not exist; check the day and the month',
      't.csv, row 2, column G (source_url): "javascript:alert(1)" is not a web address; write a full link that starts with http:// or https://',
    ]);
  });

  it('reads French dates and decimal commas', () => {
    const { result } = importText(`${HEAD},date,latitude,longitude\nMali,Niger,security,active,A.,28/02/2024,"13,5","2,1"`);
    expect(result.ok && result.value.dataset.json.events[0]?.date).toBe('2024-02-28');
    expect(result.ok && result.value.dataset.json.actors[1]?.location).toEqual({ lat: 13.5, lon: 2.1 });
  });

  it('lists unknown names, statuses and sectors with their rows and leaves their rows out by default', () => {
    const text = readFileSync('tests/fixtures/import/unknown-values.csv', 'utf8');
    const { analysis, result } = importText(text);
    expect(analysis.unknownNames.map((u) => [u.value, u.rows, ISSUE_WORDING.en.sheetColumn(u.column)])).toEqual([
      ['Wakanda', [2], 'column B (partner)'],
      ['ECOWAS', [5], 'column B (partner)'],
    ]);
    expect(analysis.unknownStatuses.map((u) => [u.value, u.rows])).toEqual([['maybe', [4]]]);
    expect(analysis.unknownSectors.map((u) => [u.value, u.rows])).toEqual([['space', [3]]]);
    expect(result.ok && result.value.leftOut.map((l) => l.row)).toEqual([2, 4, 5]);
    expect(result.ok && result.value.dataset.json.sectors.map((s) => s.id)).toEqual(['space']);
  });

  it('follows the choices of the person: a name kept as an organization, a status and a sector mapped', () => {
    const text = readFileSync('tests/fixtures/import/unknown-values.csv', 'utf8');
    const { result } = importText(text, (c) => ({
      names: new Map([...c.names, ['ecowas', AS_ORGANIZATION]]),
      statuses: new Map([['maybe', 'potential']]),
      sectors: new Map([['space', 'energy']]),
    }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { json } = result.value.dataset;
    expect(json.actors.find((a) => a.name.en === 'ECOWAS')).toMatchObject({ id: 'ecowas', kind: 'organization' });
    expect(json.partnerships.map((p) => [p.actors[1], p.sector, p.evidence[0]!.status])).toEqual([
      ['RUS', 'energy', 'active'],
      ['NER', 'security', 'potential'],
      ['ecowas', 'security', 'ended'],
    ]);
    expect(result.value.leftOut.map((l) => l.row)).toEqual([2]);
  });

  it('refuses to load when every row was left out, and says why', () => {
    const { result } = importText(`${HEAD}\nMali,Wakanda,security,active,A.`, (c) => ({ ...c, names: new Map([['wakanda', LEAVE_OUT]]) }));
    expect(result.ok ? [] : result.issues.map(inEnglish)).toEqual([
      't.csv: there is no partnership to show: every row was left out; keep some of the names, statuses or sectors listed',
    ]);
  });

  it('keeps hostile text as text and lets no key reach a prototype', () => {
    const { result } = importText(
      'actor,partner,sector,status,quote,summary\nMali,Niger,__proto__,active,"<img src=x onerror=alert(1)>",constructor',
      (c) => c,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { json } = result.value.dataset;
    expect(json.sectors[0]).toEqual({ id: 'proto', name: { fr: '__proto__', en: '__proto__' } });
    expect(json.partnerships[0]!.evidence[0]!.quote).toBe('<img src=x onerror=alert(1)>');
    expect(json.partnerships[0]!.summary).toEqual({ fr: 'constructor', en: 'constructor' });
    expect(({} as Record<string, unknown>).id).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('name');
  });

  it('uses a mapping the person chose for columns it did not recognise', () => {
    const text = readFileSync('tests/fixtures/import/odd-columns.csv', 'utf8');
    const started = startCsvImport('odd.csv', text);
    expect(started.ok && started.value.mapping).toEqual([null, null, 'sector', 'status', null, null]);
    const { result } = importText(text, undefined, ['actor', 'partner', 'sector', 'status', 'quote', null]);
    expect(result.ok && result.value.dataset.partnerships.length).toBe(2);
  });
});
