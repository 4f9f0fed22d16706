// `npm run eval:draft`: scores the draft tool against the hand-annotated corpus in
// tests/fixtures/draftCorpus/. The work is in scripts/evalDraft/main.ts; Node 20 cannot run
// TypeScript, so Vite's module runner loads it as the app's own code is loaded, with no extra
// dependency and no build step.
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport(fileURLToPath(new URL('./evalDraft/main.ts', import.meta.url)), {
  root,
  configFile: false,
  logLevel: 'error',
});
process.exitCode = /** @type {{ main: (args: string[]) => number }} */ (module).main(process.argv.slice(2));
