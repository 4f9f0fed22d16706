import type { Candidate, CandidateEvidence } from '../../extract/types';
import { STATUSES, type Status } from '../../model/statuses';

export type Decision = 'pending' | 'accepted' | 'rejected';

/** One row of the review table: a candidate as a person has corrected and decided it. */
export interface ReviewRow {
  key: string;
  actors: [string, string];
  sector: string;
  status: Status;
  /** Whether some of its sentences state another status than the row's. */
  disagrees: boolean;
  decision: Decision;
  evidence: CandidateEvidence[];
  picked: boolean;
}

export type ReviewAction =
  | { type: 'reset'; candidates: readonly Candidate[] }
  | { type: 'decide'; key: string; decision: Decision }
  | { type: 'edit'; key: string; field: 'actor0' | 'actor1' | 'sector' | 'status'; value: string }
  | { type: 'pick'; key: string; picked: boolean }
  | { type: 'acceptAll' }
  | { type: 'mergePicked' }
  | { type: 'add'; actors: [string, string]; sector: string; status: Status; sentence: number };

export function toRows(candidates: readonly Candidate[]): ReviewRow[] {
  return candidates.map((c) => ({
    key: c.id,
    actors: c.actors,
    sector: c.sector,
    status: c.status,
    disagrees: c.disagrees,
    decision: 'pending',
    evidence: c.evidence,
    picked: false,
  }));
}

/**
 * Every change a reviewer makes. Rows start pending; only a person's action accepts one. Changing
 * a row's status changes the sentences that stated the old one; sentences that said something
 * else keep their own status, and are published with it. A merge keeps the first picked row's
 * actors, sector and status, and joins the sentences.
 */
export function reviewReducer(rows: ReviewRow[], action: ReviewAction): ReviewRow[] {
  const update = (key: string, change: Partial<ReviewRow>) => rows.map((r) => (r.key === key ? { ...r, ...change } : r));
  switch (action.type) {
    case 'reset':
      return toRows(action.candidates);
    case 'decide':
      return update(action.key, { decision: action.decision });
    case 'edit': {
      const row = rows.find((r) => r.key === action.key);
      if (!row) return rows;
      if (action.field === 'actor0' || action.field === 'actor1') {
        const actors: [string, string] = action.field === 'actor0' ? [action.value, row.actors[1]] : [row.actors[0], action.value];
        return update(action.key, { actors });
      }
      if (action.field === 'sector') return update(action.key, { sector: action.value });
      const status = STATUSES.find((s) => s === action.value);
      if (!status) return rows;
      const evidence = row.evidence.map((e) => (e.status === row.status ? { ...e, status } : e));
      return update(action.key, { status, evidence, disagrees: evidence.some((e) => e.status !== status) });
    }
    case 'pick':
      return update(action.key, { picked: action.picked });
    case 'acceptAll':
      return rows.map((r) => (r.decision === 'pending' ? { ...r, decision: 'accepted' } : r));
    case 'mergePicked': {
      const picked = rows.filter((r) => r.picked);
      if (picked.length < 2) return rows;
      const [first, ...rest] = picked as [ReviewRow, ...ReviewRow[]];
      const evidence = [...first.evidence];
      for (const e of rest.flatMap((r) => r.evidence)) if (!evidence.some((x) => x.sentence === e.sentence)) evidence.push(e);
      const merged: ReviewRow = { ...first, evidence, disagrees: evidence.some((e) => e.status !== first.status), picked: false };
      return rows.filter((r) => !rest.includes(r)).map((r) => (r === first ? merged : r));
    }
    case 'add': {
      const key = `manual-${rows.length}-${action.actors.join('-')}-${action.sector}-${action.sentence}`;
      const evidence: CandidateEvidence = {
        sentence: action.sentence,
        clause: { start: 0, end: 0 },
        status: action.status,
        cues: [],
        notes: [],
      };
      return [
        ...rows,
        {
          key,
          actors: action.actors,
          sector: action.sector,
          status: action.status,
          disagrees: false,
          decision: 'accepted',
          evidence: [evidence],
          picked: false,
        },
      ];
    }
  }
}

/** Accepted rows that share two actors and a sector: the published format allows one record per pair and sector. */
export function findDuplicates(rows: readonly ReviewRow[]): ReviewRow[][] {
  const groups = new Map<string, ReviewRow[]>();
  const keyOf = (r: ReviewRow) => `${[...r.actors].sort().join('|')}|${r.sector}`;
  for (const r of rows.filter((x) => x.decision === 'accepted')) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
  return [...groups.values()].filter((g) => g.length > 1);
}
