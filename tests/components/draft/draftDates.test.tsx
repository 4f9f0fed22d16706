import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DraftWorkspace } from '../../../src/features/draft/DraftWorkspace';
import { useAppStore } from '../../../src/state/store';

// Written for this test, in the manner of a wire report: invented, not quoted.
const ARTICLE = [
  'Senegal and Mauritania sign a gas deal',
  'DAKAR, March 12, 2025 — Senegal signed an energy agreement with Mauritania on Tuesday.',
  'Senegal signed an agriculture agreement with Gambia in 2019.',
  'Senegal signed a transport agreement with Guinea.',
].join('\n');

async function analyse(text: string) {
  useAppStore.getState().setLang('en');
  const user = userEvent.setup();
  render(<DraftWorkspace />);
  fireEvent.change(screen.getByLabelText('Article text'), { target: { value: text } });
  await user.click(screen.getByRole('button', { name: 'Analyse' }));
  return user;
}

const rowOf = (partner: string) => screen.getAllByRole('group', { name: new RegExp(` – ${partner}, `) }).map((g) => g.closest('tr')!);

describe('dates in the draft workspace', { timeout: 30_000 }, () => {
  it('shows the article’s date read from its dateline, and each evidence’s date with the words it came from', async () => {
    await analyse(ARTICLE);
    expect(screen.getByLabelText('Article date')).toHaveValue('2025-03-12');
    expect(screen.getByText('read at the top of the article: “March 12, 2025”')).toBeInTheDocument();
    expect(rowOf('Mauritania').some((r) => within(r).queryByText('Date: March 11, 2025 (“Tuesday”)'))).toBe(true);
    expect(within(rowOf('The Gambia')[0]!).getByText('Date: 2019 (“2019”)')).toBeInTheDocument();
    expect(within(rowOf('Guinea')[0]!).getByText('Date: March 12, 2025, the article’s (the sentence gives none)')).toBeInTheDocument();
  });

  it('places relative dates again when a person corrects the article’s date', async () => {
    await analyse(ARTICLE);
    fireEvent.change(screen.getByLabelText('Article date'), { target: { value: '2025-03-20' } });
    expect(screen.getByText('given by you')).toBeInTheDocument();
    expect(rowOf('Mauritania').some((r) => within(r).queryByText('Date: March 18, 2025 (“Tuesday”)'))).toBe(true);
  });

  it('says why a relative date stays undated when the article has no date', async () => {
    await analyse('Senegal signed an energy agreement with Mauritania on Tuesday, the Senegalese government said.');
    expect(screen.getByLabelText('Article date')).toHaveValue('');
    expect(screen.getByText(/^no date at the top of the article/)).toBeInTheDocument();
    expect(
      within(rowOf('Mauritania')[0]!).getByText('Undated: “Tuesday” is read from the article’s date, which is unknown'),
    ).toBeInTheDocument();
  });
});
