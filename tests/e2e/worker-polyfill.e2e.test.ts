/**
 * The worker and the pages load webextension-polyfill only where the browser has no `browser` of its
 * own (lib/browser/worker-browser.ts, lib/browser/page-browser.ts). Chromium 156 has one, so the other
 * path is tested on a copy of the Chrome build whose worker first deletes it, and whose pages have it
 * deleted before their scripts run, as an older Chrome would start: the polyfill must bring `browser`
 * back, and a walk started from the popup must reach the worker through it.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchChromium, type ChromiumSession } from './support/chromium';
import { waitUntil } from './support/driver';

/**
 * A copy of the Chrome build whose polyfill (the worker's file, the pages' chunk) leaves a mark when it
 * runs; with `withoutBrowser`,
 * its worker starts by deleting the browser's own `browser`, as where there is none.
 */
function buildCopy(withoutBrowser: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstride-polyfill-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  const prepend = (file: string, code: string) =>
    writeFileSync(join(dir, file), `${code}\n${readFileSync(join(dir, file), 'utf8')}`);
  prepend('browser-polyfill.js', 'self.polyfillRan = true;');
  // The pages' polyfill is a chunk of its own, which a page imports only where `browser` is missing.
  const chunk = readdirSync(join(dir, 'chunks')).find((name) => /^polyfill-.*\.js$/.test(name));
  if (!chunk) throw new Error('The Chrome build has no chunks/polyfill-*.js');
  prepend(`chunks/${chunk}`, 'self.polyfillRan = true;');
  if (withoutBrowser) prepend('background.js', 'delete globalThis.browser;');
  return dir;
}

/** Whether the polyfill's file ran in the worker, and whether its `browser` is the polyfill's wrapper. */
const polyfill = (worker: Worker) =>
  worker.evaluate(() => {
    const api = (globalThis as { browser?: object }).browser;
    return {
      ran: (globalThis as { polyfillRan?: boolean }).polyfillRan === true,
      // The polyfill's `browser` is a proxy over an object made from `chrome`.
      wraps: api === undefined ? 'missing' : Object.getPrototypeOf(api) === chrome,
    };
  });

/** Starts a walk from the popup; resolves to the stored walk and the badge text the worker set. */
async function startWalk(session: ChromiumSession) {
  const popup = await session.openPage('popup.html');
  const start = popup.getByRole('button', { name: /^Start walk/ });
  await expect.poll(() => start.isEnabled(), { timeout: 10_000 }).toBe(true);
  await start.click();
  const worker = await session.worker();
  const walk = await waitUntil(
    () =>
      worker.evaluate(async () => (await chrome.storage.local.get('walk')).walk as { startedAt?: number } | undefined),
    (w) => typeof w?.startedAt === 'number',
    { what: 'the walk in storage' },
  );
  const badge = await waitUntil(
    () => worker.evaluate(() => chrome.action.getBadgeText({})),
    (text) => text !== '',
    { what: 'the walk badge' },
  );
  const { hasOwn, pagePolyfill } = await popup.evaluate(() => ({
    hasOwn: 'browser' in globalThis,
    pagePolyfill: (globalThis as { polyfillRan?: boolean }).polyfillRan === true,
  }));
  await popup.close();
  return { walk, badge, hasOwn, pagePolyfill };
}

describe('the worker and webextension-polyfill', () => {
  it('uses the browser’s own `browser` where there is one, loading no polyfill', async () => {
    const dir = buildCopy(false);
    const session = await launchChromium(undefined, { build: dir });
    try {
      const { walk, badge, hasOwn, pagePolyfill } = await startWalk(session);
      expect(walk?.startedAt).toBeGreaterThan(0);
      expect(badge).toMatch(/\d/);
      expect(pagePolyfill).toBe(!hasOwn);
      // The popup page tells whether this Chromium has its own `browser` (156 does).
      expect(await polyfill(await session.worker())).toEqual({ ran: !hasOwn, wraps: !hasOwn });
    } finally {
      await session.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads the polyfill from its file where the browser has none, and works through it', async () => {
    const dir = buildCopy(true);
    const session = await launchChromium(undefined, { build: dir });
    // Every page starts without it too (an init script runs before the page's own).
    await session.context.addInitScript(() => delete (globalThis as { browser?: unknown }).browser);
    try {
      expect(await polyfill(await session.worker())).toEqual({ ran: true, wraps: true });
      const alarms = await waitUntil(
        async () => (await (await session.worker()).evaluate(() => chrome.alarms.getAll())).map((a) => a.name),
        (names) => names.includes('posture-reminder'),
        { what: 'the posture alarm' },
      );
      expect(alarms).toEqual(expect.arrayContaining(['posture-reminder', 'walk-reminder']));
      const { walk, badge, hasOwn, pagePolyfill } = await startWalk(session);
      expect(walk?.startedAt).toBeGreaterThan(0);
      expect(badge).toMatch(/\d/);
      // The popup ran on the polyfill it loaded (its module's export: the page's global stays unset).
      expect({ hasOwn, pagePolyfill }).toEqual({ hasOwn: false, pagePolyfill: true });
      // The options and welcome pages start the same way, once the polyfill is there.
      for (const path of ['options.html', 'welcome.html']) {
        const page = await session.openPage(path);
        const shown = await waitUntil(
          () =>
            page.evaluate(() => ({
              heading: document.querySelector('h1')?.textContent ?? '',
              polyfill: (globalThis as { polyfillRan?: boolean }).polyfillRan === true,
            })),
          (s) => s.heading !== '',
          { what: `${path} to render` },
        );
        expect(shown.polyfill, path).toBe(true);
        await page.close();
      }
    } finally {
      await session.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
