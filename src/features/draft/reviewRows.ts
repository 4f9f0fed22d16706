import { strongest } from '../../extract/findCues';
import type { Candidate, CandidateEvidence } from '../../extract/types';
import { STATUSES, type Status } from '../../model/statuses';

export type Decision = 'pending' | 'accepted' | 'rejected';

/** One row of the review table: a candidate as a person has corrected and decided it. */
export interface ReviewRow {
  key: string;
  partner: string;
  sector: string;
  status: Status;
  decision: Decision;
  evidence: CandidateEvidence[];
  picked: boolean;
}

export type ReviewAction =
  | { type: 'reset'; candidates: readonly Candidate[] }
  | { type: 'decide'; key: string; decision: Decision }
  | { type: 'edit'; key: string; field: 'partner' | 'sector' | 'status'; value: string }
  | { type: 'pick'; key: string; picked: boolean }
  | { type: 'acceptAll' }
  | { type: 'mergePicked' }
  | { type: 'add'; partner: string; sector: string; status: Status; sentence: number };

export function toRows(candidates: readonly Candidate[]): ReviewRow[] {
  return candidates.map((c) => ({
    key: c.id,
    partner: c.partner,
    sector: c.sector,
    status: c.status,
    decision: 'pending',
    evidence: c.evidence,
    picked: false,
  }));
}

/**
 * Every change a reviewer makes. Rows start pending; only a person's action accepts one. A merge
 * keeps the first picked row's partner and sector, joins the sentences, and takes the strongest
 * status, as the views rank them.
 */
export function reviewReducer(rows: ReviewRow[], action: ReviewAction): ReviewRow[] {
  const update = (key: string, change: Partial<ReviewRow>) => rows.map((r) => (r.key === key ? { ...r, ...change } : r));
  switch (action.type) {
    case 'reset':
      return toRows(action.candidates);
    case 'decide':
      return update(action.key, { decision: action.decision });
    case 'edit': {
      if (action.field !== 'status') return update(action.key, { [action.field]: action.value });
      const status = STATUSES.find((s) => s === action.value);
      return status ? update(action.key, { status }) : rows;
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
      const merged: ReviewRow = { ...first, evidence, status: strongest(picked.map((r) => r.status)), picked: false };
      return rows.filter((r) => !rest.includes(r)).map((r) => (r === first ? merged : r));
    }
    case 'add': {
      const key = `manual-${rows.length}-${action.partner}-${action.sector}-${action.sentence}`;
      const evidence: CandidateEvidence = { sentence: action.sentence, status: action.status, cues: [], notes: [] };
      return [
        ...rows,
        {
          key,
          partner: action.partner,
          sector: action.sector,
          status: action.status,
          decision: 'accepted',
          evidence: [evidence],
          picked: false,
        },
      ];
    }
  }
}

/** Accepted rows that share a partner and a sector: the published format allows one record per pair and sector. */
export function findDuplicates(rows: readonly ReviewRow[]): ReviewRow[][] {
  const groups = new Map<string, ReviewRow[]>();
  for (const r of rows.filter((x) => x.decision === 'accepted'))
    groups.set(`${r.partner}|${r.sector}`, [...(groups.get(`${r.partner}|${r.sector}`) ?? []), r]);
  return [...groups.values()].filter((g) => g.length > 1);
}
