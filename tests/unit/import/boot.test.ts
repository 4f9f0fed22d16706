import { describe, expect, it } from 'vitest';
import { loadFromLink } from '../../../src/boot/loadFromLink';
import { loadInitialDataset, type BootSources } from '../../../src/boot/initialDataset';
import { inEnglish } from '../../fixtures/issueText';
import { useAppStore } from '../../../src/state/store';
import { articleDataset, tinyJson } from '../../fixtures/datasetBuilder';
import { datasetFromJson } from '../../../src/import/datasetFromJson';
import { loadSequence } from '../../../src/state/loadSequence';

const serve = (files: Record<string, string>) => async (url: string) => {
  const body = files[new URL(url).pathname];
  return body === undefined ? new Response('', { status: 404 }) : new Response(body, { status: 200 });
};

describe('a ?data= link', () => {
  it('refuses any address that is not http or https', async () => {
    for (const address of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd']) {
      const result = await loadFromLink(address, 'http://site.test/app/');
      expect(result.ok ? [] : result.issues.map(inEnglish)).toEqual([
        'data: the ?data= link must be an http:// or https:// address of a dataset',
      ]);
    }
  });

  it('loads a JSON dataset relative to the page', async () => {
    const json = { ...tinyJson(), sources: [{ id: 's1', title: 'S', language: 'en' }] };
    const result = await loadFromLink('mine.json', 'http://site.test/app/', serve({ '/app/mine.json': JSON.stringify(json) }));
    expect(result.ok && result.value.focus.id).toBe('AAA');
  });

  it('loads a CSV whose columns are recognised', async () => {
    const csv = 'actor,partner,sector,status,quote\nMali,Niger,security,active,A quote.';
    const result = await loadFromLink('http://site.test/own.csv', 'http://site.test/', serve({ '/own.csv': csv }));
    expect(result.ok && result.value.partnerships.map((p) => p.actors)).toEqual([['MLI', 'NER']]);
  });

  it('reports unknown names in a linked CSV instead of guessing, with their rows', async () => {
    const csv = 'actor,partner,sector,status,quote\nMali,Wakanda,security,active,A.\nMali,Wakanda,energy,active,B.';
    const result = await loadFromLink('http://site.test/own.csv', 'http://site.test/', serve({ '/own.csv': csv }));
    expect(result.ok ? [] : result.issues.map(inEnglish)).toEqual([
      'own.csv, rows 2 and 3, column B (partner): "Wakanda" is not a known country or status; correct it in the file, or load the file from the page to choose what to do',
    ]);
  });
});

function sources(overrides: Partial<BootSources>): BootSources & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    baseUri: 'http://site.test/app/',
    link: async () => (calls.push('link'), { ok: false, issues: [{ at: { path: 'data' }, problem: { code: 'linkNotHttp' } }] }),
    restore: async () => (calls.push('restore'), null),
    shipped: async () => (calls.push('shipped'), { ok: true, value: articleDataset() }),
    ...overrides,
  };
}

describe('the first dataset', () => {
  it('is the shipped one when there is no link and nothing kept', async () => {
    const s = sources({});
    await loadInitialDataset({ dataUrl: null }, s);
    expect(s.calls).toEqual(['restore', 'shipped']);
    expect(useAppStore.getState().datasetOrigin).toEqual({ kind: 'shipped' });
  });

  it('is the one kept in the browser when there is no link', async () => {
    const kept = datasetFromJson({ ...tinyJson(), sources: [{ id: 's1', title: 'S', language: 'en' }] }, new Map());
    if (!kept.ok) throw new Error('fixture');
    const s = sources({ restore: async () => ({ ok: true, label: 'mine.csv', dataset: kept.value, keep: null }) });
    await loadInitialDataset({ dataUrl: null }, s);
    expect(useAppStore.getState().dataset?.focus.id).toBe('AAA');
    expect(useAppStore.getState().datasetOrigin).toEqual({ kind: 'own', label: 'mine.csv' });
  });

  it('falls back to the shipped one, forgets a kept dataset that no longer passes, and lists why', async () => {
    const issues = [{ at: { path: 'focus' }, problem: { code: 'unknownFocus', id: 'X' } } as const];
    const s = sources({ restore: async () => ({ ok: false, label: 'old.csv', issues, drop: async () => void s.calls.push('drop') }) });
    await loadInitialDataset({ dataUrl: null }, s);
    await loadSequence.settled();
    expect(s.calls).toEqual(['shipped', 'drop']);
    expect(useAppStore.getState().dataset?.focus.id).toBe('MLI');
    expect(useAppStore.getState().load).toEqual({ phase: 'failed', label: 'old.csv', issues, fellBack: true });
  });

  it('prefers a ?data= link, and shows the shipped one under its problems when it fails', async () => {
    const s = sources({});
    await loadInitialDataset({ dataUrl: 'http://site.test/bad.json?x=1' }, s);
    expect(s.calls).toEqual(['link', 'shipped']);
    expect(useAppStore.getState().load).toMatchObject({ phase: 'failed', label: 'bad.json' });
  });
});
