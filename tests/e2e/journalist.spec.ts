import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Locator, Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './support/test';
import { openTool } from './support/toolbar';
import { openArticle } from './fixtures/embedHost';

type Shown = 'map' | 'network' | 'sectors' | 'table' | 'timeline';
const VIEWS: readonly Shown[] = ['map', 'network', 'sectors', 'table', 'timeline'];
/** The article columns the issue measured: a phone's and a news site's. */
const COLUMNS = [
  { width: 360, preset: 'Téléphone (360 px)' },
  { width: 640, preset: 'Colonne d’article (640 px)' },
] as const;
const VIEW_RADIO: Record<Shown, string> = {
  map: 'Carte des partenaires',
  network: 'Réseau des acteurs et de leurs liens',
  sectors: 'Partenaires et partenariats par secteur',
  table: 'Tableau des partenariats',
  timeline: 'Frise chronologique',
};
/** What each embed shows once it is drawn. */
const READY: Record<Shown, string> = {
  map: '.map-place__label',
  network: '.network-node',
  sectors: '.sector-bars svg',
  table: '.embed__view tbody tr, .embed__view [role="listitem"], .embed__view li',
  timeline: '.timeline__list li',
};

async function openDashboard(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.locator('.map-place__label').first()).toBeAttached({ timeout: 15_000 });
  await expect(page.locator('.leaflet-pane path.map-country').first()).toBeAttached({ timeout: 15_000 });
}

async function frameOf(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  return frame;
}

/** How the embed sits in its iframe: inner scroll both ways, and content that runs past the frame's bottom or sides. */
async function measureFit(frame: Frame) {
  return frame.evaluate(() => {
    const root = document.documentElement;
    const main = document.querySelector('main.embed')?.getBoundingClientRect();
    return {
      down: root.scrollHeight - root.clientHeight,
      sideways: root.scrollWidth - root.clientWidth,
      content: Math.ceil(main?.height ?? 0),
      frame: root.clientHeight,
      cutBelow: Math.max(0, Math.ceil((main?.bottom ?? 0) - root.clientHeight)),
    };
  });
}

