import { useState } from 'react';
import type { EntityRef } from '../../model/entityRef';

/** What the reader's quotes need from their parent: which extras are open, and the actions. */
export interface QuoteUi {
  selection: EntityRef | null;
  current: ReadonlySet<string>;
  /** Quotes that back none of the partnerships the shared filters let through. */
  muted: ReadonlySet<string>;
  isTranslationOpen: (key: string) => boolean;
  toggleTranslation: (key: string) => void;
  isSupportsOpen: (key: string) => boolean;
  toggleSupports: (keys: readonly string[]) => void;
  select: (pick: EntityRef) => void;
  hover: (pick: EntityRef | null) => void;
}

/**
 * The open/closed state of translations and of the "supports" lists. A quote's own toggle wins
 * over "show all translations" until that switch is flipped again.
 */
export function useQuoteToggles() {
  const [showAll, setShowAllState] = useState(false);
  const [overrides, setOverrides] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [supports, setSupports] = useState<ReadonlySet<string>>(new Set());
  const isTranslationOpen = (key: string) => overrides.get(key) ?? showAll;
  return {
    showAll,
    setShowAll: (on: boolean) => {
      setShowAllState(on);
      setOverrides(new Map());
    },
    isTranslationOpen,
    toggleTranslation: (key: string) => setOverrides((m) => new Map(m).set(key, !(m.get(key) ?? showAll))),
    isSupportsOpen: (key: string) => supports.has(key),
    toggleSupports: (keys: readonly string[]) =>
      setSupports((s) => {
        const open = keys.some((k) => s.has(k));
        const next = new Set(s);
        for (const k of keys) {
          if (open) next.delete(k);
          else next.add(k);
        }
        return next;
      }),
  };
}
