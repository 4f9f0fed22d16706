import { processIo } from './cliIo';
import { runValidate } from './validateCommand';

process.exitCode = await runValidate(process.argv.slice(2), processIo());
