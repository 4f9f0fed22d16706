// The port the end-to-end tests serve the built site on. Playwright evaluates its config in the
// runner and again in each worker process, so the port is chosen once, in the runner, and written
// to E2E_PORT: the workers, started later from the runner, inherit it and read the same port. A
// port taken from the system is free when chosen, so a `npm run preview` left open on 4173, or a
// second run of the tests beside this one, does not stop the tests.
import { execFileSync } from 'node:child_process';

// Binding port 0 lets the system pick a free port. It is asked of a short child process, since
// binding is asynchronous and a Playwright config is read synchronously.
const FREE_PORT =
  "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";

/**
 * E2E_PORT when it is set; otherwise a free port, written to `env.E2E_PORT` for the processes
 * started after this.
 * @param {NodeJS.ProcessEnv} env
 * @returns {number}
 */
export function e2ePort(env = process.env) {
  if (!env.E2E_PORT) env.E2E_PORT = execFileSync(process.execPath, ['-e', FREE_PORT], { encoding: 'utf8' }).trim();
  const port = Number(env.E2E_PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`E2E_PORT must be a port number, not "${env.E2E_PORT}"`);
  return port;
}
