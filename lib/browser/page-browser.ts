/**
 * What `wxt/browser` resolves to in the extension's pages (wxt.config.ts); the worker has
 * worker-browser.ts, tests WXT's fakeBrowser.
 *
 * Firefox, and Chrome where it gives extensions its own promise-based `browser` (156 does), would only
 * have webextension-polyfill pass that object through: bundled into the pages it was 2.7 KB gzip of
 * the popup's first paint (a sixth of it), parsed at every open for nothing. So a page loads the
 * polyfill (a chunk of its own) only where `browser` is missing, and starts once it is there
 * (`whenBrowser`): no module uses `browser` while it loads, only code a page runs after. Not a
 * top-level `await`: the bundler then splits the pages' shared code into many small chunks (the
 * popup's first paint loaded 9 instead of 2, 1 KB more). The test is the polyfill's own: a `browser`
 * with a `runtime.id`.
 */
import type { WxtBrowser } from 'wxt/browser';

const own = (globalThis as { browser?: WxtBrowser }).browser;

/** The browser's own `browser`, or, once `whenBrowser` has run its callback, the polyfill's. */
export let browser = (own?.runtime?.id ? own : undefined) as WxtBrowser;

/** Runs `start` once `browser` is usable: at once where the browser has its own. */
export function whenBrowser(start: () => void): void {
  if (browser) start();
  else
    void import('./polyfill').then((polyfill) => {
      browser = polyfill.browser;
      start();
    });
}
