/** webextension-polyfill's file in the Chrome build: wxt.config.ts copies it, the worker loads it. */
export const POLYFILL_FILE = 'browser-polyfill.js';
