import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetFromJson } from '../import/datasetFromJson';
import { decodeText } from '../import/decodeText';
import { loadCountryPlacesOrNone } from '../import/countryPlaces';
import { isoDate, sourceJson } from '../data/schema';
import { problemOf } from '../data/schemaProblems';
import { describeIssue, describeProblem } from '../i18n/describeIssue';
import { en } from '../i18n/en';
import { plural } from '../i18n/plural';
import { extractDraft, normalizeArticle } from '../extract/extractDraft';
import { asProposed, SOURCE_ID, toDatasetJson } from '../extract/toDatasetJson';
import type { ArticleLang, Draft } from '../extract/types';
import { argumentError, EXIT, labelOf, readArgumentFile, resolveArgument, type CliIo } from './cliIo';

export const DRAFT_USAGE = `Usage: npm run draft -- <article.txt | -> [--lang fr|en] [--focus MLI] [--date YYYY-MM-DD]

Prints to standard output a draft dataset (schema version 2) drafted from a French or English
article: every candidate partnership between two actors it names, with the sentences behind it
(each with its own status), none reviewed; the focus is the dataset's point of view.
  -                 read the article from standard input
  --lang fr|en      the article's language (guessed from its words when not given)
  --focus ID        the dataset's point of view, the partner understood where a clause names one
                    actor only; among those the article names (ISO alpha-3 such as MLI, or UN, AU,
                    ECOWAS, EU, NATO, AES); the most named by default
  --date YYYY-MM-DD the article's date, the source's "published" date, which undated claims take
                    and relative dates ("last year") are placed against; read from its dateline when not given
  -h, --help        this help
Save the output in the folder you run it from (npm run -s draft -- a.txt > a.json):
the dataset names the article by its path from there, so that its quotes can be checked.
`;

interface DraftOptions {
  file: string;
  lang?: ArticleLang;
  focus?: string;
  date?: string;
}

type CommandLine = { kind: 'help' } | { kind: 'wrong'; message: string } | ({ kind: 'run' } & DraftOptions);

/** `npm run draft`: an article in, an unreviewed draft dataset out, checked like any dataset before it is printed. */
export async function runDraft(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (message: string, code: number) => {
    io.stderr(`draft: ${message}\n${code === EXIT.usage ? 'Run npm run draft -- --help for usage.\n' : ''}`);
    return code;
  };
  const line = readCommandLine(argv);
  if (line.kind === 'help') {
    io.stdout(DRAFT_USAGE);
    return EXIT.ok;
  }
  if (line.kind === 'wrong') return fail(line.message, EXIT.usage);
  const { file } = line;
  const label = labelOf(file);

  const read = await readArgumentFile(file, io);
  if (!read.ok) return fail(read.message, EXIT.problem);
  const decoded = decodeText(label, read.bytes);
  if (!decoded.ok) return fail(decoded.issues.map((issue) => describeIssue(issue, 'en', en)).join('\n'), EXIT.problem);
  const text = normalizeArticle(decoded.value);

  const draft = extractDraft(text, { ...(line.lang ? { lang: line.lang } : {}), ...(line.date ? { date: line.date } : {}) });
  if (!draft.focus) return fail(`${label}: the article names no country or organization to draft partnerships for`, EXIT.problem);
  const focused = line.focus === undefined ? draft : refocus(draft, line.focus);
  if (!focused)
    return fail(
      `--focus ${line.focus}: the article does not name it; it names ${draft.focusRanking.map((r) => r.id).join(', ')}`,
      EXIT.usage,
    );
  const focus = focused.focus!;
  if (focused.candidates.length === 0) return fail(`${label}: no candidate partnership found`, EXIT.problem);

  const textPath = sourceTextPath(file, io);
  const placeOf = await loadCountryPlacesOrNone();
  const json = toDatasetJson({
    draft: focused,
    focus,
    accepted: asProposed(focused.candidates),
    people: [],
    locations: new Map(
      [focus, ...focused.candidates.flatMap((c) => c.actors)].flatMap((id) => {
        const place = placeOf(id);
        return place ? [[id, place] as const] : [];
      }),
    ),
    ...(textPath ? { textPath } : {}),
    ...(focused.articleDate ? { published: focused.articleDate.value } : {}),
    reviewed: false,
  });
  const checked = datasetFromJson(json, new Map([[SOURCE_ID, text]]));
  if (!checked.ok) return fail(checked.issues.map((issue) => describeIssue(issue, 'en', en)).join('\n'), EXIT.problem);

  io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  const count = (n: number, noun: string) => `${n} ${plural('en', n, noun, `${noun}s`)}`;
  const claims = json.partnerships.reduce((n, p) => n + p.evidence.length, 0);
  const found = `${count(json.partnerships.length, 'candidate partnership')} between ${count(json.actors.length, 'actor')}, seen from ${focus}`;
  io.stderr(`draft: ${found}, from ${count(claims, 'claim')} (${focused.lang}), none reviewed.\n`);
  if (!textPath) {
    const why = file === '-' ? 'read from standard input' : `as ${file} has no path the format allows from this folder`;
    io.stderr(`draft: the dataset does not name the article's text, ${why}, so its quotes cannot be checked later.\n`);
  }
  return EXIT.ok;
}

function readCommandLine(argv: readonly string[]): CommandLine {
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: { lang: { type: 'string' }, focus: { type: 'string' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    }));
  } catch (error) {
    return { kind: 'wrong', message: argumentError(error) };
  }
  if (values.help) return { kind: 'help' };
  const [file, ...extra] = positionals;
  if (file === undefined) return { kind: 'wrong', message: 'name the article file, or - to read it from standard input' };
  if (extra.length > 0) return { kind: 'wrong', message: `one article at a time (also given: ${extra.join(' ')})` };
  const { lang, focus, date } = values;
  if (lang !== undefined && lang !== 'fr' && lang !== 'en') return { kind: 'wrong', message: `--lang is fr or en, not "${lang}"` };
  if (date !== undefined) {
    const checked = isoDate.safeParse(date);
    if (!checked.success)
      return { kind: 'wrong', message: `--date ${date}: ${describeProblem(problemOf(checked.error.issues[0]!), 'en', en)}` };
  }
  return { kind: 'run', file, lang, focus, date };
}

/** The draft again with the focus asked for, matched to an actor the article names whatever its case; null if it names none such. */
function refocus(draft: Draft, wanted: string): Draft | null {
  const focus = draft.focusRanking.find((r) => r.id.toUpperCase() === wanted.toUpperCase())?.id;
  if (!focus) return null;
  return focus === draft.focus
    ? draft
    : extractDraft(draft.text, {
        lang: draft.lang,
        focus,
        ...(draft.articleDate?.source === 'given' ? { date: draft.articleDate.value } : {}),
      });
}

/**
 * The article's path from the folder the command runs in, which is where `> draft.json` writes:
 * the dataset names its source's text relative to itself. None for standard input, or for a path
 * the format does not allow (outside this folder, or with other characters).
 */
function sourceTextPath(file: string, io: CliIo): string | undefined {
  if (file === '-') return undefined;
  const path = relative(io.cwd, resolveArgument(file, io)).split('\\').join('/');
  return sourceJson.def.shape.text.safeParse(path).success ? path : undefined;
}
