// What the benchmark installs in the page before any of its scripts run (`addInitScript`):
// a long-task observer, a per-frame check of which views have drawn, and recorders for the
// time from a click or a hover to the DOM update and to the end of the next frame. Times are
// `performance.now()` in the page, so they count from navigation start.
// This function is serialized into the page: it must not use anything from this module's scope.

/**
 * @param {{ total: number; actors: number; embed: string | null }} expected what "drawn" means for this
 *   dataset: the number of partnerships, of actors (network nodes), and the embedded view if any
 */
export function installProbe(expected) {
  /** @type {any} */
  const w = window;
  const bench = {
    longTasks: /** @type {{ start: number; duration: number }[]} */ ([]),
    drawn: /** @type {Record<string, number>} */ ({}),
    mutations: /** @type {Record<string, number>} */ ({}),
    afterFrame: /** @type {Record<string, number>} */ ({}),
    clickAt: -1,
    keyArmed: false,
    hoverAt: -1,
    hoverDispatched: -1,
    hoverShown: -1,
    hoverFrame: -1,
    hoverFollowed: -1,
    slowEvents: /** @type {{ name: string; start: number; duration: number }[]} */ ([]),
  };
  w.__bench = bench;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  /**
   * Calls `then` with the time at which the frame after now has been rendered: after its
   * animation frame callbacks, in a task of the highest priority where the browser has
   * `scheduler.postTask`, so that work the page has queued for later (the other views following a
   * hover or a filter in turn) is not counted in this frame.
   */
  const scheduler = /** @type {{ postTask?: (f: () => void, o: { priority: string }) => Promise<void> } | undefined} */ (w.scheduler);
  const afterNextFrame = (/** @type {(t: number) => void} */ then) => {
    requestAnimationFrame(() => {
      if (typeof scheduler?.postTask === 'function') {
        void scheduler.postTask(() => then(performance.now()), { priority: 'user-blocking' });
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    });
  };

  // The browser's own measure of a pointer event's latency (Event Timing: from the input to the
  // paint after its handlers, in steps of 8 ms), kept for events of 16 ms or more; an event
  // missing here was painted sooner.
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.slowEvents.push({ name: entry.name, start: entry.startTime, duration: entry.duration });
    }).observe(/** @type {PerformanceObserverInit} */ ({ type: 'event', durationThreshold: 16, buffered: true }));
  } catch {
    // Event Timing is missing: the figure stays empty.
  }

  /** @param {string} selector */
  const count = (selector) => document.querySelectorAll(selector).length;
  const digits = (/** @type {string | null | undefined} */ text) => (text ?? '').replace(/[\s\u00a0\u202f]/g, '');
  const totalShown = () => {
    const status = document.querySelector('.filter-bar [role="status"]')?.textContent;
    return new RegExp(`sur${expected.total}$`).test(digits(status));
  };
  const scope = (/** @type {string} */ id) => (expected.embed ? '' : `#view-${id} `);
  /** @type {Record<string, () => boolean>} */
  const checks = {
    map: () => count(`${scope('map')}path.map-country`) > 0 && count(`${scope('map')}path.map-link`) > 0,
    network: () => count(`${scope('network')}.network-node`) === expected.actors && count(`${scope('network')}.network__laying-out`) === 0,
    sectors: () => {
      const matrix = document.querySelector(`${scope('sectors')}svg[aria-label^="Matrice des partenariats"]`);
      return matrix !== null && matrix.querySelectorAll('rect, path, circle').length > 0;
    },
    // Every row, or a first page of rows with the way to the rest (a table that lists in pages).
    table: () => {
      const rows = document.querySelector(`${scope('table')}tbody`)?.childElementCount ?? 0;
      return rows === expected.total || (rows > 0 && document.querySelector(`${scope('table')}.table-view__more`) !== null);
    },
  };
  // The plain d3 reference page (bench/reference/): a circle per actor in its svg.
  if (expected.embed === 'reference') checks.reference = () => count('svg.reference circle') === expected.actors;
  const views = expected.embed ? [expected.embed] : Object.keys(checks);
  const poll = () => {
    const loaded = expected.embed !== null || totalShown();
    for (const view of views) {
      if (bench.drawn[view] === undefined && loaded && checks[view]?.()) bench.drawn[view] = performance.now();
    }
    if (views.every((v) => bench.drawn[v] !== undefined)) {
      bench.drawn.all = Math.max(...views.map((v) => /** @type {number} */ (bench.drawn[v])));
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  // After a click: the last DOM change in each view, and the end of the frame that shows it.
  document.addEventListener(
    'click',
    (event) => {
      bench.clickAt = event.timeStamp;
    },
    true,
  );
  // A key pressed once armed (the date slider's step) is timed as a click is.
  document.addEventListener(
    'keydown',
    (event) => {
      if (!bench.keyArmed) return;
      bench.keyArmed = false;
      bench.clickAt = event.timeStamp;
    },
    true,
  );
  let watching = false;
  const watch = () => {
    if (watching) return;
    watching = true;
    for (const id of ['map', 'network', 'sectors', 'table']) {
      const region = document.getElementById(`view-${id}`);
      if (!region) continue;
      new MutationObserver(() => {
        if (bench.clickAt < 0) return;
        const now = performance.now();
        bench.mutations[id] = now;
        afterNextFrame((t) => {
          if (bench.mutations[id] === now) bench.afterFrame[id] = t;
        });
      }).observe(region, { subtree: true, childList: true, attributes: true, characterData: true });
    }
  };
  w.__benchWatch = watch;

  // After a hover on a network node (by its id), on a place of the map (by its rank in the list
  // of places) or on a circle of the d3 reference page (by its id): when its highlight is in the
  // DOM, and the frame after. A node says its highlight in its `data-emphasis`; the map, in the
  // `data-faded` that fades the rest; the reference page's circle, in its class `hover`.
  w.__benchArmHover = (/** @type {'network' | 'map' | 'reference'} */ view, /** @type {string | number} */ which) => {
    bench.hoverAt = -1;
    bench.hoverDispatched = -1;
    bench.hoverShown = -1;
    bench.hoverFrame = -1;
    bench.hoverFollowed = -1;
    const node =
      view === 'network'
        ? document.querySelector(`.network-node[data-id="${CSS.escape(String(which))}"]`)
        : view === 'reference'
          ? document.querySelector(`svg.reference circle[data-id="${CSS.escape(String(which))}"]`)
          : document.querySelectorAll('#view-map ul.map-places > .map-place')[Number(which)];
    const watched = view === 'map' ? document.querySelector('#view-map .map-canvas') : node;
    if (!node || !watched) return false;
    const attribute = view === 'network' ? 'data-emphasis' : view === 'reference' ? 'class' : 'data-faded';
    const shows = () =>
      view === 'network'
        ? (watched.getAttribute(attribute) ?? 'none') !== 'none'
        : view === 'reference'
          ? watched.classList.contains('hover')
          : watched.hasAttribute(attribute);
    // The events' timeStamp is when the browser received the input; Chromium dispatches pointer
    // moves aligned with its frames, so the first listener runs some milliseconds later. That is
    // the window's, in the capture phase, for the `pointerout` of what the pointer leaves (from
    // which React tells the node the pointer entered it) or, from outside the page, `pointerover`.
    const inNode = (/** @type {EventTarget | null} */ target) => target instanceof Node && node.contains(target);
    const dispatched = (/** @type {PointerEvent} */ event) => {
      if (bench.hoverAt >= 0 || !inNode(event.type === 'pointerout' ? event.relatedTarget : event.target)) return;
      bench.hoverAt = event.timeStamp;
      bench.hoverDispatched = performance.now();
      window.removeEventListener('pointerout', dispatched, true);
      window.removeEventListener('pointerover', dispatched, true);
    };
    window.addEventListener('pointerout', dispatched, true);
    window.addEventListener('pointerover', dispatched, true);
    const observer = new MutationObserver(() => {
      if (shows() && bench.hoverShown < 0) {
        bench.hoverShown = performance.now();
        observer.disconnect();
        afterNextFrame((t) => {
          bench.hoverFrame = t;
        });
      }
    });
    observer.observe(watched, { attributes: true, attributeFilter: [attribute] });
    // The other views follow the hover too: the last change in any of them, once the hover began.
    const others = new MutationObserver(() => {
      if (bench.hoverAt >= 0) bench.hoverFollowed = performance.now();
    });
    for (const id of ['map', 'network', 'sectors', 'table'].filter((v) => v !== view)) {
      const region = document.getElementById(`view-${id}`);
      if (region) others.observe(region, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    w.__benchStopHover = () => others.disconnect();
    return true;
  };
}
