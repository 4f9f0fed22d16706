import { describe, expect, it } from 'vitest';
import { extractDraft, normalizeArticle } from '../../../src/extract/extractDraft';
import { asProposed, toDatasetJson } from '../../../src/extract/toDatasetJson';
import { parseDatasetJson } from '../../../src/data/parseDatasetJson';
import { checkIntegrity } from '../../../src/data/checkIntegrity';

const text = normalizeArticle(
  [
    'Le Burkina Faso suit son voisin, comme l’a fait le Mali, où opère le groupe paramilitaire russe.',
    'Des instructeurs russes sont déployés au Burkina Faso pour sa sécurité.',
    'La Russie pourrait renforcer sa coopération sécuritaire avec le Burkina Faso.',
  ].join('\n'),
);
const draft = extractDraft(text, { focus: 'BFA' });
const json = toDatasetJson({ draft, focus: 'BFA', accepted: asProposed(draft.candidates), people: [], locations: new Map() });

describe('toDatasetJson', () => {
  it('publishes a tie between two actors other than the focus as such', () => {
    expect(json.partnerships.map((p) => `${p.actors.join('-')} ${p.sector}`)).toContain('MLI-RUS security');
    expect(json.actors.map((a) => a.id).sort()).toEqual(['BFA', 'MLI', 'RUS']);
  });

  it('writes each evidence with the status its own sentence states', () => {
    const tie = json.partnerships.find((p) => p.actors.join('-') === 'BFA-RUS' && p.sector === 'security')!;
    expect(tie.evidence.map((e) => e.status)).toEqual(['active', 'potential']);
  });

  it('makes a dataset that passes the checks, quotes found in the article', () => {
    const parsed = parseDatasetJson(json);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(checkIntegrity(parsed.value, new Map([['article', text]]))).toEqual([]);
  });
});
