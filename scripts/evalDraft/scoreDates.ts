/** A relation with the dates it is given: annotated, one date; drafted, the date of each of its evidence. */
export interface DatedRelation {
  actors: readonly [string, string];
  sector: string;
  dates: readonly string[];
}

export interface DateCount {
  /** Distinct annotated (pair, sector, date) whose date a drafted relation of that pair and sector carries. */
  found: number;
  /** Of the annotated ones, those whose pair and sector were drafted at all. */
  drafted: number;
  annotated: number;
}

const pairSector = (r: { actors: readonly [string, string]; sector: string }) => [...r.actors].sort().concat(r.sector).join(' ');

/**
 * How many of an article's annotated relation dates the draft finds. A drafted relation carries a
 * date when one of its evidence has it: the date its sentence speaks of, else the article's date.
 * Dates must agree exactly, at the annotation's precision (`2024`, `2024-09` or `2024-09-16`).
 */
export function scoreDates(annotated: readonly DatedRelation[], drafted: readonly DatedRelation[]): DateCount {
  const draftedDates = new Map<string, Set<string>>();
  for (const r of drafted) draftedDates.set(pairSector(r), new Set([...(draftedDates.get(pairSector(r)) ?? []), ...r.dates]));
  const wanted = new Map<string, [string, string]>();
  for (const r of annotated) for (const date of r.dates) wanted.set(`${pairSector(r)} ${date}`, [pairSector(r), date]);
  let found = 0;
  let withPair = 0;
  for (const [key, date] of wanted.values()) {
    const dates = draftedDates.get(key);
    if (dates) withPair += 1;
    if (dates?.has(date)) found += 1;
  }
  return { found, drafted: withPair, annotated: wanted.size };
}

/** Counts of several articles added up. */
export function sumDates(counts: readonly DateCount[]): DateCount {
  return counts.reduce((a, c) => ({ found: a.found + c.found, drafted: a.drafted + c.drafted, annotated: a.annotated + c.annotated }), {
    found: 0,
    drafted: 0,
    annotated: 0,
  });
}
