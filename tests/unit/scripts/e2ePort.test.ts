import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { e2ePort } from '../../../scripts/e2ePort.mjs';

/** Holds a port as `npm run preview` left open would; resolves null when something else already holds it. */
function hold(port: number): Promise<Server | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

function canListen(port: number): Promise<boolean> {
  return hold(port).then((server) => {
    server?.close();
    return server !== null;
  });
}

const held: Server[] = [];
const savedPort = process.env.E2E_PORT;

afterEach(() => {
  for (const server of held.splice(0)) server.close();
  if (savedPort === undefined) delete process.env.E2E_PORT;
  else process.env.E2E_PORT = savedPort;
});

describe('the port of the end-to-end server', () => {
  it('is a free one, not 4173, while another program holds 4173', async () => {
    const server = await hold(4173);
    if (server) held.push(server);
    expect(await canListen(4173)).toBe(false);
    const env: NodeJS.ProcessEnv = {};
    const port = e2ePort(env);
    expect(port).not.toBe(4173);
    expect(env.E2E_PORT).toBe(String(port));
    expect(await canListen(port)).toBe(true);
  });

  it('is chosen once: the worker processes, which inherit E2E_PORT, read the same port', () => {
    const env: NodeJS.ProcessEnv = {};
    const first = e2ePort(env);
    expect(e2ePort({ ...env })).toBe(first);
  });

  it('is E2E_PORT when it is set', () => {
    expect(e2ePort({ E2E_PORT: '4205' })).toBe(4205);
    expect(() => e2ePort({ E2E_PORT: 'soon' })).toThrow(/E2E_PORT must be a port number/);
  });

  it("is what Playwright's config serves the site on and points the browser at", async () => {
    const server = await hold(4173);
    if (server) held.push(server);
    delete process.env.E2E_PORT;
    const { default: config } = await import('../../../playwright.config');
    const port = Number(process.env.E2E_PORT);
    expect(port).not.toBe(4173);
    const webServer = Array.isArray(config.webServer) ? config.webServer[0] : config.webServer;
    expect(webServer?.command).toContain(`--port ${port}`);
    expect(config.use?.baseURL).toBe(`http://127.0.0.1:${port}/`);
  });
});
