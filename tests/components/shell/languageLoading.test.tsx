import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

// The shared set-up has loaded the English catalogue already; each test here starts from a page
// that has not, with src/ loaded afresh and the catalogue's chunk under the test's control.
const EN = '../../../src/i18n/en';

/** The English catalogue's chunk, held back until `arrive` and failing `failures` times first. */
function holdEnglish(failures = 0) {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  let asked = 0;
  vi.doMock(EN, async (importOriginal) => {
    asked += 1;
    if (asked <= failures) throw new TypeError('Failed to fetch dynamically imported module: en.js');
    await arrived;
    return importOriginal();
  });
  return { arrive, asked: () => asked };
}

async function freshPage() {
  const { LanguageSwitch } = await import('../../../src/shell/LanguageSwitch');
  const { useAppStore } = await import('../../../src/state/store');
  const { useMessages } = await import('../../../src/state/useMessages');
  function Loading() {
    return <p>{useMessages().loading}</p>;
  }
  render(
    <>
      <LanguageSwitch />
      <Loading />
    </>,
  );
  return useAppStore;
}

const pressed = (name: string) => within(screen.getByRole('group')).getByRole('button', { name }).getAttribute('aria-pressed');

beforeEach(() => {
  vi.resetModules();
});

afterEach(() => {
  vi.doUnmock(EN);
});

describe('the English catalogue, fetched when it is asked for', () => {
  it('is not loaded by a page read in French, and the switch changes language only once it is in', async () => {
    const english = holdEnglish();
    const user = userEvent.setup();
    await freshPage();
    expect(english.asked()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(english.asked()).toBe(1);
    // While it downloads, the page stays wholly French: no English label beside French text.
    expect(screen.getByRole('group', { name: 'Langue' })).toBeInTheDocument();
    expect(pressed('Français')).toBe('true');
    expect(screen.getByText('Chargement des données…')).toBeInTheDocument();

    english.arrive();
    expect(await screen.findByRole('group', { name: 'Language' })).toBeInTheDocument();
    expect(pressed('English')).toBe('true');
    expect(screen.getByText('Loading the data…')).toBeInTheDocument();
    expect(document.querySelector('p')?.textContent).not.toContain('Chargement');
  });

  it('leaves the page in French when it cannot be fetched, and is fetched again by the next click', async () => {
    const english = holdEnglish(1);
    const user = userEvent.setup();
    const store = await freshPage();

    await user.click(screen.getByRole('button', { name: 'English' }));
    await vi.waitFor(() => expect(english.asked()).toBe(1));
    expect(store.getState().lang).toBe('fr');
    expect(screen.getByRole('group', { name: 'Langue' })).toBeInTheDocument();

    english.arrive();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('group', { name: 'Language' })).toBeInTheDocument();
    expect(english.asked()).toBe(2);
    expect(store.getState().lang).toBe('en');
  });

  it('is fetched when the language is set without it, the page reading in French until it is in', async () => {
    const english = holdEnglish();
    const store = await freshPage();
    store.getState().setLang('en');
    expect(await screen.findByText('Chargement des données…')).toBeInTheDocument();
    await vi.waitFor(() => expect(english.asked()).toBe(1));
    english.arrive();
    expect(await screen.findByText('Loading the data…')).toBeInTheDocument();
  });
});
