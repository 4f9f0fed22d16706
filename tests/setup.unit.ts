import { beforeEach } from 'vitest';
import { useAppStore } from '../src/state/store';
import { loadCatalogue } from '../src/i18n/messages';

// The page fetches the English catalogue when it is asked for (src/i18n/messages.ts); tests that set
// the language directly find it already in, as after a switch. Its own loading is tested apart.
await loadCatalogue('en');

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});
