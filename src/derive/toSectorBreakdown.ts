import { STATUSES, type Status } from '../data/schema';
import type { Dataset, Partnership, Sector } from '../data/indexDataset';
import type { Lang } from '../i18n/lang';
import type { Pick } from '../state/store';
import { relationActors, relationId } from './relations';
import { statusRank, strongestStatus } from './strongestStatus';

/** One row of the partner x sector matrix: a partner of the focus, or a pair without the focus. */
export interface SectorMatrixRow {
  id: string;
  /** What clicking the row's name selects: the partner, or the pair when the focus is not in it. */
  pick: Pick;
  label: string;
  strongest: Status;
  /** One entry per sector of `SectorBreakdown.sectors`, null where the pair has no partnership. */
  cells: readonly (Partnership | null)[];
}

export interface SectorStatusSegment {
  status: Status;
  count: number;
  /** Where the segment starts and ends on the count axis, for stacking. */
  from: number;
  to: number;
  partnershipIds: readonly string[];
}

export interface SectorCount {
  sector: Sector;
  total: number;
  /** Statuses with at least one partnership, strongest first. */
  segments: readonly SectorStatusSegment[];
}

export interface SectorBreakdown {
  /** Every sector of the dataset in its own order, kept even when no partnership passes the filters. */
  sectors: readonly Sector[];
  rows: readonly SectorMatrixRow[];
  counts: readonly SectorCount[];
}

/** The matrix row a pair of actors belongs to: the partner's when the focus is one of them, else the pair's own. */
export function matrixRowId(focusId: string, a: string, b: string): string {
  if (a === focusId) return b;
  if (b === focusId) return a;
  return relationId(a, b);
}

/**
 * The matrix row a pick stands for, if any: an actor's own row, the row holding a partnership,
 * or a relation's row (its partner's, when the focus is in the pair). Events have no row.
 */
export function matrixRowIdOf(dataset: Dataset, pick: Pick | null): string | null {
  if (!pick) return null;
  if (pick.kind === 'actor') return pick.id;
  if (pick.kind === 'relation') {
    const [a, b] = relationActors(pick.id);
    return matrixRowId(dataset.focus.id, a, b);
  }
  if (pick.kind === 'partnership') {
    const p = dataset.partnershipById.get(pick.id);
    if (!p) return null;
    const [a, b] = p.actors;
    return matrixRowId(dataset.focus.id, a, b);
  }
  return null;
}

/**
 * The matrix rows and the per-sector counts of some partnerships (usually the filtered ones).
 * Rows come strongest status first, then the partner with most sectors, then by name, so the
 * matrix reads from the closest partners down to the ended ones.
 */
export function toSectorBreakdown(dataset: Dataset, partnerships: readonly Partnership[], lang: Lang): SectorBreakdown {
  const sectors = dataset.sectors;
  const column = new Map(sectors.map((s, i) => [s.id, i]));
  const rowsById = new Map<string, { pick: Pick; label: string; cells: (Partnership | null)[] }>();
  const nameOf = (id: string) => dataset.actorById.get(id)?.name[lang] ?? id;

  for (const p of partnerships) {
    const [a, b] = p.actors;
    const focusIn = a === dataset.focus.id || b === dataset.focus.id;
    const partner = a === dataset.focus.id ? b : a;
    const id = matrixRowId(dataset.focus.id, a, b);
    let row = rowsById.get(id);
    if (!row) {
      row = {
        pick: focusIn ? { kind: 'actor', id: partner } : { kind: 'relation', id },
        label: focusIn ? nameOf(partner) : `${nameOf(a)} – ${nameOf(b)}`,
        cells: sectors.map(() => null),
      };
      rowsById.set(id, row);
    }
    const at = column.get(p.sector);
    if (at !== undefined) row.cells[at] = p;
  }

  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const rows: SectorMatrixRow[] = [...rowsById].map(([id, row]) => {
    const present = row.cells.filter((c): c is Partnership => c !== null);
    return { id, ...row, strongest: strongestStatus(present.map((c) => c.status)) ?? 'ended' };
  });
  const filled = (row: SectorMatrixRow) => row.cells.filter(Boolean).length;
  rows.sort(
    (x, y) =>
      statusRank(x.strongest) - statusRank(y.strongest) || filled(y) - filled(x) || collator.compare(x.label, y.label),
  );

  return { sectors, rows, counts: toSectorCounts(sectors, partnerships) };
}

/** Partnerships per sector, stacked by status from the strongest; empty sectors are kept with a total of 0. */
export function toSectorCounts(sectors: readonly Sector[], partnerships: readonly Partnership[]): SectorCount[] {
  return sectors.map((sector) => {
    const inSector = partnerships.filter((p) => p.sector === sector.id);
    let from = 0;
    const segments: SectorStatusSegment[] = [];
    for (const status of STATUSES) {
      const ids = inSector.filter((p) => p.status === status).map((p) => p.id);
      if (ids.length === 0) continue;
      segments.push({ status, count: ids.length, from, to: from + ids.length, partnershipIds: ids });
      from += ids.length;
    }
    return { sector, total: inSector.length, segments };
  });
}
