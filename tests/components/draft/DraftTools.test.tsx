import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataTools } from '../../../src/features/ownData/DataTools';
import { useAppStore } from '../../../src/state/store';
import { ARTICLE_TEXT } from '../../fixtures/datasetBuilder';

async function openAndAnalyse(text: string) {
  // Drafting is an entry of the toolbar's "Données" menu.
  render(<DataTools />);
  await userEvent.click(screen.getByRole('button', { name: 'Données' }));
  await userEvent.click(screen.getByRole('menuitem', { name: 'Rédiger depuis un article' }));
  const dialog = screen.getByRole('dialog', { name: 'Rédiger des données depuis un article' });
  fireEvent.change(await within(dialog).findByLabelText('Texte de l’article', {}, { timeout: 10_000 }), { target: { value: text } });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Analyser' }));
  return dialog;
}

// Each test drives the whole workspace on the full article in jsdom (a dozen rows of selects):
// seconds alone, more when the whole suite shares the machine.
describe('DraftTools', { timeout: 30_000 }, () => {
  it('drafts the article with the proposed focus, the ministers and every candidate pending', async () => {
    const dialog = await openAndAnalyse(ARTICLE_TEXT);
    expect(within(dialog).getByLabelText('Pays ou organisation étudiés')).toHaveDisplayValue('Mali (proposé)');
    expect(within(dialog).getByLabelText('Garder Sergueï Lavrov dans les données')).not.toBeChecked();
    const table = within(dialog).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(12);
    expect(within(table).getAllByText('à relire')).toHaveLength(11);
    expect(within(table).getByLabelText('Statut du Mali et du Burkina Faso, Sécurité')).toHaveDisplayValue('en cours de mise en place');
  });

  it('highlights the words that triggered a candidate, by kind', async () => {
    const dialog = await openAndAnalyse(ARTICLE_TEXT);
    const row = within(dialog).getByRole('group', { name: 'Mali – France, Sécurité' }).closest('tr')!;
    const marks = row.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual([
      'Mali (acteur étudié)',
      'a mis fin (statut)',
      'militaires (secteur)',
      'françaises (partenaire)',
    ]);
  });

  it('publishes nothing until a person accepts, then loads the accepted rows into the store', async () => {
    const dialog = await openAndAnalyse(ARTICLE_TEXT);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publier dans le tableau de bord' }));
    expect(within(dialog).getByText('Acceptez au moins un partenariat avant de publier.')).toBeInTheDocument();
    expect(useAppStore.getState().dataset).toBeNull();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Rejeter Mali – Russie, Éducation' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tout accepter' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publier dans le tableau de bord' }));
    await waitFor(() => expect(useAppStore.getState().dataset).not.toBeNull());
    const dataset = useAppStore.getState().dataset!;
    expect(dataset.focus.id).toBe('MLI');
    expect(dataset.partnerships).toHaveLength(10);
    expect(dataset.actorById.get('lavrov')?.memberOf).toBe('RUS');
    expect(within(dialog).getByText(/10 partenariats publiés dans toutes les vues/)).toBeInTheDocument();
  });

  it('merges two picked rows into one and edits a row’s sector', async () => {
    const dialog = await openAndAnalyse(ARTICLE_TEXT);
    await userEvent.selectOptions(within(dialog).getByLabelText('Secteur du Mali et de la Russie, Transport'), 'energy');
    const boxes = within(dialog).getAllByLabelText('Choisir Mali – Russie, Énergie pour une fusion');
    expect(boxes).toHaveLength(2);
    for (const box of boxes) await userEvent.click(box);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Fusionner la sélection' }));
    expect(within(dialog).getAllByRole('row')).toHaveLength(11);
    expect(within(dialog).getByLabelText('Statut du Mali et de la Russie, Énergie')).toHaveDisplayValue('en discussion');
  });

  it('shows a tie between two actors other than the focus, and says when a row’s sentences disagree', async () => {
    const dialog = await openAndAnalyse(
      'Mali: Russian instructors are deployed in Mali for security. Russia could strengthen its security ties with Mali. Niger, where Russian instructors operate, trains its army with Russia.',
    );
    const row = within(dialog).getByRole('group', { name: 'Mali – Russie, Sécurité' }).closest('tr')!;
    expect(within(row).getByLabelText('Statut du Mali et de la Russie, Sécurité')).toHaveDisplayValue('actif');
    expect(row).toHaveTextContent('Les phrases ne disent pas la même chose');
    expect(row).toHaveTextContent('cette phrase : potentiel');
    expect(within(dialog).getByRole('group', { name: 'Niger – Russie, Sécurité' })).toBeInTheDocument();
  });

  it('adds a partnership by hand from a chosen sentence, accepted', async () => {
    const dialog = await openAndAnalyse('The Gambia could work with Senegal. Gambia met Ghana.');
    const form = within(dialog).getByRole('form', { name: 'Ajouter un partenariat à la main' });
    await userEvent.selectOptions(within(form).getByLabelText('Phrase qui le dit'), '1');
    await userEvent.selectOptions(within(form).getByLabelText('Second acteur'), 'GHA');
    await userEvent.click(within(form).getByRole('button', { name: 'Ajouter' }));
    expect(within(dialog).getByRole('group', { name: 'Gambie – Ghana, Sécurité' }).closest('tr')).toHaveTextContent('accepté');
  });
});
