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
async function fit(frame: Frame) {
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

test('the plain iframe measured in the Embed dialog fits every view in 360 and 640 px columns, as the self-sizing one does: no inner scroll, nothing cut', async ({ page }) => {
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
      await expect.poll(async () => (await fit(frame)).down, { message: `${label}: no inner scroll` }).toBeLessThanOrEqual(0);
      const f = await fit(frame);
      expect(f.sideways, `${label}: no sideways scroll`).toBeLessThanOrEqual(0);
      expect(f.cutBelow, `${label}: nothing cut at the bottom`).toBe(0);
      if (kind === 'script') expect(Math.abs(f.frame - f.content), `${label}: the script sizes the frame to its content`).toBeLessThanOrEqual(1);
      // The measured height is the content's, plus a few pixels for a reader's other fonts.
      else expect(f.frame - f.content, `${label}: the frame is not much taller than its content`).toBeLessThanOrEqual(30);
    }
  }
  await page.setViewportSize({ width: 2060, height: 2400 });
  await page.screenshot({ path: 'test-results/screens/journalist-embeds-host.png' });
});

test('a page that listens only for Datawrapper’s height message sizes the embed, and the atlas’s own message still goes out', async ({ page }) => {
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
  await openArticle(page, `${listener}<iframe src="../?embed=timeline&lang=fr" title="Frise" style="display:block;width:100%;height:150px;border:0"></iframe>`);
  const iframe = page.locator('iframe');
  const frame = await frameOf(iframe);
  await expect(frame.locator(READY.timeline).first()).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await fit(frame)).down).toBeLessThanOrEqual(0);
  const { content, frame: frameHeight } = await fit(frame);
  expect(Math.abs(frameHeight - content)).toBeLessThanOrEqual(1);
  const messages = (await page.evaluate(() => (window as unknown as { messages: unknown[] }).messages)) as Record<string, unknown>[];
  const datawrapper = messages.filter((m) => m && typeof m === 'object' && 'datawrapper-height' in m).at(-1)?.['datawrapper-height'] as Record<string, number>;
  const [chartId, height] = Object.entries(datawrapper)[0] ?? [];
  expect(height).toBe(content);
  // Older Datawrapper listeners find the iframe whose address contains the chart id.
  expect(await iframe.getAttribute('src')).toContain(chartId);
  expect(messages.some((m) => m && m.type === 'partnership-atlas:height' && m.height === content)).toBe(true);
});
