import { create } from 'zustand';
import { sameRef, type EntityRef } from '../model/entityRef';
import { EMPTY_FILTERS, type Filters } from '../model/filters';
import type { StoryView, View } from '../model/views';
import type { Dataset } from '../data/indexDataset';
import type { DataIssue } from '../data/dataIssue';
import type { UrlNotice, UrlState } from '../data/urlState';
import type { StoryStepJson } from '../data/schema';
import type { Status } from '../model/statuses';
import type { ActorKind } from '../model/actorKinds';
import type { Lang } from '../model/lang';

/**
 * `dataset` is the last dataset that loaded in full; `load` tells what the latest attempt is doing.
 * They are kept apart so that a failed load shows its errors while the current dataset stays on
 * screen, untouched.
 */
export type LoadState =
  | { phase: 'idle' }
  /** `received` bytes of `total` (when the server announced it) have arrived. */
  | { phase: 'loading'; label: string; source: LoadSource; received: number; total: number | null }
  /** `fellBack`: the shipped dataset is shown in its place. */
  | { phase: 'failed'; label: string; issues: readonly DataIssue[]; fellBack?: boolean };

/** What a load waits on: a `?data=` link's server, this browser's storage, or this site (the shipped dataset). */
export type LoadSource = { kind: 'link'; host: string } | { kind: 'storage' } | { kind: 'site' };

/**
 * Where the dataset on screen came from: the one shipped with the site, a `?data=` link (its
 * `address` as the link wrote it, whose host every view and export names), or a file a person
 * loaded themselves (kept in the browser and offered a way back to the shipped one).
 */
export type DatasetOrigin = { kind: 'shipped' } | { kind: 'link'; label: string; address: string } | { kind: 'own'; label: string };

/**
 * What views have pointed at and shown in their own marks at once, and not yet handed to the
 * others; `latest` is the pick every view is handed as the `hover` a task later. Written only by
 * `state/interaction.ts`.
 */
export interface Pointing {
  latest: EntityRef | null;
  byView: Readonly<Partial<Record<StoryView, EntityRef | null>>>;
}

export interface AppState {
  dataset: Dataset | null;
  datasetOrigin: DatasetOrigin;
  load: LoadState;
  lang: Lang;
  filters: Filters;
  selection: EntityRef | null;
  /** What the pointer or the keyboard's focus rests on, as every view shows it (`state/interaction.ts`). */
  hover: EntityRef | null;
  pointing: Pointing | null;
  /** The view a link or a person brought forward; null shows the whole dashboard as laid out. */
  view: View | null;
  /** Parts of the opening link that were ignored, shown once as a notice. */
  urlNotices: readonly UrlNotice[];
  /** The story being presented or edited: the dataset's own at load, then a person's edits. */
  story: readonly StoryStepJson[];
  /** The step on screen in presentation mode (0-based), or null outside it. */
  presenting: number | null;
  /** The day the views show the sources' state on; null for the latest they speak of. */
  date: string | null;
  /** The actor the views are centred on; null for the dataset's own focus. */
  from: string | null;
  /** Two dates whose changes the map and the network mark (`derive/compareDates.ts`); null for none. */
  compared: { readonly from: string; readonly to: string } | null;
}

export interface AppActions {
  startLoading(label: string, source?: LoadSource): void;
  loadProgress(received: number, total: number | null): void;
  datasetLoaded(dataset: Dataset, origin?: DatasetOrigin): void;
  datasetFailed(label: string, issues: readonly DataIssue[], fellBack?: boolean): void;
  dismissLoadIssues(): void;
  setLang(lang: Lang): void;
  toggleStatus(status: Status): void;
  toggleSector(sector: string): void;
  toggleKind(kind: ActorKind): void;
  setSearch(search: string): void;
  clearFilters(): void;
  select(pick: EntityRef | null): void;
  setView(view: View | null): void;
  /** Takes the state a link describes, all at once. */
  applyUrlState(state: UrlState, notices: readonly UrlNotice[]): void;
  dismissUrlNotices(): void;
  startPresenting(step?: number): void;
  stopPresenting(): void;
  addStoryStep(step: StoryStepJson): void;
  removeStoryStep(id: string): void;
  setDate(date: string | null): void;
  setFrom(from: string | null): void;
  setCompared(compared: { from: string; to: string } | null): void;
}

const SHIPPED: DatasetOrigin = { kind: 'shipped' };
const SITE: LoadSource = { kind: 'site' };

const INITIAL: AppState = {
  dataset: null,
  datasetOrigin: SHIPPED,
  load: { phase: 'idle' },
  lang: 'fr',
  filters: EMPTY_FILTERS,
  selection: null,
  hover: null,
  pointing: null,
  view: null,
  urlNotices: [],
  story: [],
  presenting: null,
  date: null,
  from: null,
  compared: null,
};

function toggle<T>(list: readonly T[], value: T): readonly T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export const useAppStore = create<AppState & AppActions>()((set) => ({
  ...INITIAL,
  startLoading: (label, source = SITE) => set({ load: { phase: 'loading', label, source, received: 0, total: null } }),
  loadProgress: (received, total) => set((s) => (s.load.phase === 'loading' ? { load: { ...s.load, received, total } } : s)),
  datasetLoaded: (dataset, origin = SHIPPED) =>
    set({
      dataset,
      datasetOrigin: origin,
      load: { phase: 'idle' },
      filters: EMPTY_FILTERS,
      selection: null,
      hover: null,
      pointing: null,
      story: dataset.json.story ?? [],
      presenting: null,
      compared: null,
    }),
  datasetFailed: (label, issues, fellBack) =>
    set({ load: fellBack ? { phase: 'failed', label, issues, fellBack } : { phase: 'failed', label, issues } }),
  dismissLoadIssues: () => set({ load: { phase: 'idle' } }),
  setLang: (lang) => set({ lang }),
  toggleStatus: (status) => set((s) => ({ filters: { ...s.filters, statuses: toggle(s.filters.statuses, status) } })),
  toggleSector: (sector) => set((s) => ({ filters: { ...s.filters, sectors: toggle(s.filters.sectors, sector) } })),
  toggleKind: (kind) => set((s) => ({ filters: { ...s.filters, kinds: toggle(s.filters.kinds, kind) } })),
  setSearch: (search) => set((s) => ({ filters: { ...s.filters, search } })),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
  select: (pick) => set((s) => (sameRef(s.selection, pick) ? s : { selection: pick })),
  setView: (view) => set({ view }),
  setDate: (date) => set({ date }),
  setFrom: (from) => set({ from }),
  setCompared: (compared) => set({ compared }),
  applyUrlState: (state, notices) =>
    set((s) => ({
      lang: state.lang ?? s.lang,
      view: state.view,
      filters: state.filters,
      selection: state.selection,
      date: state.date,
      from: state.from,
      urlNotices: notices.length > 0 ? notices : s.urlNotices,
    })),
  dismissUrlNotices: () => set({ urlNotices: [] }),
  startPresenting: (step = 0) => set((s) => (s.story.length === 0 ? s : { presenting: Math.min(Math.max(step, 0), s.story.length - 1) })),
  stopPresenting: () => set({ presenting: null }),
  addStoryStep: (step) => set((s) => ({ story: [...s.story, step] })),
  removeStoryStep: (id) =>
    set((s) => {
      const story = s.story.filter((step) => step.id !== id);
      return { story, presenting: s.presenting === null || story.length === 0 ? null : Math.min(s.presenting, story.length - 1) };
    }),
}));
