import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportDialog } from '../../../src/features/share/ExportDialog';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';

// A browser cannot draw a picture this large; the export says so rather than trying (see `pictureSize`).
vi.mock('../../../src/export/runExport', () => ({
  runExport: vi.fn(async () => ({ ok: false, reason: 'too-large', width: 77_182, height: 900 })),
}));

describe('the Export dialog', () => {
  it('says why a chart too large to draw was not exported, and how to export something smaller', async () => {
    const dataset = articleDataset();
    act(() => useAppStore.getState().datasetLoaded(dataset));
    render(<ExportDialog dataset={dataset} open onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Exporter un graphique ou les données' });
    await userEvent.click(within(dialog).getByRole('button', { name: /^PNG/ }));
    expect(
      await within(dialog).findByText(
        /^Ce graphique ferait 77 182 × 900 pixels, plus qu’un navigateur ne sait en dessiner \(16 384 pixels de côté au plus\)/,
      ),
    ).toHaveClass('share-status--failed');
    expect(within(dialog).getByRole('button', { name: /^PNG/ })).toBeEnabled();
  });
});
