/**
 * What `wxt/browser` resolves to in the built extension (see wxt.config.ts): webextension-polyfill,
 * through a CommonJS wrapper that keeps the bundler from enumerating the browser object. Tests get
 * WXT's fakeBrowser for `wxt/browser` instead.
 */
import type { WxtBrowser } from 'wxt/browser';
// @ts-expect-error A CommonJS file without types; its one export is typed here.
import wrapped from './polyfill.cjs';

export const browser: WxtBrowser = (wrapped as { browser: WxtBrowser }).browser;
