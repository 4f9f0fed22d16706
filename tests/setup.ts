import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { useAppStore } from '../src/state/store';
import { loadCatalogue } from '../src/i18n/messages';

// The page fetches the English catalogue when it is asked for (src/i18n/messages.ts); tests that set
// the language directly find it already in, as after a switch. Its own loading is tested apart.
await loadCatalogue('en');

// jsdom has no layout, so a Leaflet map would be 0x0 and every path would collapse to "M0 0".
// Giving map containers a size lets component tests check real coordinates.
const SIZED = ['leaflet-container', 'sized-for-tests'];
const isSized = (el: HTMLElement) => SIZED.some((name) => el.classList?.contains(name));
Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
  configurable: true,
  get(this: HTMLElement) {
    return isSized(this) ? 800 : 0;
  },
});
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get(this: HTMLElement) {
    return isSized(this) ? 600 : 0;
  },
});

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

afterEach(() => {
  cleanup();
});