test('the plain iframe measured in the Embed dialog fits every view in 360 and 640 px columns, as the self-sizing one does: no inner scroll, nothing cut', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openDashboard(page);
  await openTool(page, 'Intégrer');
  const dialog = page.getByRole('dialog', { name: 'Intégrer un graphique dans un article' });
  const columns = dialog.getByRole('group', { name: 'Largeur de la colonne de l’article' });
  const cases: { view: Shown; width: number; responsive: string; script: string; measured: number }[] = [];
  for (const view of VIEWS) {
    await dialog.getByRole('radio', { name: VIEW_RADIO[view], exact: true }).check();
    for (const column of COLUMNS) {
      await columns.getByRole('radio', { name: column.preset }).check();
      const status = dialog.getByRole('status').filter({ hasText: /Hauteur mesurée|Mesure de la hauteur/ });
      await expect(status).toContainText(`Hauteur mesurée pour une colonne de ${column.width}\u00a0px`, { timeout: 20_000 });
      const measured = Number(/\u00a0: ([\d\s\u202f]+)\u00a0px\./.exec((await status.textContent()) ?? '')?.[1]?.replace(/\D/g, ''));
      const responsive = await dialog.getByRole('textbox', { name: 'Iframe adaptable' }).inputValue();
      const script = await dialog.getByRole('textbox', { name: 'Iframe à hauteur automatique' }).inputValue();
      expect(responsive, `${view} at ${column.width}: the plain iframe carries a height measured for that width`).toMatch(/height:\d+px/);
      cases.push({ view, width: column.width, responsive, script, measured });
    }
  }
  await page.screenshot({ path: 'test-results/screens/journalist-embed-dialog-measured.png' });
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // The measure is the view's own: the table at 360 px is not the table at 640 px.
  const tableAt = (width: number) => cases.find((c) => c.view === 'table' && c.width === width)?.measured ?? 0;
  expect(tableAt(360)).not.toBe(tableAt(640));

  // One article page holds all twenty iframes, each in a column of its width, the plain ones
  // and the self-sizing ones side by side; the viewport is tall enough for every lazy one to load.
  const cell = (kind: string, c: (typeof cases)[number], snippet: string) =>
    `<div class="cell" data-case="${kind}-${c.view}-${c.width}" style="width:${c.width}px;flex:none">${snippet}</div>`;
  const body = `<div style="display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start">${cases
    .map((c) => cell('responsive', c, c.responsive) + cell('script', c, c.script))
    .join('')}</div>`;
  await page.setViewportSize({ width: 2060, height: 7000 });
  await openArticle(page, body);
  for (const c of cases) {
    for (const kind of ['responsive', 'script'] as const) {
      const iframe = page.locator(`[data-case="${kind}-${c.view}-${c.width}"] iframe`);
      const frame = await frameOf(iframe);
      const label = `${kind} ${c.view} at ${c.width} px`;
      await expect(frame.locator(READY[c.view]).first(), label).toBeVisible({ timeout: 20_000 });
      await expect.poll(async () => (await measureFit(frame)).down, { message: `${label}: no inner scroll` }).toBeLessThanOrEqual(0);
      const f = await measureFit(frame);
      expect(f.sideways, `${label}: no sideways scroll`).toBeLessThanOrEqual(0);
      expect(f.cutBelow, `${label}: nothing cut at the bottom`).toBe(0);
      if (kind === 'script')
        expect(Math.abs(f.frame - f.content), `${label}: the script sizes the frame to its content`).toBeLessThanOrEqual(1);
      // The measured height is the content's, plus a few pixels for a reader's other fonts.
      else expect(f.frame - f.content, `${label}: the frame is not much taller than its content`).toBeLessThanOrEqual(30);
    }
  }
  await page.setViewportSize({ width: 2060, height: 2400 });
  await page.screenshot({ path: 'test-results/screens/journalist-embeds-host.png' });
});

test('a page that listens only for Datawrapper’s height message sizes the embed, and the atlas’s own message still goes out', async ({
  page,
}) => {
  const listener = `<script>
    window.messages = [];
    window.addEventListener('message', function (event) {
      window.messages.push(event.data);
      var heights = event.data && event.data['datawrapper-height'];
      if (!heights) return;
      var frames = document.querySelectorAll('iframe');
      for (var id in heights) for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === event.source) frames[i].style.height = heights[id] + 'px';
    });
  </script>`;
  await openArticle(
    page,
    `${listener}<iframe src="../?embed=timeline&lang=fr" title="Frise" style="display:block;width:100%;height:150px;border:0"></iframe>`,
  );
  const iframe = page.locator('iframe');
  const frame = await frameOf(iframe);
  await expect(frame.locator(READY.timeline).first()).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await measureFit(frame)).down).toBeLessThanOrEqual(0);
  const { content, frame: frameHeight } = await measureFit(frame);
  expect(Math.abs(frameHeight - content)).toBeLessThanOrEqual(1);
  const messages = (await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages)) as Record<string, unknown>[];
  const datawrapper = messages.filter((m) => m && typeof m === 'object' && 'datawrapper-height' in m).at(-1)?.[
    'datawrapper-height'
  ] as Record<string, number>;
  const [chartId, height] = Object.entries(datawrapper)[0] ?? [];
  expect(height).toBe(content);
  // Older Datawrapper listeners find the iframe whose address contains the chart id.
  expect(await iframe.getAttribute('src')).toContain(chartId);
  expect(messages.some((m) => m && m.type === 'partnership-atlas:height' && m.height === content)).toBe(true);
});

