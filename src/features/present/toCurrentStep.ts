import type { Dataset } from '../../data/indexDataset';
import type { CitationJson, StoryStepJson } from '../../data/schema';
import type { AppState } from '../../state/store';
import { toReach } from '../../derive/pickReach';

const OWN_KEYS = ['lang', 'view', 'sector', 'status', 'kind', 'q', 'select', 'date'];

/**
 * A story step from what is on screen: its state is the address's exploration keys, its view the
 * one chosen (else the map), its evidence the quotes behind the selection (else the main source).
 * The person's words go into both languages until they are translated. `words.date`, where the
 * person set one, is the date the step shows in place of the one on screen ('' for the latest).
 */
export function toCurrentStep(
  dataset: Dataset,
  state: AppState,
  words: { title: string; text: string; date?: string },
  search: string,
): StoryStepJson {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of OWN_KEYS) {
    const value = params.get(key);
    if (value !== null && key !== 'lang' && key !== 'view') kept.set(key, value);
  }
  if (words.date !== undefined) {
    if (words.date) kept.set('date', words.date);
    else kept.delete('date');
  }
  const query = kept.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
  const picked = toReach(dataset, state.selection).partnerships;
  const evidence: CitationJson[] = dataset.partnerships.filter((p) => picked.has(p.id)).flatMap((p) => p.evidence.slice(0, 1));
  const mainSource = dataset.sources[0]?.id ?? '';
  const existing = new Set(state.story.map((s) => s.id));
  let n = state.story.length + 1;
  while (existing.has(`step-${n}`)) n++;
  return {
    id: `step-${n}`,
    title: { fr: words.title, en: words.title },
    text: { fr: words.text, en: words.text },
    state: query ? `?${query}` : '',
    show: state.view ?? 'map',
    evidence: evidence.length > 0 ? evidence.slice(0, 3) : [{ source: mainSource }],
  };
}
