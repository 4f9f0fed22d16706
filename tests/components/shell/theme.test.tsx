import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeSwitch } from '../../../src/ui/ThemeSwitch';
import { chooseTheme, startTheme, THEME_KEY, toTheme } from '../../../src/ui/theme';

const root = document.documentElement;
let stop: () => void = () => undefined;

beforeEach(() => {
  localStorage.clear();
  chooseTheme('auto');
  localStorage.clear();
});

afterEach(() => {
  stop();
  cleanup();
});

describe('the theme', () => {
  it('reads a kept value, and takes anything else for the automatic theme', () => {
    expect(toTheme('dark')).toBe('dark');
    expect(toTheme('contrast')).toBe('contrast');
    expect(toTheme('sepia')).toBe('auto');
    expect(toTheme(null)).toBe('auto');
  });

  it('is applied at boot from what this browser kept, before anything renders', () => {
    localStorage.setItem(THEME_KEY, 'contrast');
    stop = startTheme(window);
    expect(root.dataset.theme).toBe('contrast');
  });

  it('is kept when a person chooses it, and the automatic one leaves the system to decide', async () => {
    stop = startTheme(window);
    render(<ThemeSwitch />);
    await userEvent.selectOptions(screen.getByLabelText('Thème'), 'Sombre');
    expect(root.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_KEY)).toBe('dark');
    await userEvent.selectOptions(screen.getByLabelText('Thème'), 'Automatique');
    expect(root.dataset.theme).toBeUndefined();
  });

  it('follows a choice made in another tab, switch included', () => {
    stop = startTheme(window);
    render(<ThemeSwitch />);
    localStorage.setItem(THEME_KEY, 'contrast');
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: THEME_KEY, newValue: 'contrast' }));
    });
    expect(root.dataset.theme).toBe('contrast');
    expect(screen.getByLabelText<HTMLSelectElement>('Thème').value).toBe('contrast');
  });
});
