/**
 * Real-Chromium figures:
 *
 * - the service worker's start and heap, each next to an empty worker and the API-floor worker
 *   (fixtures.ts), every worker in its own fresh launch;
 * - the popup's first paint and its main button's time to interactive, in two harnesses:
 *   - "one page per launch": fresh launches of the product copy, each opening popup.html and the blank
 *     baseline page in a shuffled order;
 *   - "popups in one browser": one browser with Backstride and the peer stand-ins loaded, opening every
 *     popup (and the baseline page) round after round, each round in a fresh shuffled order;
 * - the popup's first paint per UI language: fresh launches of Chromium in each language (en, de, ar),
 *   each opening the popup the toolbar button would open in it (action.getPopup: the page prerendered
 *   in that language) and a blank page in that language, in a shuffled order; with `designs`, also the
 *   first-paint designs not chosen (the English prerender, and the popup rendered by script).
 *
 * Each launch is a fresh profile; the bench's own copy of the build carries the baseline page, so the
 * shipped extension gets no extra file.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs, chromiumLanguage, uiLanguageMissing } from '../../tests/e2e/support/chromium.ts';
import { popupPage } from '../../lib/i18n/locale.ts';
import { findChrome } from '../../tests/e2e/support/find-browser.ts';
import { browserEndpoint, connectCdp, type Cdp } from './cdp.ts';
import { buildApiFloor, buildPeers, READY_ALARM, READY_DELAY_MS, type PeerPage } from './fixtures.ts';
import { shuffled } from './stats.ts';

/** A plain page with one heading and no script: the floor any extension page can paint at. */
export const BASELINE_HTML = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Baseline</title>
  </head>
  <body>
    <h1>Backstride</h1>
  </body>
</html>
`;

/**
 * The blank page in a UI language: the same page, with the language's direction and one heading in its
 * script (the popup's "Quick answers"), so the font that language needs is loaded on both sides.
 */
export const localeBaselineHtml = (lang: string, dir: string, heading: string) =>
  BASELINE_HTML.replace('<html lang="en">', `<html lang="${lang}" dir="${dir}">`).replace(
    '<h1>Backstride</h1>',
    `<h1>${heading}</h1>`,
  );

/** The UI languages whose first paint the bench measures, as `_locales` folder names. */
export const BENCH_LOCALES = ['en', 'de', 'ar'] as const;

/** An empty worker that handles its first event (install) by arming one alarm, like ours does. */
export const EMPTY_WORKER_JS = `chrome.runtime.onInstalled.addListener(() => {
  chrome.alarms.create('${READY_ALARM}', { when: Date.now() + ${READY_DELAY_MS} });
});
`;

export interface BenchBuilds {
  /** The production build plus baseline.html. */
  product: string;
  /** The production build with background.js replaced by EMPTY_WORKER_JS. */
  emptyWorker: string;
  /** The API-floor extension (fixtures.ts). */
  apiFloor: string;
  /** Peers' popup stand-ins (fixtures.ts), each its own extension. */
  peers: PeerPage[];
  /** Per UI language (folder name): its tag, and the product copy's pages for it. */
  locales: BenchLocale[];
}

export interface BenchLocale {
  folder: string;
  /** The `locale` message: "de", "pt-BR". */
  tag: string;
  /** The blank page in that language. */
  baseline: string;
  /** The popup prerendered in that language, emptied: rendered by script (design "no prerender"). */
  client: string;
}

/** Copies of the build in `benchDir`; the API floor and the peer stand-ins are built into `tmpDir`. */
export async function prepareBuilds(build: string, benchDir: string, tmpDir: string): Promise<BenchBuilds> {
  rmSync(benchDir, { recursive: true, force: true });
  const product = join(benchDir, 'chrome-mv3');
  const emptyWorker = join(benchDir, 'empty-worker');
  cpSync(build, product, { recursive: true });
  writeFileSync(join(product, 'baseline.html'), BASELINE_HTML);
  const locales = BENCH_LOCALES.map((folder): BenchLocale => {
    const messages = JSON.parse(readFileSync(join(product, '_locales', folder, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
    const tag = messages.locale?.message ?? folder;
    const page = readFileSync(join(product, popupPage(tag)), 'utf8');
    const dir = /<html[^>]*\bdir="rtl"/.test(page) ? 'rtl' : 'ltr';
    const client = page.replace(/<div id="app">[\s\S]*<\/div>(\s*<\/body>)/, '<div id="app"></div>$1');
    if (client === page) throw new Error(`${popupPage(tag)} has no prerendered #app to empty`);
    writeFileSync(
      join(product, `baseline-${tag}.html`),
      localeBaselineHtml(tag, dir, messages.quickAnswersHeading!.message),
    );
    writeFileSync(join(product, `client-${tag}.html`), client);
    return { folder, tag, baseline: `baseline-${tag}.html`, client: `client-${tag}.html` };
  });
  cpSync(build, emptyWorker, { recursive: true });
  writeFileSync(join(emptyWorker, 'background.js'), EMPTY_WORKER_JS);
  const apiFloor = await buildApiFloor(build, join(tmpDir, 'api-floor'));
  const peers = await buildPeers(join(tmpDir, 'peers'));
  return { product, emptyWorker, apiFloor, peers, locales };
}

