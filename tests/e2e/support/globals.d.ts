// Code passed to worker.evaluate()/page.evaluate() runs inside the extension, where MV3's promise-based
// `chrome` global exists; its shape matches the polyfill's types closely enough for the tests' reads.
import type { Browser } from 'webextension-polyfill';

declare global {
  const chrome: Browser;
}
