import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataTools } from '../../../src/features/ownData/DataTools';
import { useAppStore } from '../../../src/state/store';
import { shippedDataset } from '../../fixtures/datasetBuilder';

// Two short articles written for this test, in the manner of wire reports: invented, not quoted.
const FIRST = [
  'Senegal and Mauritania sign a gas deal',
  'DAKAR, March 12, 2025 — Senegal signed an energy agreement with Mauritania on Tuesday to share the output of an offshore gas field.',
  'The two governments had opened talks on the project last year.',
].join('\n');

const SECOND = [
  'Le Sénégal et la Gambie relancent leur coopération agricole',
  'BANJUL, 3 avril 2025 – Le Sénégal a signé lundi un accord de coopération agricole avec la Gambie.',
].join('\n');

type User = ReturnType<typeof userEvent.setup>;

/** Pastes an article into the open workspace, drafts it, accepts every candidate and asks to merge it into the data on screen. */
async function draftAndMerge(user: User, workspace: HTMLElement, text: string) {
  fireEvent.change(within(workspace).getByLabelText('Article text'), { target: { value: text } });
  await user.click(within(workspace).getByRole('button', { name: 'Analyse' }));
  await user.click(await within(workspace).findByRole('button', { name: 'Accept all' }));
  await user.click(within(workspace).getByRole('button', { name: 'Merge into the current data' }));
  const name = /^Merge ".*-draft\.json" into the current data$/;
  const review = await screen.findByRole('dialog', { name }, { timeout: 10_000 });
  await user.click(within(review).getByRole('button', { name: /^Merge$/ }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name })).toBeNull());
}

// The whole workspace and the merge review, twice, in jsdom: seconds alone, more on a shared machine.
describe('drafting several articles into one dataset', { timeout: 60_000 }, () => {
  it('drafts an article, merges it through the review, then drafts a second one into the result, in one sitting', async () => {
    const shipped = shippedDataset();
    useAppStore.getState().setLang('en');
    useAppStore.getState().datasetLoaded(shipped);
    const user = userEvent.setup();
    render(<DataTools />);
    await user.click(screen.getByRole('button', { name: 'Data' }));
    await user.click(screen.getByRole('menuitem', { name: 'Draft from an article' }));
    const workspace = await screen.findByRole('dialog', { name: 'Draft data from an article' });
    await within(workspace).findByLabelText('Article text', {}, { timeout: 10_000 });

    await draftAndMerge(user, workspace, FIRST);
    const afterFirst = useAppStore.getState().dataset!;
    expect(afterFirst.sources.length).toBe(shipped.sources.length + 1);
    // The merge's notice is in the toolbar, behind the workspace: the workspace says it too.
    expect(within(workspace).getByText(/This article is in the data on screen/)).toHaveTextContent(
      `(${shipped.sources.length + 1} sources). Paste the next one to draft it into the same data.`,
    );

    await draftAndMerge(user, workspace, SECOND);
    const merged = useAppStore.getState().dataset!;
    const titles = merged.sources.map((s) => s.title);
    expect(titles).toEqual([...shipped.sources.map((s) => s.title), FIRST.split('\n')[0], SECOND.split('\n')[0]]);
    const published = merged.sources.slice(-2).map((s) => s.published);
    expect(published).toEqual(['2025-03-12', '2025-04-03']);

    // Both articles' claims are there, each citing its own source, dated by the day its sentence speaks of.
    const claimsWith = (partner: string) =>
      merged.partnerships.filter((p) => p.actors.includes('SEN') && p.actors.includes(partner)).flatMap((p) => p.evidence);
    const [first, second] = merged.sources.slice(-2).map((s) => s.id);
    expect(claimsWith('MRT').some((c) => c.source === first && c.date === '2025-03-11')).toBe(true);
    expect(claimsWith('GMB').some((c) => c.source === second && c.date === '2025-03-31')).toBe(true);
    // What was there before is still there.
    expect(merged.partnerships.length).toBeGreaterThan(shipped.partnerships.length);
    for (const p of shipped.partnerships) expect(merged.partnerships.some((m) => m.id === p.id)).toBe(true);
  });
});
