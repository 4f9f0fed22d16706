/** The entry to drafting a dataset from an article; filled by its own issue. */
export function DraftTools() {
  return null;
}
