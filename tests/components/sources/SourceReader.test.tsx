import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import SourceReader from '../../../src/views/sources/SourceReader';
import { useAppStore } from '../../../src/state/store';
import { indexDataset } from '../../../src/data/indexDataset';
import { articleDataset, articleJson, shippedDataset } from '../../fixtures/datasetBuilder';
import { datasetOn } from '../../../src/derive/datasetOn';
import { dateStops } from '../../../src/derive/dateStops';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';

const dataset = articleDataset();

function withoutTexts() {
  const parsed = parseDatasetJson(articleJson());
  if (!parsed.ok) throw new Error('the shipped dataset does not parse');
  return indexDataset(parsed.value, new Map());
}

describe('SourceReader', () => {
  it('credits the source at the top: title, publisher, date, language, link', () => {
    render(<SourceReader dataset={dataset} />);
    const title = screen.getAllByRole('heading', { level: 3 })[0]!;
    expect(title).toHaveTextContent('Mali : Coopération renforcée avec la Russie, Diop et Camara à Moscou');
    const facts = title.parentElement!.querySelector('dl')!;
    const fact = (label: string) => within(facts).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(fact('Éditeur')).toBe('non indiqué');
    expect(fact('Date')).toBe('non daté');
    expect(fact('Langue')).toBe('français');
    expect(fact('Lien')).toBe('pas de lien public');
    expect(screen.getByText(/son « ce mercredi » est le 28 février 2024/)).toBeInTheDocument();
  });

  it('shows the full text with every quote of the source marked', () => {
    render(<SourceReader dataset={dataset} />);
    const text = screen.getByRole('article', { name: /^Texte intégral/ });
    expect(text).toHaveTextContent('Un contexte géopolitique complexe');
    expect(text.querySelectorAll('mark')).toHaveLength(9);
    expect(screen.getByText('9 citations surlignées dans le texte')).toBeInTheDocument();
  });

  it('marks the quotes of a partnership selected anywhere and counts them', () => {
    render(<SourceReader dataset={dataset} />);
    act(() => useAppStore.getState().select({ kind: 'partnership', id: 'mli-rus-energy' }));
    const current = screen.getByRole('article').querySelectorAll('[aria-current="true"]');
    expect([...current].map((el) => el.textContent?.slice(0, 24))).toEqual(['les discussions ont égal', '"Le Mali est au cœur de ']);
    expect(screen.getByText('Russie, énergie : 2 citations')).toBeInTheDocument();
    expect(screen.getByText('1 sur 2')).toBeInTheDocument();
  });

  it('selects the partnership a quote supports when the quote is clicked', async () => {
    render(<SourceReader dataset={dataset} />);
    await userEvent.click(screen.getByRole('button', { name: 'Si la question sécuritaire reste centrale' }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'partnership', id: 'mli-rus-security' });
  });

  it('lists, from the keyboard, the partnerships a shared quote supports, each one selectable', async () => {
    render(<SourceReader dataset={dataset} />);
    const quote = screen.getByRole('button', { name: /^les discussions ont également porté/ });
    quote.focus();
    await userEvent.keyboard('{Enter}');
    expect(quote).toHaveAttribute('aria-expanded', 'true');
    const group = screen.getByRole('group', { name: /^Ce qu’appuie « les discussions/ });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Russie, énergie (en discussion)',
      'Russie, transport (en discussion)',
      'Russie, agriculture (en discussion)',
      'Russie, éducation (en discussion)',
    ]);
    expect(useAppStore.getState().selection).toBeNull();
    await userEvent.click(within(group).getByRole('button', { name: 'Russie, agriculture (en discussion)' }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'partnership', id: 'mli-rus-agriculture' });
  });

  it('shows a quote’s English translation on demand, or all of them at once', async () => {
    render(<SourceReader dataset={dataset} />);
    const toggle = screen.getByRole('button', { name: 'Traduction anglaise de « Si la question sécuritaire reste centrale »' });
    expect(screen.queryByText('While the security question remains central')).not.toBeInTheDocument();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('While the security question remains central')).toHaveAttribute('lang', 'en');
    await userEvent.click(toggle);
    expect(screen.queryByText('While the security question remains central')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Afficher toutes les traductions' }));
    expect(screen.getByText('While the security question remains central')).toBeInTheDocument();
    expect(screen.getByText(/^"Mali is at the heart of Russia's economic agenda,"/)).toBeInTheDocument();
  });

  it('mutes the quotes that back none of the filtered partnerships', () => {
    render(<SourceReader dataset={dataset} />);
    act(() => useAppStore.getState().toggleSector('energy'));
    const marks = [...screen.getByRole('article').querySelectorAll('mark')];
    expect(marks.filter((m) => !m.classList.contains('is-muted'))).toHaveLength(2);
    expect(screen.getByText(/\(2 pour les partenariats affichés\)/)).toBeInTheDocument();
  });

  it('keeps every quote on an earlier date, muting those of partnerships its sources did not speak of yet', () => {
    const shipped = shippedDataset();
    const { rerender } = render(<SourceReader dataset={shipped} />);
    const marks = () => [...screen.getByRole('article').querySelectorAll('mark')];
    const latest = marks().map((m) => m.textContent);
    expect(marks().some((m) => m.classList.contains('is-muted'))).toBe(false);
    const earliest = datasetOn(shipped, dateStops(shipped)[0]!, null);
    rerender(<SourceReader dataset={earliest} />);
    expect(marks().map((m) => m.textContent)).toEqual(latest);
    const kept = marks().filter((m) => !m.classList.contains('is-muted')).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(latest.length);
    expect(screen.getByText(new RegExp(`\\(${kept} pour les partenariats affichés\\)`))).toBeInTheDocument();
  });

  it('opens the quotes of sources without a text when the selection has one there', () => {
    render(<SourceReader dataset={dataset} />);
    const more = screen.getByText(/^Citations des sources sans texte intégral/).closest('details')!;
    expect(more).not.toHaveAttribute('open');
    act(() => useAppStore.getState().select({ kind: 'event', id: 'moscow-visit' }));
    expect(more).toHaveAttribute('open');
    expect(within(more).getByText('Moscow, February 28, 2024').closest('li')).toHaveClass('is-current');
  });

  it('lists every quote with its source when the dataset has no source text', () => {
    render(<SourceReader dataset={withoutTexts()} />);
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(screen.getByText(/ne fournit pas le texte de ses sources/)).toBeInTheDocument();
    const more = screen.getByText(/^Citations des sources sans texte intégral/).closest('details')!;
    expect(more).toHaveAttribute('open');
    expect(
      within(more).getByRole('heading', { level: 4, name: 'Mali : Coopération renforcée avec la Russie, Diop et Camara à Moscou' }),
    ).toBeInTheDocument();
    expect(within(more).getByText('Si la question sécuritaire reste centrale')).toBeInTheDocument();
    expect(
      within(more)
        .getAllByRole('link')
        .map((a) => [a.getAttribute('href'), a.getAttribute('rel')]),
    ).toEqual([
      ['https://mid.ru/ru/press_service/minister_speeches/1935525/?lang=en', 'noopener noreferrer'],
      ['https://news.abamako.com/h/291289.html', 'noopener noreferrer'],
    ]);
  });
});
