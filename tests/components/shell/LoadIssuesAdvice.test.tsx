import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { LoadIssues } from '../../../src/ui/LoadIssues';
import { useAppStore } from '../../../src/state/store';
import type { Problem } from '../../../src/data/problem';

function failWith(...problems: Problem[]) {
  useAppStore.getState().datasetFailed(
    'partnerships.json',
    problems.map((problem) => ({ at: { file: 'partnerships.json' }, problem })),
  );
  render(<LoadIssues />);
  return screen.getByRole('alert');
}

describe('the advice under a failed load with nothing on screen', () => {
  afterEach(cleanup);

  it('asks for a reload, not a fix, when the server stayed silent or the load was cancelled', () => {
    const alert = failWith({ code: 'serverSilent', host: '127.0.0.1', seconds: 15 }, { code: 'cancelled' });
    expect(alert).toHaveTextContent('Rechargez la page pour réessayer.');
    expect(alert).not.toHaveTextContent('Corrigez le fichier');
  });

  it('asks for the file to be fixed when what it holds is wrong', () => {
    const alert = failWith({ code: 'required' }, { code: 'serverSilent', host: '127.0.0.1', seconds: 15 });
    expect(alert).toHaveTextContent('Corrigez le fichier puis rechargez la page.');
  });
});