// Runs in every page before its own scripts.
// - first-contentful-paint from the paint timeline;
// - on Backstride's popup, when the "Start walk" button is painted: a MutationObserver marks the button
//   (and its children) with `elementtiming` as soon as it is inserted, before its first frame, so the
//   Element Timing API reports the render time of its text, on the same clock and with the same meaning
//   (presentation of the frame) as FCP;
// - and when it becomes usable: `hydrated` is when main.tsx marks #app with data-hydrated (right after
//   Preact's hydrate has attached the click handlers), `interactive` the first moment it is hydrated and
//   enabled (the button is disabled until the popup has read the walk timer from storage). Both are
//   read in the MutationObserver callback (a microtask of the task that changed the DOM).
// - the button is found by its id (its text is in the UI's language); when the page renders afresh in
//   another language (an English page in a German browser), the new button is marked again, and
//   `startWalkFinal` is when the last one painted: the first paint in the user's language.
export const pageProbe = (productId: string) => `(() => {
  const probe = {
    fcp: null, startWalk: null, startWalkFinal: null, hydrated: null, interactive: null,
    wantsButton: location.host === ${JSON.stringify(productId)} && /^\\/(popup|client)[-.]/.test(location.pathname),
  };
  let marks = 0;
  let lastMark = 0;
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') probe.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  if (!probe.wantsButton) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.identifier.startsWith('bench-start-walk-')) continue;
      const at = e.renderTime || e.startTime;
      if (probe.startWalk === null) probe.startWalk = at;
      const mark = Number(e.identifier.slice('bench-start-walk-'.length));
      if (mark >= lastMark) { lastMark = mark; probe.startWalkFinal = at; }
    }
  }).observe({ type: 'element', buffered: true });
  const update = () => {
    const now = performance.now();
    const b = document.getElementById('start-walk');
    if (b && !b.hasAttribute('elementtiming')) {
      const id = 'bench-start-walk-' + ++marks;
      for (const el of [b, ...b.querySelectorAll('*')]) el.setAttribute('elementtiming', id);
    }
    const app = document.getElementById('app');
    if (probe.hydrated === null && app && app.hasAttribute('data-hydrated')) probe.hydrated = now;
    if (probe.hydrated !== null && probe.interactive === null && b && !b.disabled) probe.interactive = now;
  };
  new MutationObserver(update).observe(document, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-hydrated', 'disabled'],
  });
})();`;

/** How long a page may take to become interactive before the sample is kept without it. */
const INTERACTIVE_WAIT_MS = 5_000;

export interface PageTiming {
  harness: 'single' | 'multi' | 'locale';
  /**
   * `popup` (Backstride), `baseline`, or a peer stand-in's id; in the per-language harness also
   * `english` (popup.html, prerendered in English) and `client` (no prerender: rendered by script).
   */
  page: string;
  /** The per-language harness: the browser's UI language (a `_locales` folder name). */
  locale?: string;
  fcp: number;
  /** Backstride's popup only: the "Start walk" button's first paint. */
  startWalk: number | null;
  /** The paint of the last "Start walk" button: after a page in another language rendered afresh. */
  startWalkFinal: number | null;
  /** Backstride's popup only: hydrated (data-hydrated set), then hydrated and enabled. */
  hydrated: number | null;
  interactive: number | null;
  launch: number;
  /** Position in its launch (single) or round (multi). */
  order: number;
  round: number;
}

export interface WorkerTiming {
  worker: 'product' | 'empty' | 'floor';
  /** Worker script start (its performance.timeOrigin) to its first event handled (alarm armed). */
  readyMs: number;
  /** JS heap in use after two forced garbage collections (Runtime.getHeapUsage usedSize). */
  heapUsed: number;
  heapTotal: number;
  /**
   * The same after the worker was stopped and woken again by a message (product and floor: the empty
   * worker has no listener to wake it): what each later start, such as every reminder's, holds.
   */
  restartHeapUsed?: number;
}

