import type { DatasetJson, DatasetJsonV1 } from './schema';

/**
 * Version 1 to version 2, losing nothing: each partnership's one status becomes the status of each
 * of its quotes, which stay undated (their source's `published` date stands for them, as version 1
 * meant), and the focus stays the dataset's point of view.
 */
export function migrateV1(json: DatasetJsonV1): DatasetJson {
  const { partnerships, ...rest } = json;
  return {
    ...rest,
    schemaVersion: 2,
    partnerships: partnerships.map(({ status, evidence, ...partnership }) => ({
      ...partnership,
      evidence: evidence.map((quote) => ({ ...quote, status })),
    })),
  };
}
