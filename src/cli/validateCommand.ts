import { pathToFileURL, fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { DataIssue, Result } from '../data/dataIssue';
import type { Dataset } from '../data/indexDataset';
import { parseDatasetText, type Fetcher } from '../data/loadDataset';
import { csvToDataset } from '../import/csvToDataset';
import { detectFormat } from '../import/readInput';
import { describeIssue } from '../i18n/describeIssue';
import { en } from '../i18n/en';
import { plural } from '../i18n/plural';
import { argumentError, EXIT, labelOf, readArgumentFile, resolveArgument, type CliIo } from './cliIo';

export const VALIDATE_USAGE = `Usage: npm run validate -- <file.json | file.csv>...

Checks each dataset file as the dashboard does when it loads one: JSON in the published format
(its source texts read from beside it, every quote looked up in them) or a CSV of partnerships.
Prints each problem with its place and exits with 1 if there is one; else prints a summary line.
  -h, --help  this help
`;

/** `npm run validate`: each file through the app's own loading road, its problems worded as the app words them in English. */
export async function runValidate(argv: readonly string[], io: CliIo): Promise<number> {
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true }));
  } catch (error) {
    io.stderr(`validate: ${argumentError(error)}\nRun npm run validate -- --help for usage.\n`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout(VALIDATE_USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) {
    io.stderr('validate: name at least one file, .json or .csv\nRun npm run validate -- --help for usage.\n');
    return EXIT.usage;
  }
  let code: number = EXIT.ok;
  for (const file of positionals) {
    const result = await validateFile(file, io);
    if (result.ok) io.stdout(`${labelOf(file)}: valid: ${result.summary}\n`);
    else {
      code = EXIT.problem;
      for (const line of result.problems) io.stdout(`${line}\n`);
    }
  }
  return code;
}

type Validated = { ok: true; summary: string } | { ok: false; problems: string[] };

async function validateFile(file: string, io: CliIo): Promise<Validated> {
  const read = await readArgumentFile(file, io);
  if (!read.ok) return { ok: false, problems: [read.message] };
  const label = labelOf(file);
  const utf8 = new TextDecoder().decode(read.bytes);
  const format = detectFormat(file, utf8);
  const result: Result<Dataset> =
    format === 'csv' ? await csvToDataset(label, read.bytes) : await parseDatasetText(label, utf8, baseUrlOf(file, io), readLocalText);
  if (!result.ok) return { ok: false, problems: result.issues.map((issue) => describeIssue(inFileOf(issue, label), 'en', en)) };
  const { actors, partnerships, sources } = result.value;
  const version = format === 'csv' ? '2 (converted from CSV)' : versionOf(utf8);
  return {
    ok: true,
    summary: `${count(actors.length, 'actor')}, ${count(partnerships.length, 'partnership')}, ${count(sources.length, 'source')}, schema version ${version}`,
  };
}

/** Source texts are read from the dataset's own folder, as a page fetches them from beside the file. */
function baseUrlOf(file: string, io: CliIo): string {
  return pathToFileURL(file === '-' ? `${io.cwd}/-` : resolveArgument(file, io)).href;
}

const readLocalText: Fetcher = async (url) => {
  try {
    return new Response(await readFile(fileURLToPath(url)));
  } catch {
    return new Response(null, { status: 404, statusText: 'Not Found' });
  }
};

/** Every line names its file, as several files may be checked at once. */
function inFileOf(issue: DataIssue, file: string): DataIssue {
  return issue.at.file ? issue : { ...issue, at: { file, ...issue.at } };
}

function versionOf(text: string): string {
  const version = (JSON.parse(text) as { schemaVersion?: unknown }).schemaVersion;
  if (version === 1) return '1 (read as 2)';
  return String(version);
}

const count = (n: number, noun: string) => `${n} ${plural('en', n, noun, `${noun}s`)}`;
