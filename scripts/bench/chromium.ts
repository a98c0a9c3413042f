/**
 * Real-Chromium figures:
 *
 * - the service worker's start and heap, each next to an empty worker and the API-floor worker
 *   (fixtures.ts), every worker in its own fresh launch;
 * - the popup's first paint and its main button's time to interactive, in two harnesses:
 *   - "one page per launch": fresh launches of the product copy, each opening popup.html and the blank
 *     baseline page in a shuffled order;
 *   - "popups in one browser": one browser with Backstride and the peer stand-ins loaded, opening every
 *     popup (and the baseline page) round after round, each round in a fresh shuffled order.
 *
 * Each launch is a fresh profile; the bench's own copy of the build carries the baseline page, so the
 * shipped extension gets no extra file.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs } from '../../tests/e2e/support/chromium.ts';
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
}

/** Copies of the build in `benchDir`; the API floor and the peer stand-ins are built into `tmpDir`. */
export async function prepareBuilds(build: string, benchDir: string, tmpDir: string): Promise<BenchBuilds> {
  rmSync(benchDir, { recursive: true, force: true });
  const product = join(benchDir, 'chrome-mv3');
  const emptyWorker = join(benchDir, 'empty-worker');
  cpSync(build, product, { recursive: true });
  writeFileSync(join(product, 'baseline.html'), BASELINE_HTML);
  cpSync(build, emptyWorker, { recursive: true });
  writeFileSync(join(emptyWorker, 'background.js'), EMPTY_WORKER_JS);
  const apiFloor = await buildApiFloor(build, join(tmpDir, 'api-floor'));
  const peers = await buildPeers(join(tmpDir, 'peers'));
  return { product, emptyWorker, apiFloor, peers };
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
export const pageProbe = (productId: string) => `(() => {
  const probe = {
    fcp: null, startWalk: null, hydrated: null, interactive: null,
    wantsButton: location.host === ${JSON.stringify(productId)} && location.pathname.endsWith('/popup.html'),
  };
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') probe.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  if (!probe.wantsButton) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.identifier === 'bench-start-walk' && probe.startWalk === null) probe.startWalk = e.renderTime || e.startTime;
  }).observe({ type: 'element', buffered: true });
  const startWalk = () => {
    for (const b of document.getElementsByTagName('button')) if (b.textContent.trim().startsWith('Start walk')) return b;
    return null;
  };
  const update = () => {
    const now = performance.now();
    const b = startWalk();
    if (b && !b.hasAttribute('elementtiming'))
      for (const el of [b, ...b.querySelectorAll('*')]) el.setAttribute('elementtiming', 'bench-start-walk');
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
  harness: 'single' | 'multi';
  /** `popup` (Backstride), `baseline`, or a peer stand-in's id. */
  page: string;
  fcp: number;
  /** Backstride's popup only: the "Start walk" button's first paint. */
  startWalk: number | null;
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

/** A fresh profile with the extensions in `dirs` loaded; waits for every one's worker. */
export async function launch(dirs: string[]): Promise<Launch> {
  const profile = mkdtempSync(join(tmpdir(), 'backstride-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChrome(),
    headless: true,
    viewport: { width: 400, height: 600 },
    args: ARGS(dirs),
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

async function measureWorker(l: Launch, which: WorkerTiming['worker']): Promise<WorkerTiming> {
  const { targetInfos } = await l.cdp.send<{ targetInfos: { targetId: string; type: string; url: string }[] }>(
    'Target.getTargets',
  );
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(l.extensionId));
  if (!target) throw new Error('no service worker target');
  const { sessionId } = await l.cdp.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: true,
  });
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
  await l.cdp.send('HeapProfiler.collectGarbage', {}, sessionId);
  await l.cdp.send('HeapProfiler.collectGarbage', {}, sessionId);
  const heap = await l.cdp.send<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage', {}, sessionId);
  await l.cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  return { worker: which, readyMs, heapUsed: heap.usedSize, heapTotal: heap.totalSize };
}

type Probe = { fcp: number; startWalk: number | null; hydrated: number | null; interactive: number | null };

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
    const { fcp, startWalk, hydrated, interactive } = (await handle.jsonValue()) as Probe;
    return { fcp, startWalk, hydrated, interactive };
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
  { launches, workerRuns, multiLaunches, rounds, log }: RunOptions,
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
          if (i < workerRuns) workers.push(await measureWorker(l, kind));
          if (kind === 'product') {
            await l.context.addInitScript(pageProbe(l.extensionId));
            for (const [order, page] of shuffled(['popup', 'baseline']).entries()) {
              const probe = await measurePage(l, `chrome-extension://${l.extensionId}/${page}.html`);
              pages.push({ harness: 'single', page, ...probe, launch: i, order, round: 0 });
            }
          }
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
  return { pages, workers, errors };
}
