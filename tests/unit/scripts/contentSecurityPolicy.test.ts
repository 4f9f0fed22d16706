import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, toContentSecurityPolicy, withContentSecurityPolicy } from '../../../scripts/contentSecurityPolicy';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const page = (head: string, body = '<div id="root"></div>') => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="UTF-8" />
    ${head}
  </head>
  <body>${body}</body>
</html>`;

describe('inlineHashes', () => {
  it('hashes each inline script and style exactly as written, and leaves scripts with a src alone', () => {
    const script = 'if(!/[?&]data=/.test(location.search)){}';
    const style = ':root{color:#111}\n.a{margin:0}';
    const html = page(
      `<script type="module" crossorigin src="./assets/index.js"></script><style>${style}</style><script>${script}</script>`,
    );
    expect(inlineHashes(html)).toEqual({ scripts: [sha(script)], styles: [sha(style)] });
  });

  it('ends a script at its closing tag, as the browser does, whatever markup its strings hold', () => {
    const script = 'const s=`<style>x</style><script>y<\\/script>`;';
    expect(inlineHashes(page(`<script type="module">${script}</script>`)).scripts).toEqual([sha(script)]);
  });

  it('fails on a style or event handler attribute, which no hash can allow', () => {
    expect(() => inlineHashes(page('', '<p style="margin: 0">Loading</p>'))).toThrow(/inline style attribute/);
    expect(() => inlineHashes(page('', '<img src="x" onerror="alert(1)">'))).toThrow(/inline onerror attribute/);
  });

  it('does not mistake markup inside a comment or a script for the page’s own', () => {
    const html = page('<!-- <p style="x"> --><script>document.body.innerHTML = \'<p style="x">\'</script>');
    expect(inlineHashes(html).scripts).toHaveLength(1);
  });
});

describe('toContentSecurityPolicy', () => {
  it('refuses everything by default and allows each need from its own place', () => {
    const policy = toContentSecurityPolicy({ scripts: ["'sha256-a'"], styles: ["'sha256-b'", "'sha256-b'"] });
    expect(policy.split('; ')).toEqual([
      "default-src 'none'",
      "script-src 'self' 'sha256-a'",
      "style-src 'self' 'sha256-b'",
      "img-src 'self' data: blob: https://tile.openstreetmap.org",
      "connect-src 'self' https:",
      "worker-src 'self'",
      "frame-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(policy).not.toMatch(/unsafe/);
  });

  it('allows the one-file build’s workers from blob: alone, where its inlined layout worker starts, and nothing of its own site', () => {
    const policy = toContentSecurityPolicy({ scripts: [], styles: [] }, { workers: ['blob:'] });
    expect(policy.split('; ')).toContain('worker-src blob:');
    expect(policy).not.toMatch(/worker-src[^;]*(self|data:)/);
  });
});

describe('withContentSecurityPolicy', () => {
  it('puts the policy right after the charset, before every element it governs', () => {
    const html = withContentSecurityPolicy(page('<style>a{}</style>'));
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(meta).toBeLessThan(html.indexOf('<style>'));
    expect(html).toContain(`style-src 'self' ${sha('a{}')};`);
  });

  it('writes one policy, from the page as it is now, when a page is given its policy again', () => {
    const once = withContentSecurityPolicy(page('<style>a{}</style>'));
    const changed = withContentSecurityPolicy(once.replace('a{}', 'b{}'));
    expect(changed.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(changed).toContain(sha('b{}'));
    expect(changed).not.toContain(sha('a{}'));
  });

  it('writes the workers’ sources it is given into the page’s policy', () => {
    expect(withContentSecurityPolicy(page(''), { workers: ['blob:'] })).toContain('worker-src blob:;');
  });

  it('fails on a page without a charset, where the policy has no place to go first', () => {
    expect(() => withContentSecurityPolicy('<html><head></head></html>')).toThrow(/no <meta charset>/);
  });
});
