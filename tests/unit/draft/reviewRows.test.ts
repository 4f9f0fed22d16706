import { describe, expect, it } from 'vitest';
import { findDuplicates, reviewReducer, toRows, type ReviewRow } from '../../../src/features/draft/reviewRows';
import type { Candidate, CandidateEvidence } from '../../../src/extract/types';
import type { Status } from '../../../src/model/statuses';

const evidence = (sentence: number, status: Status): CandidateEvidence => ({
  sentence,
  status,
  clause: { start: 0, end: 0 },
  cues: [],
  notes: [],
});
const candidate: Candidate = {
  id: 'bfa-rus-security',
  actors: ['BFA', 'RUS'],
  sector: 'security',
  status: 'active',
  disagrees: true,
  evidence: [evidence(1, 'active'), evidence(4, 'potential')],
};

describe('the review rows', () => {
  it('start pending, with the candidate’s two actors and whether its evidence disagrees', () => {
    const [row] = toRows([candidate]);
    expect(row).toMatchObject({ actors: ['BFA', 'RUS'], decision: 'pending', disagrees: true });
  });

  it('change the sentences that stated the old status when a person changes it, and keep the others', () => {
    const rows = reviewReducer(toRows([candidate]), { type: 'edit', key: candidate.id, field: 'status', value: 'emerging' });
    expect(rows[0]!.status).toBe('emerging');
    expect(rows[0]!.evidence.map((e) => e.status)).toEqual(['emerging', 'potential']);
  });

  it('correct either actor of a row', () => {
    const rows = reviewReducer(toRows([candidate]), { type: 'edit', key: candidate.id, field: 'actor1', value: 'TUR' });
    expect(rows[0]!.actors).toEqual(['BFA', 'TUR']);
  });

  it('find accepted rows with the same two actors in either order and the same sector', () => {
    const accepted = (row: ReviewRow, actors: [string, string], key: string): ReviewRow => ({ ...row, key, actors, decision: 'accepted' });
    const [row] = toRows([candidate]);
    const groups = findDuplicates([accepted(row!, ['BFA', 'RUS'], 'a'), accepted(row!, ['RUS', 'BFA'], 'b')]);
    expect(groups.map((g) => g.map((r) => r.key))).toEqual([['a', 'b']]);
  });
});
