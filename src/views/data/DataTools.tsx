/** Controls to load one's own data; filled by the own-data issue. */
export function DataTools() {
  return null;
}
