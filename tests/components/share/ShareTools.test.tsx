import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShareTools } from '../../../src/features/share/ShareTools';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();

function renderTools() {
  act(() => {
    useAppStore.getState().datasetLoaded(dataset);
    useAppStore.getState().toggleStatus('active');
    useAppStore.getState().select({ kind: 'actor', id: 'RUS' });
  });
  return render(<ShareTools dataset={dataset} />);
}

/** Chooses an entry of the toolbar's "Partager" menu. */
async function choose(name: string) {
  await userEvent.click(screen.getByRole('button', { name: 'Partager' }));
  await userEvent.click(screen.getByRole('menuitem', { name }));
}

describe('ShareTools', () => {
  it('opens the Embed dialog from its button, with snippets that carry the language, filters and selection', async () => {
    renderTools();
    await choose('Intégrer');
    const dialog = await screen.findByRole('dialog', { name: 'Intégrer un graphique dans un article' });
    expect(within(dialog).getByRole('radio', { name: 'Carte des partenaires' })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Réseau des acteurs et de leurs liens' }));
    const link = within(dialog).getByRole('textbox', { name: 'Lien direct' }) as HTMLTextAreaElement;
    expect(link.value).toMatch(/\?embed=network&lang=fr&status=active&select=RUS$/);
    const script = within(dialog).getByRole('textbox', { name: 'Iframe à hauteur automatique' }) as HTMLTextAreaElement;
    expect(script.value).toContain('data-partnership-atlas');
    expect(script.value).toContain('loading="lazy"');
    expect(script.value).toMatch(/<script async src="[^"]*embed\.js"><\/script>$/);
  });

  it('copies a snippet with a button named after it, and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    renderTools();
    await choose('Intégrer');
    await user.click(await screen.findByRole('button', { name: 'Copier\u00a0: Lien direct' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\?embed=map&lang=fr&status=active&select=RUS$/));
    expect(screen.getByText('Copié dans le presse-papiers.')).toBeInTheDocument();
  });

  it('closes the dialog on Escape, gives focus back to the button of its menu and keeps the selection', async () => {
    renderTools();
    const opener = screen.getByRole('button', { name: 'Partager' });
    await choose('Intégrer');
    expect(await screen.findByRole('radio', { name: 'Carte des partenaires' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'RUS' });
  });

  it('offers every export with a name that says its format, the chart and background as choices', async () => {
    renderTools();
    await choose('Exporter');
    const dialog = await screen.findByRole('dialog', { name: 'Exporter un graphique ou les données' });
    expect(
      within(dialog)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Carte', 'Réseau', 'Secteurs', 'blanc', 'transparent']);
    for (const name of [/^PNG \(2×/, /^SVG/, /^CSV/, /^JSON/]) expect(within(dialog).getByRole('button', { name })).toBeEnabled();
  });
});
