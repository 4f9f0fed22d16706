import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';

/** What a command reads and writes besides its arguments, so that tests can run it in-process. */
export interface CliIo {
  /** The folder that relative paths on the command line are read from. */
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input, read whole. */
  readStdin(): Promise<Uint8Array>;
}

/** Exit codes: a problem found in what was read, or a command line that cannot be run. */
export const EXIT = { ok: 0, problem: 1, usage: 2 } as const;

export function processIo(): CliIo {
  return {
    // `npm run` starts scripts in the package's folder; INIT_CWD is where the person typed the command.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
}

export type ArgumentFile = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** A file named on the command line, or standard input for `-`; a failure is a sentence naming the file. */
export async function readArgumentFile(name: string, io: CliIo): Promise<ArgumentFile> {
  if (name === '-') return { ok: true, bytes: await io.readStdin() };
  try {
    return { ok: true, bytes: new Uint8Array(await readFile(resolveArgument(name, io))) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : `cannot be read (${code ?? String(error)})`;
    return { ok: false, message: `${name}: ${why}` };
  }
}

/** How messages name a file given on the command line. */
export function labelOf(name: string): string {
  return name === '-' ? '(standard input)' : name;
}

export function resolveArgument(name: string, io: CliIo): string {
  return isAbsolute(name) ? name : resolve(io.cwd, name);
}

/** Node's own message for a command line it cannot parse, without its advice on positionals. */
export function argumentError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('. ')[0]!.replace(/\.$/, '');
}
