import type { Dataset, Partnership, Sector } from '../data/indexDataset';
import { memoizeLast } from './memoizeLast';
import { latestOf } from './datasetOn';
import { STATUSES, type Status, statusRank, strongestStatus } from '../model/statuses';
import type { EntityRef } from '../model/entityRef';
import { pairIdOf, relationActors, relationId } from '../model/entityRef';
import type { Lang } from '../model/lang';

/** One row of the partner x sector matrix: a partner of the focus, or a pair without the focus. */
export interface SectorMatrixRow {
  id: string;
  /** What clicking the row's name selects: the partner, or the pair when the focus is not in it. */
  pick: EntityRef;
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

/** `matrixRowId` of a partnership's pair, with the pair's id made once (`pairIdOf`): the breakdown asks it of every partnership. */
function partnershipRowId(focusId: string, p: Partnership): string {
  const [a, b] = p.actors;
  return a === focusId ? b : b === focusId ? a : pairIdOf(p.actors);
}

/**
 * The matrix row a pick stands for, if any: an actor's own row, the row holding a partnership,
 * or a relation's row (its partner's, when the focus is in the pair). Events have no row.
 */
export function matrixRowIdOf(dataset: Dataset, pick: EntityRef | null): string | null {
  if (!pick) return null;
  if (pick.kind === 'actor') return pick.id;
  if (pick.kind === 'relation') {
    const [a, b] = relationActors(pick.id);
    return matrixRowId(dataset.focus.id, a, b);
  }
  if (pick.kind === 'partnership') {
    const p = dataset.partnershipById.get(pick.id);
    return p ? partnershipRowId(dataset.focus.id, p) : null;
  }
  return null;
}

/**
 * One collator per language, built once: the first `Intl` object of a page loads its data, and
 * that, not the sorting, is what a first render of a small dataset pays for.
 */
const collatorFor = memoizeLast((lang: Lang) => new Intl.Collator(lang, { sensitivity: 'base', numeric: true }));

/** The rows' labels in the language's alphabetical order, per dataset (its actors) and language. */
const rankedLabels = new WeakMap<readonly unknown[], Map<Lang, Map<string, number>>>();

/**
 * Each label's place in the language's alphabetical order (labels the collator holds equal share
 * a place), kept for the dataset's actors, so that a filter or a date step sorts its rows by
 * number. At 50,000 partnerships the matrix has 38,000 rows, and comparing their labels with the
 * collator in every sort took about 95 ms of each filter and each step of the date slider.
 */
function labelRanks(actors: readonly unknown[], lang: Lang, rows: readonly SectorMatrixRow[]): ReadonlyMap<string, number> {
  let byLang = rankedLabels.get(actors);
  if (!byLang) rankedLabels.set(actors, (byLang = new Map()));
  const known = byLang.get(lang) ?? new Map<string, number>();
  if (rows.every((row) => known.has(row.label))) return known;
  const collator = collatorFor(lang);
  const labels = [...new Set([...known.keys(), ...rows.map((row) => row.label)])].sort(collator.compare);
  const ranks = new Map<string, number>();
  labels.forEach((label, i) => {
    const before = labels[i - 1];
    ranks.set(label, before !== undefined && collator.compare(before, label) === 0 ? ranks.get(before)! : i);
  });
  byLang.set(lang, ranks);
  return ranks;
}

const pairLabels = new WeakMap<readonly unknown[], Map<Lang, Map<string, string>>>();

/**
 * A pair's row label, made once per dataset (its actors) and language: each step of the date
 * slider is another dataset of the same actors, and a label made again is a new string, which
 * every lookup by label (`labelRanks`) hashes again: about 70 ms a step for 38,000 rows.
 */
function pairLabel(dataset: Dataset, lang: Lang, id: string, a: string, b: string): string {
  let byLang = pairLabels.get(dataset.actors);
  if (!byLang) pairLabels.set(dataset.actors, (byLang = new Map()));
  let labels = byLang.get(lang);
  if (!labels) byLang.set(lang, (labels = new Map()));
  let label = labels.get(id);
  if (label === undefined) {
    const nameOf = (actor: string) => dataset.actorById.get(actor)?.name[lang] ?? actor;
    label = `${nameOf(a)} – ${nameOf(b)}`;
    labels.set(id, label);
  }
  return label;
}

/**
 * The matrix rows and the per-sector counts of some partnerships (usually the filtered ones).
 * Rows come strongest status first, then the partner with most sectors, then by name, so the
 * matrix reads from the closest partners down to the ended ones.
 *
 * `reuse`, a breakdown of the same dataset in the same language (usually of every partnership),
 * lends its row and count objects wherever the new ones would be equal to them: the marks of a
 * row or a bar that a filter leaves as it was keep their props, and are not drawn again.
 */
export function toSectorBreakdown(
  dataset: Dataset,
  partnerships: readonly Partnership[],
  lang: Lang,
  reuse?: SectorBreakdown,
): SectorBreakdown {
  const sectors = dataset.sectors;
  const column = new Map(sectors.map((s, i) => [s.id, i]));
  const focusId = dataset.focus.id;
  const lent = new Map(reuse?.rows.map((row) => [row.id, row]));
  const rowsById = new Map<string, { pick: EntityRef; label: string; cells: (Partnership | null)[]; filled: number }>();
  const nameOf = (id: string) => dataset.actorById.get(id)?.name[lang] ?? id;

  for (const p of partnerships) {
    const [a, b] = p.actors;
    const id = partnershipRowId(focusId, p);
    let row = rowsById.get(id);
    if (!row) {
      const other = lent.get(id);
      const focusIn = a === focusId || b === focusId;
      const partner = a === focusId ? b : a;
      row = {
        pick: other?.pick ?? (focusIn ? { kind: 'actor', id: partner } : { kind: 'relation', id }),
        label: other?.label ?? (focusIn ? nameOf(partner) : pairLabel(dataset, lang, id, a, b)),
        cells: new Array<Partnership | null>(sectors.length).fill(null),
        filled: 0,
      };
      rowsById.set(id, row);
    }
    const at = column.get(p.sector);
    if (at !== undefined) {
      if (row.cells[at] === null) row.filled += 1;
      row.cells[at] = p;
    }
  }

  const filled = new Map<SectorMatrixRow, number>();
  const rows: SectorMatrixRow[] = [];
  for (const [id, row] of rowsById) {
    const other = lent.get(id);
    const same = other !== undefined && other.cells.every((cell, i) => cell === row.cells[i]);
    const out = same ? other : { id, pick: row.pick, label: row.label, cells: row.cells, strongest: strongestOf(row.cells) };
    filled.set(out, row.filled);
    rows.push(out);
  }
  // Each row's place as one number (status, then sectors filled, most first, then label), read
  // once per row rather than at each of a sort's comparisons.
  const rank = labelRanks(dataset.actors, lang, rows);
  const span = rank.size + 1;
  const keyed = rows.map((row) => ({
    row,
    key: (statusRank(row.strongest) * (sectors.length + 1) + (sectors.length - (filled.get(row) ?? 0))) * span + (rank.get(row.label) ?? 0),
  }));
  keyed.sort((x, y) => x.key - y.key);
  const sorted = keyed.map(({ row }) => row);

  return { sectors, rows: sorted, counts: toSectorCounts(sectors, partnerships, reuse?.counts) };
}

/** Per loaded dataset and point of view, the last breakdown made of every partnership of one of its dates. */
const lastWhole = new WeakMap<Dataset, { lang: Lang; breakdown: SectorBreakdown }>();

/**
 * The breakdown of every partnership of a dataset on its date. It borrows the rows and bars of the
 * last date's breakdown wherever they are unchanged (the same partnerships, `datasetOn`), so a
 * date step draws again only the rows and bars it changes.
 */
export function toWholeSectorBreakdown(dataset: Dataset, lang: Lang): SectorBreakdown {
  const latest = latestOf(dataset);
  const last = lastWhole.get(latest);
  const breakdown = toSectorBreakdown(dataset, dataset.partnerships, lang, last?.lang === lang ? last.breakdown : undefined);
  lastWhole.set(latest, { lang, breakdown });
  return breakdown;
}

function strongestOf(cells: readonly (Partnership | null)[]): Status {
  return strongestStatus(cells.flatMap((c) => (c ? [c.status] : []))) ?? 'ended';
}

/**
 * Partnerships per sector, stacked by status from the strongest; empty sectors are kept with a
 * total of 0. One pass over the partnerships, whatever the number of sectors. `reuse` lends its
 * counts where the new ones would be equal to them, as in `toSectorBreakdown`.
 */
export function toSectorCounts(
  sectors: readonly Sector[],
  partnerships: readonly Partnership[],
  reuse?: readonly SectorCount[],
): SectorCount[] {
  const ids = new Map(sectors.map((sector) => [sector.id, new Map<Status, string[]>()]));
  for (const p of partnerships) {
    const byStatus = ids.get(p.sector);
    if (!byStatus) continue;
    const list = byStatus.get(p.status);
    if (list) list.push(p.id);
    else byStatus.set(p.status, [p.id]);
  }
  return sectors.map((sector, i) => {
    const byStatus = ids.get(sector.id);
    let from = 0;
    const segments: SectorStatusSegment[] = [];
    for (const status of STATUSES) {
      const list = byStatus?.get(status);
      if (!list) continue;
      segments.push({ status, count: list.length, from, to: from + list.length, partnershipIds: list });
      from += list.length;
    }
    const other = reuse?.[i];
    return other && other.sector === sector && sameSegments(other.segments, segments) ? other : { sector, total: from, segments };
  });
}

function sameSegments(a: readonly SectorStatusSegment[], b: readonly SectorStatusSegment[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      return (
        y !== undefined &&
        x.status === y.status &&
        x.from === y.from &&
        x.to === y.to &&
        x.partnershipIds.every((id, j) => id === y.partnershipIds[j])
      );
    })
  );
}
