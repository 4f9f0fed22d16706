export const THEMES = ['auto', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** Where the theme is kept: a person's preference in this browser, not part of a shared link. */
export const THEME_KEY = 'partnership-atlas.theme';

/** The theme a stored value names; anything else (nothing stored, an old or foreign value) is automatic. */
export function toTheme(value: string | null | undefined): Theme {
  return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'auto';
}

let current: Theme = 'auto';
const listeners = new Set<() => void>();

function show(theme: Theme): void {
  current = theme;
  // "auto" has no attribute: the stylesheets then follow the system's colour scheme.
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  for (const listener of listeners) listener();
}

function readStored(): Theme {
  try {
    return toTheme(localStorage.getItem(THEME_KEY));
  } catch {
    // Storage can be refused (a file:// page, private modes); the theme then simply is not kept.
    return 'auto';
  }
}

/**
 * Applies the kept theme before the first render, in every mode (the dashboard, a presentation
 * link, an embed, which has no switch of its own), and follows a change made in another tab or
 * window of the atlas: a teacher who switches the theme on the laptop's dashboard sees the
 * presentation on the projector follow.
 */
export function startTheme(win: Window = window): () => void {
  show(readStored());
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_KEY || event.key === null) show(readStored());
  };
  win.addEventListener('storage', onStorage);
  return () => win.removeEventListener('storage', onStorage);
}

/** A person's choice: shown at once and kept for their next visit. */
export function chooseTheme(theme: Theme): void {
  show(theme);
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // See readStored.
  }
}

export function currentTheme(): Theme {
  return current;
}

export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
