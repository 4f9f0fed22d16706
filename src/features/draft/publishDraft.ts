import { checkIntegrity } from '../../data/checkIntegrity';
import type { DataIssue } from '../../data/dataIssue';
import { indexDataset, type Dataset } from '../../data/indexDataset';
import { parseDatasetJson } from '../../data/parseDatasetJson';
import type { DatasetJson } from '../../data/schema';
import { SOURCE_ID, toDatasetJson } from '../../extract/toDatasetJson';
import { dateMentionOf } from '../../extract/dates/attachDates';
import type { Draft } from '../../extract/types';
import { toSlug } from '../../text/fold';
import { locateCountries } from './locateCountries';
import type { ReviewRow } from './reviewRows';

export type Published = { ok: true; json: DatasetJson; dataset: Dataset } | { ok: false; issues: DataIssue[] };

/**
 * Builds the dataset from the accepted rows and puts it through the same checks as any file the
 * dashboard loads (shape, references, quotes found verbatim in the article), then indexes it.
 */
export async function publishDraft(draft: Draft, focus: string, rows: readonly ReviewRow[], people: readonly string[]): Promise<Published> {
  const accepted = rows.filter((r) => r.decision === 'accepted');
  const countries = [focus, ...accepted.flatMap((r) => r.actors)];
  const json = toDatasetJson({
    draft,
    focus,
    accepted: accepted.map((r) => ({
      actors: r.actors,
      sector: r.sector,
      status: r.status,
      // Each sentence's date as the draft stands now: its article date may have been corrected since the row was made.
      evidence: r.evidence.map((e) => ({ sentence: e.sentence, status: e.status, date: dateMentionOf(draft, e)?.value ?? undefined })),
    })),
    people,
    locations: await locateCountries(countries),
    textPath: sourceTextPath(draft, focus),
    ...(draft.articleDate ? { published: draft.articleDate.value } : {}),
  });
  const parsed = parseDatasetJson(json);
  if (!parsed.ok) return parsed;
  const texts = new Map([[SOURCE_ID, draft.text]]);
  const issues = checkIntegrity(parsed.value, texts);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, json: parsed.value, dataset: indexDataset(parsed.value, texts) };
}

/**
 * Where the article's text is published beside the dataset: named after its title, so that the
 * texts of several articles drafted into one dataset, even about the same country, do not share
 * a file name when they are downloaded.
 */
function sourceTextPath(draft: Draft, focus: string): string {
  return `sources/${articleSlug(draft) || `${focus.toLowerCase()}-article`}.txt`;
}

/** The article's title as a file name's stem, cut after a whole word within 60 characters; '' when it has none. */
export function articleSlug(draft: Draft): string {
  const slug = toSlug(draft.sentences[0]?.text ?? '');
  return slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '');
}

/**
 * The draft's JSON file, named after its article as its text is, so that the drafts of several
 * articles merged one after the other are told apart in the merge's notice and in a folder.
 */
export function draftFileName(draft: Draft, focus: string): string {
  return `${articleSlug(draft) || `${focus.toLowerCase()}-partnerships`}-draft.json`;
}

/** Offers a file to save, built in the page: nothing leaves the computer. */
export function downloadFile(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
