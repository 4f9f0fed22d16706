import { processIo } from './cliIo';
import { runDraft } from './draftCommand';

process.exitCode = await runDraft(process.argv.slice(2), processIo());
