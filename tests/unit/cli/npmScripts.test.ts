import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('the npm scripts of the command line', () => {
  it('build the commands and run them in a fresh process, as after npm ci', { timeout: 120_000 }, async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'validate', '--', 'public/data/partnerships-template.csv'], {
      env: { ...process.env, INIT_CWD: process.cwd() },
    });
    expect(stdout).toBe(
      'public/data/partnerships-template.csv: valid: 5 actors, 4 partnerships, 1 source, schema version 2 (converted from CSV)\n',
    );
  });
});
