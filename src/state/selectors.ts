import { useMemo } from 'react';
import { useAppStore } from './store';
import { filterPartnerships } from '../derive/filterPartnerships';
import { NO_HIGHLIGHT, toHighlight, type Highlight } from '../derive/relations';
import type { Dataset, Partnership } from '../data/indexDataset';
import { memoizeLast } from '../derive/memoizeLast';
import { useViewFilters } from './stagedFilters';
import type { EntityRef } from '../model/entityRef';

/** Shared by every view: the list is computed once per change of the filters, not once per view. */
const filteredOf = memoizeLast(filterPartnerships);

/**
 * The partnerships that pass the current filters. The list is one stored reference per dataset
 * and filters, so views re-render only when the inputs change.
 */
export function useFilteredPartnerships(dataset: Dataset): Partnership[] {
  const filters = useViewFilters();
  return filteredOf(dataset, filters);
}

/** What the current selection brings forward. */
export function useSelectionHighlight(dataset: Dataset): Highlight {
  const selection = useAppStore((s) => s.selection);
  return useMemo(() => toHighlight(dataset, selection), [dataset, selection]);
}

/** What the pointer or keyboard focus currently rests on. */
export function useHoverHighlight(dataset: Dataset): Highlight {
  const hover = useAppStore((s) => s.hover);
  return useMemo(() => toHighlight(dataset, hover), [dataset, hover]);
}

/**
 * The highlight of one pick, remembered for the last dataset and pick it was asked for. Every
 * mark that asks "am I hovered?" shares this one computation per pointer move, so a view can let
 * each mark subscribe on its own (a narrow selector) instead of re-rendering every mark.
 */
const highlightOf = (dataset: Dataset, pick: EntityRef | null): Highlight => (pick ? toHighlight(dataset, pick) : NO_HIGHLIGHT);
export const hoverHighlightOf = memoizeLast(highlightOf);
export const selectionHighlightOf = memoizeLast(highlightOf);

export type MarkKind = 'actor' | 'partnership';
const FIELD = { actor: 'actors', partnership: 'partnerships' } as const;

/**
 * Whether the hovered pick brings this actor or partnership forward. The answer is a boolean, so
 * a mark re-renders only when its own emphasis changes, not on every pointer move.
 */
export function useIsHovered(dataset: Dataset, kind: MarkKind, id: string): boolean {
  return useAppStore((s) => hoverHighlightOf(dataset, s.hover)[FIELD[kind]].has(id));
}

/**
 * A mark's own yes-or-no question about the hovered pick and its highlight, for marks that stand
 * for more than one actor or partnership (a quote, a matrix cell). The highlight is shared, like
 * `useIsHovered`'s.
 */
export function useHoverAnswer(dataset: Dataset, answer: (pick: EntityRef | null, highlight: Highlight) => boolean): boolean {
  return useAppStore((s) => answer(s.hover, hoverHighlightOf(dataset, s.hover)));
}

/** Whether the selection brings this actor or partnership forward; a boolean, like `useIsHovered`. */
export function useIsSelected(dataset: Dataset, kind: MarkKind, id: string): boolean {
  return useAppStore((s) => selectionHighlightOf(dataset, s.selection)[FIELD[kind]].has(id));
}

/** Whether anything is selected at all, for the marks that dim when something else is. */
export function useHasSelection(): boolean {
  return useAppStore((s) => s.selection !== null);
}