/** Width and height from the IHDR chunk of a PNG file. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function download(page: Page, dialog: Locator, button: RegExp): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: button }).click()]);
  await expect(dialog.getByRole('status').filter({ hasText: 'Téléchargé' })).toHaveText(`Téléchargé : ${file.suggestedFilename()}`);
  return readFileSync(await file.path());
}

/** What an exported SVG holds, read as a design tool would: its size, texts, description, page-only attributes, and the chart's box. */
async function readSvg(page: Page, svg: Buffer) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    const chart = [...root.children].find((c) => c.localName === 'svg');
    return {
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      chartHeight: Number(chart?.getAttribute('height')),
      chartWidth: Number(chart?.getAttribute('width')),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      desc: root.querySelector(':scope > desc')?.textContent ?? '',
      pageOnly: [...doc.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes]
          .filter((a) => /^aria-|^tabindex$|^on/i.test(a.name) || (a.name === 'role' && el !== root))
          .map((a) => `${el.localName}[${a.name}="${a.value}"]`),
      ),
    };
  }, svg.toString('utf8'));
}

test('the map exported with a selection and filters is a landscape picture the map leads, names the selection, prints no screen-only text, and comes with alt text in both languages', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDashboard(page, '?status=active,exploring,potential&select=RUS');
  await expect(page.locator('.network-node').first()).toBeAttached({ timeout: 15_000 });
  await expect(page.locator('.sector-bars svg').first()).toBeAttached({ timeout: 15_000 });
  // Every text the page gives only to screen readers, or to a control: none may reach a picture.
  const screenOnly = await page.evaluate(() =>
    [...document.querySelectorAll('.views .visually-hidden, .views [aria-label], .views [aria-describedby]')]
      .flatMap((el) => [el.classList.contains('visually-hidden') ? (el.textContent ?? '') : '', el.getAttribute('aria-label') ?? ''])
      .map((s) => s.trim())
      .filter((s) => s.length > 24),
  );
  expect(
    screenOnly.some((s) => /flèches/.test(s)),
    'the map frame has its keyboard label',
  ).toBe(true);

  await openTool(page, 'Exporter');
  const dialog = page.getByRole('dialog', { name: 'Exporter un graphique ou les données' });
  await dialog.getByRole('radio', { name: 'Carte' }).check();
  const altFr = dialog.getByRole('textbox', { name: 'Texte alternatif en français' });
  const altEn = dialog.getByRole('textbox', { name: 'Texte alternatif en anglais' });
  await expect(altFr).toHaveValue(/^Les partenariats du Mali\. Carte du monde\s:\sMali relié à 3 partenaires/);
  await expect(altFr).toHaveValue(/filtres\s:\sactif, en discussion, potentiel\./);
  await expect(altFr).toHaveValue(/actif \(Russie et Chine\)\s;\spotentiel \(Turquie\)/);
  await expect(altFr).toHaveValue(
    /Sélection mise en avant\s:\sRussie \(sécurité\s:\sactif, en renforcement\s;\sénergie, transport, agriculture, éducation\s:\sen discussion\)\s;\sle reste est estompé\./,
  );
  await expect(altEn).toHaveAttribute('lang', 'en');
  await expect(altEn).toHaveValue(
    /^Mali's partnerships\. World map: Mali linked to 3 partners.*Highlighted selection: Russia \(security: active, strengthening; .*\); the rest is faded\./,
  );
  await dialog.getByRole('button', { name: 'Copier : Texte alternatif en anglais' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await altEn.inputValue());
  await page.screenshot({ path: 'test-results/screens/journalist-export-dialog-alt-text.png' });
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  const map = await readSvg(page, await download(page, dialog, /^SVG/));
  expect(map.texts).toContain('Carte des partenaires · Sélection\u00a0: \u2068Russie\u2069');
  expect(map.desc).toBe(await altFr.inputValue());
  expect(map.pageOnly).toEqual([]);
  expect(map.texts.filter((t) => screenOnly.some((s) => s.includes(t) && t.length > 24))).toEqual([]);
  expect(map.texts.join(' ')).not.toMatch(/flèches|clavier|zoomer/);
  expect(map.width, 'a landscape picture').toBeGreaterThan(map.height);
  expect(map.chartHeight / map.height, 'the map takes most of the picture’s height').toBeGreaterThan(0.65);
  expect((map.chartWidth * map.chartHeight) / (map.width * map.height), 'and half of its area').toBeGreaterThan(0.5);
  const png = await download(page, dialog, /^PNG/);
  expect(pngSize(png)).toEqual({ width: map.width * 2, height: map.height * 2 });

  for (const chart of ['Réseau', 'Secteurs']) {
    await dialog.getByRole('radio', { name: chart }).check();
    const other = await readSvg(page, await download(page, dialog, /^SVG/));
    expect(other.pageOnly, chart).toEqual([]);
    expect(
      other.texts.filter((t) => screenOnly.some((s) => s.includes(t) && t.length > 24)),
      chart,
    ).toEqual([]);
    expect(
      other.texts.some((t) => t.endsWith('· Sélection\u00a0: \u2068Russie\u2069')),
      chart,
    ).toBe(true);
  }
  await page.setContent(
    `<body style="margin:0;background:#8a8a8a"><img alt="export" src="data:image/png;base64,${png.toString('base64')}"></body>`,
  );
  await page.screenshot({ path: 'test-results/screens/journalist-export-map-selection.png', fullPage: true });
});

