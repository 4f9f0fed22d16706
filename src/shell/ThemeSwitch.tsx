import { useEffect, useId, useState } from 'react';
import { useMessages } from '../i18n/messages';

export const THEMES = ['auto', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];
const KEY = 'partnership-atlas.theme';

function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(KEY);
    return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'auto';
  } catch {
    // Storage can be refused (a file:// page, private modes); the theme then simply is not kept.
    return 'auto';
  }
}

/**
 * Light, dark and high-contrast themes; "auto" follows the system's colour scheme. The choice is a
 * person's preference, kept in this browser, not part of a shared link.
 */
export function ThemeSwitch() {
  const t = useMessages();
  const id = useId();
  const [theme, setTheme] = useState<Theme>(storedTheme);
  useEffect(
    function applyTheme() {
      if (theme === 'auto') delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = theme;
      try {
        localStorage.setItem(KEY, theme);
      } catch {
        // See storedTheme.
      }
    },
    [theme],
  );
  return (
    <div className="theme-switch">
      <label htmlFor={id}>{t.theme.label}</label>
      <select id={id} value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        {THEMES.map((name) => (
          <option key={name} value={name}>
            {t.theme.names[name]}
          </option>
        ))}
      </select>
    </div>
  );
}