const ARGS = (dirs: string[]) => [
  ...chromiumArgs(dirs.join(',')),
  // Our own raw CDP connection (service-worker targets), next to Playwright's pipe.
  '--remote-debugging-port=0',
];

interface Launch {
  context: BrowserContext;
  cdp: Cdp;
  /** Extension id by manifest name (the product's raw name is its __MSG_ key). */
  ids: Map<string, string>;
  /** The id of the first extension that answered (the only one when one is loaded). */
  extensionId: string;
  close(): Promise<void>;
}

/** A fresh profile with the extensions in `dirs` loaded, in UI language `lang`; waits for every worker. */
export async function launch(dirs: string[], lang?: string): Promise<Launch> {
  const profile = mkdtempSync(join(tmpdir(), 'backstride-bench-'));
  const language = lang ? chromiumLanguage(lang) : { env: {}, args: [] };
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChrome(),
    headless: true,
    viewport: { width: 400, height: 600 },
    env: { ...(process.env as Record<string, string>), ...language.env },
    args: [...ARGS(dirs), ...language.args],
  });
  try {
    const deadline = Date.now() + 20_000;
    while (context.serviceWorkers().length < dirs.length) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`only ${context.serviceWorkers().length} of ${dirs.length} workers started`);
      await context.waitForEvent('serviceworker', { timeout: left }).catch(() => undefined);
    }
    const ids = new Map<string, string>();
    for (const w of context.serviceWorkers()) {
      const name = await w.evaluate(() => chrome.runtime.getManifest().name);
      ids.set(name, new URL(w.url()).host);
    }
    const cdp = await connectCdp(await browserEndpoint(profile));
    return {
      context,
      cdp,
      ids,
      extensionId: [...ids.values()][0]!,
      async close() {
        cdp.close();
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

export async function chromiumVersion(dir: string): Promise<string> {
  const l = await launch([dir]);
  try {
    const v = await l.cdp.send<{ product: string }>('Browser.getVersion');
    return v.product;
  } finally {
    await l.close();
  }
}

/** A flat CDP session on the extension's running service worker. */
async function attachWorker(l: Launch): Promise<string> {
  const { targetInfos } = await l.cdp.send<{ targetInfos: { targetId: string; type: string; url: string }[] }>(
    'Target.getTargets',
  );
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(l.extensionId));
  if (!target) throw new Error('no service worker target');
  const { sessionId } = await l.cdp.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: true,
  });
  return sessionId;
}

async function measureWorker(l: Launch, which: WorkerTiming['worker']): Promise<WorkerTiming> {
  const sessionId = await attachWorker(l);
  // The first event's alarm carries the worker's clock at that moment: scheduledTime − its delay.
  const [alarm, delay] = which === 'product' ? ['posture-reminder', 30 * 60_000] : [READY_ALARM, READY_DELAY_MS];
  const expression = `(async () => {
    for (let i = 0; i < 4000; i++) {
      const found = (await chrome.alarms.getAll()).find((a) => a.name === ${JSON.stringify(alarm)});
      if (found) return JSON.stringify({ origin: performance.timeOrigin, scheduled: found.scheduledTime, alarm: found });
      await new Promise((r) => setTimeout(r, 5));
    }
    return null;
  })()`;
  // Right after start-up an evaluate sometimes answers with the unsettled promise ({}): ask again.
  let result: { type: string; value?: string | null } = { type: 'undefined' };
  for (let tries = 0; tries < 20 && result.type !== 'string'; tries++) {
    ({ result } = await l.cdp.send<{ result: { type: string; value?: string | null } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    ));
    if (result.type !== 'string') await new Promise((r) => setTimeout(r, 50));
  }
  const value =
    result.type === 'string' && result.value
      ? (JSON.parse(result.value) as { origin: number; scheduled: number })
      : null;
  if (!value || !Number.isFinite(value.scheduled) || !Number.isFinite(value.origin))
    throw new Error(`${which} worker: no usable ${alarm} alarm (${JSON.stringify(result)})`);
  const readyMs = value.scheduled - delay - value.origin;
  // Let the rest of start-up (the install event's reconcile, badge) finish before weighing the heap.
  await new Promise((r) => setTimeout(r, 1500));
  await l.cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  const heap = await workerHeap(l);
  return { worker: which, readyMs, heapUsed: heap.usedSize, heapTotal: heap.totalSize };
}