test('each embedded view has its own page whose head gives crawlers its title, description and picture, and which boots into that view', async ({
  page,
  request,
}) => {
  const heads = new Map<string, Record<string, string>>();
  const pages = ['index.html', ...VIEWS.flatMap((v) => [`embed-${v}-fr.html`, `embed-${v}-en.html`])];
  for (const name of pages) {
    const html = await (await request.get(`./${name}`)).text();
    // Read as a crawler reads it: the served HTML, with no script run.
    const head = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      const out: Record<string, string> = { title: doc.title, lang: doc.documentElement.lang };
      for (const meta of doc.querySelectorAll('meta[property], meta[name]'))
        out[meta.getAttribute('property') ?? meta.getAttribute('name') ?? ''] = meta.getAttribute('content') ?? '';
      return out;
    }, html);
    heads.set(name, head);
    for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image'])
      expect(head[key], `${name} ${key}`).toBeTruthy();
    expect(head['twitter:card']).toBe('summary_large_image');
    // Relative in a build without ATLAS_SITE_URL, absolute with it: either way the picture is in preview/.
    const image = await request.get(`./preview/${head['og:image']!.split('/').at(-1)}`);
    expect(image.ok(), `${name}: its picture is served`).toBe(true);
    expect(pngSize(await image.body()), name).toEqual({ width: 1200, height: 630 });
  }
  expect(heads.get('index.html')?.['og:title']).toBe('Les partenariats du Mali · Atlas des partenariats');
  expect(heads.get('embed-map-fr.html')).toMatchObject({
    lang: 'fr',
    'og:title': 'Carte des partenaires\u00a0: Les partenariats du Mali',
    'og:image': 'preview/embed-map-fr.png',
  });
  expect(heads.get('embed-network-en.html')).toMatchObject({
    lang: 'en',
    'og:title': "Network of the actors and their ties: Mali's partnerships",
    'og:locale': 'en_GB',
  });
  expect(heads.get('embed-network-en.html')?.['og:image:alt']).toMatch(/^Mali's partnerships\. Network of the actors: Mali at the centre/);
  expect(new Set(pages.map((p) => heads.get(p)?.['og:title'])).size, 'every page has its own title').toBe(pages.length);
  expect(new Set(pages.map((p) => heads.get(p)?.['og:image'])).size, 'and its own picture').toBe(pages.length);

  await page.goto('./embed-network-en.html?lang=en&status=active');
  await expect(page.getByRole('heading', { level: 1, name: "Mali's partnerships" })).toBeVisible();
  await expect(page.locator('.network-node').first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/of 12 partnerships; filters: active/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Explore the full dashboard/ })).toHaveAttribute(
    'href',
    /\/\?lang=en&view=network&status=active$/,
  );
  await saveScreenshot(page, 'journalist-embed-page-network-en');
});
