import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import TableView from '../../../src/views/table/TableView';
import { shippedDataset } from '../../fixtures/datasetBuilder';

describe('the table of the shipped data, with a tie between two actors other than the centre', () => {
  it('gives each "show in the source" button a name of its own, naming both actors of a pair without the centre', () => {
    render(<TableView dataset={shippedDataset()} />);
    const names = screen.getAllByRole('button', { name: /^Voir dans la source/ }).map((b) => b.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('Voir dans la source : Niger, sécurité');
    expect(names).toContain('Voir dans la source : Burkina Faso – Niger, sécurité');
  });
});
