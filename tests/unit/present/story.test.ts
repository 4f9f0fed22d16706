import { describe, expect, it } from 'vitest';
import { checkStory } from '../../../src/data/checkStory';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { parseUrlState } from '../../../src/data/urlState';
import { toCurrentStep } from '../../../src/features/present/toCurrentStep';
import { useAppStore } from '../../../src/state/store';
import { indexDataset } from '../../../src/data/indexDataset';
import { ARTICLE_TEXT, articleDataset, articleJson } from '../../fixtures/datasetBuilder';
import { inEnglish } from '../../fixtures/issueText';

const dataset = articleDataset();

describe('the shipped story', () => {
  it('tells the article in six steps, from the ended operations to the context', () => {
    expect(dataset.json.story?.map((s) => s.id)).toEqual([
      'operations-ended',
      'russia-security',
      'new-sectors',
      'neighbours',
      'potential-partners',
      'context',
    ]);
  });

  it('backs every step with a quote found in the article, and names only what the dataset has', () => {
    expect(checkStory(dataset)).toEqual([]);
    for (const step of dataset.json.story ?? []) {
      expect(step.evidence.length).toBeGreaterThan(0);
      for (const e of step.evidence) if (e.source === 'article') expect(ARTICLE_TEXT).toContain(e.quote!);
    }
  });

  it("turns each step's state into filters and a selection", () => {
    const states = (dataset.json.story ?? []).map((s) => parseUrlState(s.state, dataset).state);
    expect(states[0]!.filters.statuses).toEqual(['ended']);
    expect(states[1]!.selection).toEqual({ kind: 'partnership', id: 'mli-rus-security' });
    expect(states[2]!.selection).toEqual({ kind: 'actor', id: 'RUS' });
    expect(states[3]!.filters.statuses).toEqual(['emerging']);
    expect(states[4]!.filters.statuses).toEqual(['potential']);
    expect(states[5]!.selection).toEqual({ kind: 'event', id: 'moscow-visit' });
  });
});

describe('checkStory', () => {
  it('reports a step whose state names a sector the dataset lacks, and a quote not in the source', () => {
    const json = articleJson();
    json.story![0]!.state = '?sector=mining';
    json.story![1]!.evidence[0]!.quote = 'Une phrase inventée.';
    const parsed = parseDatasetJson(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const issues = checkStory(indexDataset(parsed.value, new Map([['article', ARTICLE_TEXT]])));
    expect(issues.map(inEnglish)).toEqual([
      'story[0].state: "sector=mining" names nothing in this dataset',
      'story[1].evidence[0].quote: this quote is not found word for word in source "article"; copy it exactly from the text',
    ]);
  });

  it('rejects a step that shows an unknown view', () => {
    const json = articleJson();
    (json.story![0] as { show: string }).show = 'globe';
    const parsed = parseDatasetJson(json);
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.at.path)).toEqual(['story[0].show']);
  });
});

describe('toCurrentStep', () => {
  it("makes a step of what is on screen, citing the selection's quotes", () => {
    useAppStore.getState().datasetLoaded(dataset);
    useAppStore.getState().select({ kind: 'actor', id: 'NER' });
    useAppStore.getState().setView('network');
    const step = toCurrentStep(
      dataset,
      useAppStore.getState(),
      { title: 'Niger', text: 'Un voisin.' },
      '?lang=en&view=network&status=emerging&select=NER',
    );
    expect(step).toMatchObject({
      id: 'step-7',
      state: '?status=emerging&select=NER',
      show: 'network',
      title: { fr: 'Niger', en: 'Niger' },
    });
    expect(step.evidence[0]!.quote).toContain('citant le Burkina Faso et le Niger');
  });

  it('cites the main source when nothing is selected', () => {
    useAppStore.getState().datasetLoaded(dataset);
    const step = toCurrentStep(dataset, useAppStore.getState(), { title: 'x', text: 'y' }, '');
    expect(step.evidence).toEqual([{ source: 'article' }]);
    expect(step.state).toBe('');
    expect(step.show).toBe('map');
  });

  it('keeps the date on screen in the step, or the one the person set, or none for the latest', () => {
    useAppStore.getState().datasetLoaded(dataset);
    const state = useAppStore.getState();
    expect(toCurrentStep(dataset, state, { title: 'x', text: 'y' }, '?status=ended&date=2022-06-01').state).toBe(
      '?status=ended&date=2022-06-01',
    );
    expect(toCurrentStep(dataset, state, { title: 'x', text: 'y', date: '2021-01-01' }, '?date=2022-06-01').state).toBe('?date=2021-01-01');
    expect(toCurrentStep(dataset, state, { title: 'x', text: 'y', date: '' }, '?status=ended&date=2022-06-01').state).toBe('?status=ended');
  });
});
