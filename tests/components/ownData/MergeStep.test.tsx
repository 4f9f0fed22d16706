import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MergeStep } from '../../../src/features/ownData/MergeStep';
import { findMergeReview } from '../../../src/data/findMergeReview';
import { indexDataset } from '../../../src/data/indexDataset';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { useAppStore } from '../../../src/state/store';
import { shippedDataset } from '../../fixtures/datasetBuilder';
import second from '../../fixtures/merge/second-source.json';

function setup() {
  useAppStore.getState().setLang('en');
  const current = shippedDataset();
  const parsed = parseDatasetJson(second);
  if (!parsed.ok) throw new Error('The second file of the merge fixtures is not a valid dataset.');
  const incoming = indexDataset(parsed.value, new Map());
  const onApply = vi.fn();
  const onReplace = vi.fn();
  render(
    <MergeStep
      flow={{
        step: 'merge',
        current,
        incoming: { kind: 'own', label: 'second-source.json', dataset: incoming, leftOutRows: 0 },
        review: findMergeReview(current.json, incoming.json),
      }}
      onApply={onApply}
      onReplace={onReplace}
      onCancel={() => undefined}
    />,
  );
  return { user: userEvent.setup(), onApply, onReplace };
}

describe('the review of a merge', () => {
  it('merges only once each near-duplicate is decided, and hands over the actors judged the same', async () => {
    const { user, onApply } = setup();
    const apply = screen.getByRole('button', { name: 'Merge' });
    expect(apply).toBeDisabled();
    expect(screen.getByRole('region', { name: 'Disagreements the merge creates' })).toHaveTextContent('Mali – Türkiye, Security');
    await user.click(screen.getByRole('radio', { name: 'The same actor (merge them)' }));
    await user.click(apply);
    expect(onApply).toHaveBeenCalledWith(new Map([['TR-1', 'TUR']]));
    await user.click(screen.getByRole('radio', { name: 'Two different actors (keep both)' }));
    await user.click(apply);
    expect(onApply).toHaveBeenLastCalledWith(new Map());
  });

  it('offers to replace the data instead', async () => {
    const { user, onReplace } = setup();
    await user.click(screen.getByRole('button', { name: 'Replace the data instead' }));
    expect(onReplace).toHaveBeenCalled();
  });
});