/** The running worker's JS heap after two forced garbage collections, and its script's start. */
async function workerHeap(l: Launch): Promise<{ usedSize: number; totalSize: number; origin: number }> {
  const sessionId = await attachWorker(l);
  try {
    await l.cdp.send('HeapProfiler.collectGarbage', {}, sessionId);
    await l.cdp.send('HeapProfiler.collectGarbage', {}, sessionId);
    const heap = await l.cdp.send<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage', {}, sessionId);
    const { result } = await l.cdp.send<{ result: { value?: number } }>(
      'Runtime.evaluate',
      { expression: 'performance.timeOrigin', returnByValue: true },
      sessionId,
    );
    return { ...heap, origin: result.value ?? NaN };
  } finally {
    await l.cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  }
}

/**
 * Stops the extension's worker (as the browser does when it idles) and wakes it with a message from
 * one of its pages; the heap 1.5 s later, once the woken worker has done its start-up.
 */
async function heapAfterRestart(l: Launch): Promise<number> {
  const page = await l.context.newPage();
  try {
    await page.goto(`chrome-extension://${l.extensionId}/manifest.json`);
    const session = await l.context.newCDPSession(page);
    await session.send('ServiceWorker.enable');
    const stoppedAt = Date.now();
    await session.send('ServiceWorker.stopAllWorkers');
    await session.detach();
    await page.evaluate(() => chrome.runtime.sendMessage({ bench: 'wake' }).catch(() => undefined));
    await new Promise((r) => setTimeout(r, 1500));
    const heap = await workerHeap(l);
    if (!(heap.origin >= stoppedAt - 1000)) throw new Error('the worker did not restart');
    return heap.usedSize;
  } finally {
    await page.close();
  }
}

type Probe = {
  fcp: number;
  startWalk: number | null;
  startWalkFinal: number | null;
  hydrated: number | null;
  interactive: number | null;
};

/** Opens one page as a tab at 400×600, waits for its probe, closes it. */
export async function measurePage(l: Launch, url: string): Promise<Probe> {
  const page = await l.context.newPage();
  try {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(url);
    const handle = await page.waitForFunction(
      (wait) => {
        const p = (window as unknown as { __bench?: Probe & { wantsButton: boolean } }).__bench;
        if (!p || p.fcp === null) return null;
        if (!p.wantsButton) return p;
        if (p.startWalk === null) return null;
        return p.interactive !== null || performance.now() > wait ? p : null;
      },
      INTERACTIVE_WAIT_MS,
      { timeout: 15_000, polling: 20 },
    );
    const { fcp, startWalk, startWalkFinal, hydrated, interactive } = (await handle.jsonValue()) as Probe;
    return { fcp, startWalk, startWalkFinal, hydrated, interactive };
  } finally {
    await page.close();
  }
}

export interface ChromiumResults {
  pages: PageTiming[];
  workers: WorkerTiming[];
  errors: string[];
}

export interface RunOptions {
  /** Fresh launches of the one-page-per-launch harness. */
  launches: number;
  /** How many of them also weigh the worker, each next to an empty worker and the API floor. */
  workerRuns: number;
  /** Launches of the popups-in-one-browser harness, and rounds per launch. */
  multiLaunches: number;
  rounds: number;
  /** Fresh launches per UI language (BENCH_LOCALES), and rounds of its pages per launch. */
  localeLaunches: number;
  localeRounds: number;
  /** Also open the designs not chosen (the English prerender, no prerender) in each language. */
  designs: boolean;
  log: (line: string) => void;
}

/**
 * 1. `launches` fresh launches of the product copy: each opens the popup and the baseline page in a
 *    shuffled order; the first `workerRuns` of them also weigh the worker first, next to a fresh launch
 *    of the empty-worker copy and one of the API floor (the three in a shuffled order).
 * 2. `multiLaunches` launches with Backstride and the peer stand-ins loaded together: `rounds` rounds,
 *    each opening Backstride's popup, the baseline page and every peer's popup in a fresh shuffled order.
 */
