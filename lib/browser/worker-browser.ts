/**
 * What `wxt/browser` resolves to in the background script (wxt.config.ts); pages keep polyfill.ts.
 *
 * Firefox, and Chrome where it gives extensions its own promise-based `browser` (156 does),
 * would only have webextension-polyfill pass that object through: bundled into the worker it was
 * 2.5 KB gzip (9.7 KB of script) parsed at every wake-up for nothing. So the worker loads the
 * polyfill from its own file, and only where `browser` is missing. `importScripts` is allowed there
 * because the worker is a classic script and this runs during its first evaluation, before any
 * module that uses `browser`. The test is the polyfill's own: a `browser` with a `runtime.id`.
 */
import type { WxtBrowser } from 'wxt/browser';
import { POLYFILL_FILE } from './polyfill-file';

declare function importScripts(...urls: string[]): void;

const scope = globalThis as { browser?: { runtime?: { id?: string } } };
if (!scope.browser?.runtime?.id) importScripts(`/${POLYFILL_FILE}`);

export const browser = scope.browser as unknown as WxtBrowser;
