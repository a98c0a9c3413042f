/**
 * webextension-polyfill for the pages where the browser has no `browser` of its own (page-browser.ts
 * loads this chunk then), through a CommonJS file whose named export keeps the bundler from
 * enumerating the browser object. Tests get WXT's fakeBrowser for `wxt/browser` instead.
 */
import type { WxtBrowser } from 'wxt/browser';
// @ts-expect-error A CommonJS file without types; its one export is typed here.
import { browser as polyfilled } from './polyfill.cjs';

export const browser: WxtBrowser = polyfilled as WxtBrowser;
