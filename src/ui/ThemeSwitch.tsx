import { useId, useSyncExternalStore } from 'react';
import { chooseTheme, currentTheme, subscribeTheme, THEMES, type Theme } from './theme';
import { useMessages } from '../state/useMessages';

/**
 * Light, dark and high-contrast themes; "auto" follows the system's colour scheme. The dashboard's
 * header and presentation mode's bar each show one; both show and change the same kept theme.
 */
export function ThemeSwitch() {
  const t = useMessages();
  const id = useId();
  const theme = useSyncExternalStore(subscribeTheme, currentTheme);
  return (
    <div className="theme-switch">
      <label htmlFor={id}>{t.theme.label}</label>
      <select id={id} value={theme} onChange={(e) => chooseTheme(e.target.value as Theme)}>
        {THEMES.map((name) => (
          <option key={name} value={name}>
            {t.theme.names[name]}
          </option>
        ))}
      </select>
    </div>
  );
}
