/**
 * Hands out ids that were not handed out before: "un", then "un-2", "un-3". Two organizations
 * whose names fold to the same id ("U.N." and "UN") stay two actors.
 */
export function uniqueIds(reserved: readonly string[] = []) {
  const used = new Set(reserved);
  return {
    take(id: string): string {
      let candidate = id;
      for (let n = 2; used.has(candidate); n += 1) candidate = `${id.slice(0, 60)}-${n}`;
      used.add(candidate);
      return candidate;
    },
  };
}
