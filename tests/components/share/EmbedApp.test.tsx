import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import EmbedApp from '../../../src/shell/embed/EmbedApp';
import { useAppStore } from '../../../src/state/store';
import { articleDataset } from '../../fixtures/datasetBuilder';

const dataset = articleDataset();

describe('EmbedApp', () => {
  it('shows one view with its title, what it shows, the source line and a link back on the same state', () => {
    act(() => {
      useAppStore.getState().datasetLoaded(dataset);
      useAppStore.getState().setLang('en');
      useAppStore.getState().toggleSector('security');
    });
    render(<EmbedApp view="timeline" dataset={dataset} />);
    expect(screen.getByRole('main', { name: "Mali's partnerships Timeline" })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Timeline' })).toBeInTheDocument();
    expect(screen.getByText(/of 11 partnerships; filters: Security$/)).toBeInTheDocument();
    expect(screen.getByText(/^Source:/)).toBeInTheDocument();
    const back = screen.getByRole('link', { name: /^Explore the full dashboard\s+\(opens in a new tab\)$/ });
    expect(back.getAttribute('href')).toMatch(/\?lang=en&sector=security$/);
    expect(back).toHaveAttribute('target', '_blank');
  });
});