export async function runChromium(
  builds: BenchBuilds,
  { launches, workerRuns, multiLaunches, rounds, localeLaunches, localeRounds, designs, log }: RunOptions,
): Promise<ChromiumResults> {
  const pages: PageTiming[] = [];
  const workers: WorkerTiming[] = [];
  const errors: string[] = [];
  const dirOf = { product: builds.product, empty: builds.emptyWorker, floor: builds.apiFloor } as const;

  for (let i = 0; i < launches; i++) {
    const kinds = shuffled(['product', ...(i < workerRuns ? (['empty', 'floor'] as const) : [])] as const);
    for (const kind of kinds) {
      try {
        const l = await launch([dirOf[kind]]);
        try {
          const timing = i < workerRuns ? await measureWorker(l, kind) : null;
          if (kind === 'product') {
            await l.context.addInitScript(pageProbe(l.extensionId));
            for (const [order, page] of shuffled(['popup', 'baseline']).entries()) {
              const probe = await measurePage(l, `chrome-extension://${l.extensionId}/${page}.html`);
              pages.push({ harness: 'single', page, ...probe, launch: i, order, round: 0 });
            }
          }
          // After the pages, so the paint figures see the worker as it was after install.
          if (timing && kind !== 'empty') timing.restartHeapUsed = await heapAfterRestart(l);
          if (timing) workers.push(timing);
        } finally {
          await l.close();
        }
      } catch (error) {
        errors.push(`launch ${i + 1} (${kind}): ${String(error)}`);
      }
    }
    log(`  one page per launch: launch ${i + 1}/${launches} done`);
  }

  for (let i = 0; i < multiLaunches; i++) {
    try {
      const l = await launch([builds.product, ...builds.peers.map((p) => p.dir)]);
      try {
        const peerIds = new Set(builds.peers.map((p) => p.name));
        const productId = [...l.ids].find(([name]) => !peerIds.has(name))?.[1];
        if (!productId) throw new Error('Backstride did not load next to the peers');
        await l.context.addInitScript(pageProbe(productId));
        const targets = [
          { page: 'popup', url: `chrome-extension://${productId}/popup.html` },
          { page: 'baseline', url: `chrome-extension://${productId}/baseline.html` },
          ...builds.peers.map((p) => ({ page: p.id, url: `chrome-extension://${l.ids.get(p.name)}/${p.page}` })),
        ];
        for (let round = 0; round < rounds; round++)
          for (const [order, t] of shuffled(targets).entries()) {
            const probe = await measurePage(l, t.url);
            pages.push({ harness: 'multi', page: t.page, ...probe, launch: i, order, round });
          }
      } finally {
        await l.close();
      }
    } catch (error) {
      errors.push(`popups in one browser, launch ${i + 1}: ${String(error)}`);
    }
    log(`  popups in one browser: launch ${i + 1}/${multiLaunches} done`);
  }
  for (let i = 0; i < localeLaunches; i++) {
    for (const locale of shuffled(builds.locales)) {
      try {
        const missing = uiLanguageMissing(findChrome(), locale.folder);
        if (missing) throw new Error(missing);
        const l = await launch([builds.product], locale.folder);
        try {
          const popup = await chosenPopup(l, locale);
          await l.context.addInitScript(pageProbe(l.extensionId));
          const url = (file: string) => `chrome-extension://${l.extensionId}/${file}`;
          const targets = [
            { page: 'popup', url: popup },
            { page: 'baseline', url: url(locale.baseline) },
            ...(designs ? [{ page: 'client', url: url(locale.client) }] : []),
            ...(designs && locale.tag !== 'en' ? [{ page: 'english', url: url('popup.html') }] : []),
          ];
          // Rounds, as in the popups-in-one-browser harness: a fresh launch's first page also pays for
          // starting the renderer, which swung single-page ratios from 0.8 to 1.8 × between runs here.
          for (let round = 0; round < localeRounds; round++)
            for (const [order, t] of shuffled(targets).entries()) {
              const probe = await measurePage(l, t.url);
              pages.push({
                harness: 'locale',
                page: t.page,
                locale: locale.folder,
                ...probe,
                launch: i,
                order,
                round,
              });
            }
        } finally {
          await l.close();
        }
      } catch (error) {
        errors.push(`${locale.folder} UI, launch ${i + 1}: ${String(error)}`);
      }
    }
    log(`  per UI language: launch ${i + 1}/${localeLaunches} done`);
  }
  return { pages, workers, errors };
}

/**
 * The page the toolbar button opens in this launch's language, once the background has chosen it
 * (action.setPopup at its start), checked to be the one prerendered in the browser's language.
 */
async function chosenPopup(l: Launch, locale: BenchLocale): Promise<string> {
  const worker = l.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  const expected = popupPage(locale.tag);
  let seen = { popup: '', ui: '' };
  for (let tries = 0; tries < 100; tries++) {
    seen = await worker.evaluate(async () => ({
      popup: await chrome.action.getPopup({}),
      ui: chrome.i18n.getUILanguage(),
    }));
    if (seen.popup.endsWith(`/${expected}`)) return seen.popup;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`the ${locale.folder} UI (getUILanguage ${seen.ui}) opens ${seen.popup}, not ${expected}`);
}
