import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { DataMessage, DataText } from '../../../src/ui/DataText';

describe('DataText', () => {
  it('isolates a string from the dataset, drawn whole when it is short', () => {
    const { container } = render(
      <p>
        Source : <DataText text="صحيفة العاصمة" /> (2024)
      </p>,
    );
    expect(container.querySelector('bdi')).toHaveTextContent(/^صحيفة العاصمة$/);
    expect(container.querySelector('bdi')).not.toHaveAttribute('title');
  });

  it('draws a runaway string cut, with its whole text as its tooltip and in the words a screen reader reads', () => {
    render(
      <button type="button">
        <DataText text={'N'.repeat(5000)} />
      </button>,
    );
    const button = screen.getByRole('button', { name: 'N'.repeat(5000) });
    const bdi = button.querySelector('bdi')!;
    expect(bdi).toHaveAttribute('title', 'N'.repeat(5000));
    expect(bdi.querySelector('[aria-hidden="true"]')?.textContent).toMatch(/^N{59}…$/);
  });
});

describe('DataMessage', () => {
  it('writes the catalogue’s words around each string, and each string isolated on its own', () => {
    const { container } = render(
      <p>
        <DataMessage message={(a, b) => `${a} – ${b}, partenaires`} texts={['المغرب', 'Mali']} />
      </p>,
    );
    expect(container.querySelector('p')).toHaveTextContent('المغرب – Mali, partenaires');
    expect([...container.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['المغرب', 'Mali']);
  });
});
