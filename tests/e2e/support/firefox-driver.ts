import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { waitUntil, type ExtBrowser, type ExtPage } from './driver';
import { findFirefox } from './find-browser';

export const FIREFOX_BUILD = resolve('.output/firefox-mv3');

/** Firefox suspends an idle event page after this long (default 30 s); short, so tests can watch it. */
const BACKGROUND_IDLE_MS = 1_000;

function wrapPuppeteerPage(page: Page): ExtPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    run: (source) => page.evaluate(source),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png`, fullPage: true })),
    close: () => page.close(),
  };
}

export async function firefoxDriver(): Promise<ExtBrowser> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Without it WebDriver BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // A fixed UUID, so the test knows the extension's page URLs.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // The system backend closes headless notifications within milliseconds; the built-in one keeps them.
      'alerts.useSystemBackend': false,
      'extensions.background.idle.timeout': BACKGROUND_IDLE_MS,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  const version = await browser.version();
  return {
    name: 'firefox',
    version,
    async openPage(path) {
      const page = await browser.newPage();
      await page.setViewport({ width: 400, height: 600 });
      // Firefox sends no load events for extension documents: navigate without waiting, then poll.
      await page.goto(`moz-extension://${uuid}/${path}`, { waitUntil: [] });
      await waitUntil(
        () =>
          page
            .evaluate(() => (location.href.startsWith('moz-extension:') ? document.readyState : 'loading'))
            .catch(() => 'loading'),
        (state) => state === 'complete',
        { what: `${path} to load` },
      );
      return wrapPuppeteerPage(page);
    },
    async stopBackground() {
      // Firefox's MV3 background is an event page: it is suspended once idle for BACKGROUND_IDLE_MS.
      await new Promise((r) => setTimeout(r, BACKGROUND_IDLE_MS * 3));
    },
    close: () => browser.close(),
  };
}
