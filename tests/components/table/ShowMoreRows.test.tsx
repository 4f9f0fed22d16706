import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShowMoreRows } from '../../../src/views/table/ShowMoreRows';

const buttons = () => screen.queryAllByRole('button').map((b) => b.textContent);

describe('ShowMoreRows', () => {
  it('offers a page more, and every row at once up to 1,000 rows', async () => {
    const onShow = vi.fn();
    render(<ShowMoreRows listed={100} total={1000} onShow={onShow} />);
    expect(buttons()).toEqual(['Afficher 100 de plus', 'Tout afficher (1\u202f000)']);
    await userEvent.click(screen.getByRole('button', { name: 'Afficher 100 de plus' }));
    await userEvent.click(screen.getByRole('button', { name: 'Tout afficher (1\u202f000)' }));
    expect(onShow.mock.calls).toEqual([[200], [1000]]);
  });

  it('offers only a page at a time past 1,000 rows, and says that sort and search cover them all', () => {
    render(<ShowMoreRows listed={100} total={5000} onShow={() => {}} />);
    expect(buttons()).toEqual(['Afficher 100 de plus']);
    expect(screen.getByText(/^Le tri et la recherche portent sur les 5\s000 lignes\.$/)).toBeInTheDocument();
  });

  it('offers what is left when less than a page is, and nothing once every row is listed', () => {
    const { rerender } = render(<ShowMoreRows listed={200} total={250} onShow={() => {}} />);
    expect(buttons()).toEqual(['Afficher 50 de plus']);
    rerender(<ShowMoreRows listed={250} total={250} onShow={() => {}} />);
    expect(buttons()).toEqual([]);
    expect(screen.queryByText(/portent sur/)).not.toBeInTheDocument();
  });
});
