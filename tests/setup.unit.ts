import { beforeEach } from 'vitest';
import { useAppStore } from '../src/state/store';

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});
