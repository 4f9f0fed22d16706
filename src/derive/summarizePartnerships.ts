import type { Partnership } from '../data/indexDataset';
import { STATUSES, type Status } from '../model/statuses';

export type CountsByStatus = Readonly<Record<Status, number>>;

/** A partner's or a sector's share of the partnerships: how many, and how many of each status. */
export interface SummaryRow {
  id: string;
  total: number;
  byStatus: CountsByStatus;
}

export interface PartnershipCounts {
  total: number;
  byStatus: CountsByStatus;
  /** The other actor of each partnership, most partnerships first. */
  byPartner: readonly SummaryRow[];
  /** Most partnerships first. */
  bySector: readonly SummaryRow[];
}

/**
 * The partnerships of an actor (`viewpoint`) counted by status, by partner and by sector: what a
 * reader takes in first when an actor has more partnerships than can be read one by one. Rows
 * with as many partnerships keep the order in which the data first names them.
 */
export function summarizePartnerships(partnerships: readonly Partnership[], viewpoint: string): PartnershipCounts {
  const byStatus = emptyCounts();
  const partners = new Map<string, { total: number; byStatus: Record<Status, number> }>();
  const sectors = new Map<string, { total: number; byStatus: Record<Status, number> }>();
  for (const p of partnerships) {
    byStatus[p.status] += 1;
    // A partnership of an actor with itself is not in valid data; it would count the actor as its own partner.
    const partner = p.actors.find((id) => id !== viewpoint) ?? viewpoint;
    add(partners, partner, p.status);
    add(sectors, p.sector, p.status);
  }
  return { total: partnerships.length, byStatus, byPartner: toRows(partners), bySector: toRows(sectors) };
}

function emptyCounts(): Record<Status, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
}

function add(rows: Map<string, { total: number; byStatus: Record<Status, number> }>, id: string, status: Status): void {
  let row = rows.get(id);
  if (!row) rows.set(id, (row = { total: 0, byStatus: emptyCounts() }));
  row.total += 1;
  row.byStatus[status] += 1;
}

function toRows(rows: Map<string, { total: number; byStatus: Record<Status, number> }>): SummaryRow[] {
  // `sort` is stable: rows with the same total stay in the order they were first met.
  return [...rows].map(([id, row]) => ({ id, ...row })).sort((a, b) => b.total - a.total);
}
