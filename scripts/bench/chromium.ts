/**
 * Real-Chromium figures: popup first paint against a baseline page, and the service worker's start
 * and heap against an empty worker. Each launch is a fresh profile; the bench's own copies of the
 * build carry the baseline page and the empty worker, so the shipped extension gets no extra file.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs } from '../../tests/e2e/support/chromium.ts';
import { findChrome } from '../../tests/e2e/support/find-browser.ts';
import { browserEndpoint, connectCdp, type Cdp } from './cdp.ts';
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
  chrome.alarms.create('bench-ready', { when: Date.now() + 3600000 });
});
`;

export interface BenchBuilds {
  /** The production build plus baseline.html. */
  product: string;
  /** The production build with background.js replaced by EMPTY_WORKER_JS. */
  emptyWorker: string;
}

export function prepareBuilds(build: string, benchDir: string): BenchBuilds {
  rmSync(benchDir, { recursive: true, force: true });
  const product = join(benchDir, 'chrome-mv3');
  const emptyWorker = join(benchDir, 'empty-worker');
  cpSync(build, product, { recursive: true });
  writeFileSync(join(product, 'baseline.html'), BASELINE_HTML);
  cpSync(build, emptyWorker, { recursive: true });
  writeFileSync(join(emptyWorker, 'background.js'), EMPTY_WORKER_JS);
  return { product, emptyWorker };
}

// Runs in every page before its own scripts. Records first-contentful-paint, and when the "Start walk"
// button is painted: a MutationObserver marks the button (and its children) with `elementtiming` as soon
// as it is inserted, before its first frame, so the Element Timing API reports the render time of its
// text, on the same clock and with the same meaning (presentation of the frame) as FCP.
const PAGE_PROBE = `(() => {
  const probe = { fcp: null, startWalk: null, wantsButton: location.pathname.endsWith('/popup.html') };
  window.__bench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') probe.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  if (!probe.wantsButton) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.identifier === 'bench-start-walk' && probe.startWalk === null) probe.startWalk = e.renderTime || e.startTime;
  }).observe({ type: 'element', buffered: true });
  const mark = () => {
    for (const b of document.getElementsByTagName('button')) {
      if (!b.textContent.trim().startsWith('Start walk') || b.hasAttribute('elementtiming')) continue;
      for (const el of [b, ...b.querySelectorAll('*')]) el.setAttribute('elementtiming', 'bench-start-walk');
    }
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

export interface PageTiming {
  page: 'popup' | 'baseline';
  fcp: number;
  startWalk: number | null;
  order: number;
}

export interface WorkerTiming {
  worker: 'product' | 'empty';
  /** Worker script start (its performance.timeOrigin) to its first event handled (alarm armed). */
  readyMs: number;
  /** JS heap in use after two forced garbage collections (Runtime.getHeapUsage usedSize). */
  heapUsed: number;
  heapTotal: number;
}

const ARGS = (dir: string) => [
  ...chromiumArgs(dir),
  // Our own raw CDP connection (service-worker targets), next to Playwright's pipe.
  '--remote-debugging-port=0',
];

interface Launch {
  context: BrowserContext;
  cdp: Cdp;
  extensionId: string;
  close(): Promise<void>;
}

async function launch(dir: string): Promise<Launch> {
  const profile = mkdtempSync(join(tmpdir(), 'backstride-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChrome(),
    headless: true,
    viewport: { width: 400, height: 600 },
    args: ARGS(dir),
  });
  try {
    await context.addInitScript(PAGE_PROBE);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionId = new URL(worker.url()).host;
    const cdp = await connectCdp(await browserEndpoint(profile));
    return {
      context,
      cdp,
      extensionId,
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
  const l = await launch(dir);
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
  const [alarm, delay] = which === 'product' ? ['posture-reminder', 30 * 60_000] : ['bench-ready', 3_600_000];
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

async function measurePages(l: Launch): Promise<PageTiming[]> {
  const timings: PageTiming[] = [];
  const order = shuffled(['popup', 'baseline'] as const);
  for (const [i, which] of order.entries()) {
    const page = await l.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${l.extensionId}/${which}.html`);
    const handle = await page.waitForFunction(
      () => {
        const p = (
          window as unknown as { __bench?: { fcp: number | null; startWalk: number | null; wantsButton: boolean } }
        ).__bench;
        return p && p.fcp !== null && (!p.wantsButton || p.startWalk !== null) ? p : null;
      },
      undefined,
      { timeout: 15_000, polling: 50 },
    );
    const probe = (await handle.jsonValue()) as { fcp: number; startWalk: number | null };
    timings.push({ page: which, fcp: probe.fcp, startWalk: probe.startWalk, order: i });
    await page.close();
  }
  return timings;
}

export interface ChromiumResults {
  pages: PageTiming[];
  workers: WorkerTiming[];
  errors: string[];
}

/**
 * `launches` fresh launches of the product copy: each opens the popup and the baseline page in a
 * shuffled order; the first `workerRuns` of them also weigh the worker first, each next to a fresh
 * launch of the empty-worker copy (which of the two goes first is shuffled too).
 */
export async function runChromium(
  builds: BenchBuilds,
  { launches, workerRuns, log }: { launches: number; workerRuns: number; log: (line: string) => void },
): Promise<ChromiumResults> {
  const pages: PageTiming[] = [];
  const workers: WorkerTiming[] = [];
  const errors: string[] = [];
  for (let i = 0; i < launches; i++) {
    const jobs = shuffled([{ kind: 'product' as const }, ...(i < workerRuns ? [{ kind: 'empty' as const }] : [])]);
    for (const job of jobs) {
      const attempt = async () => {
        const l = await launch(job.kind === 'product' ? builds.product : builds.emptyWorker);
        try {
          if (i < workerRuns) workers.push(await measureWorker(l, job.kind));
          if (job.kind === 'product') pages.push(...(await measurePages(l)));
        } finally {
          await l.close();
        }
      };
      try {
        await attempt();
      } catch (error) {
        errors.push(`launch ${i + 1} (${job.kind}): ${String(error)}`);
      }
    }
    log(`  launch ${i + 1}/${launches} done`);
  }
  return { pages, workers, errors };
}
