import { randomUUID } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { DOUBLE_CLICK_GAP_MS, holdWith, waitUntil, type ExtBrowser, type ExtPage } from './driver';
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
    // WebDriver BiDi counts the clicks of one action sequence itself (separate `mouse.click`s are each
    // detail 1), and puppeteer's click has no pause between them: one sequence is sent, through
    // puppeteer's own BiDi context (what `mouse.click` calls), with the gap in it.
    doubleClick: async (x, y) => {
      const [down, up] = [
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ];
      const context = (
        page.mainFrame() as unknown as { browsingContext: { performActions(a: unknown): Promise<void> } }
      ).browsingContext;
      await context.performActions([
        {
          type: 'pointer',
          id: '__puppeteer_mouse',
          actions: [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y) },
            down,
            up,
            { type: 'pause', duration: DOUBLE_CLICK_GAP_MS },
            down,
            up,
          ],
        },
      ]);
    },
    holdKey: (key, ms) => holdWith(page.keyboard as never, key, ms),
    screenshot: async (path, clip) =>
      // Puppeteer takes a clip in document coordinates and refuses it together with fullPage.
      void (await page.screenshot({ path: path as `${string}.png`, ...(clip ? { clip } : { fullPage: true }) })),
    setViewport: (width, height) => page.setViewport({ width, height, deviceScaleFactor: 1 }),
    close: () => page.close(),
  };
}

/** Debian's language pack of Firefox ESR for `lang`: where it installs, and which package brings it. */
export function firefoxLangpack(firefox: string, lang: string): { file: string; pkg: string } {
  const code = lang.replace('_', '-');
  // Debian names the packages in lower case (firefox-esr-l10n-pt-br) and the Spanish of Spain es-es.
  const pkg = `firefox-esr-l10n-${(code === 'es' ? 'es-ES' : code).toLowerCase()}`;
  const file = join(
    dirname(realpathSync(firefox)),
    'browser/extensions',
    `langpack-${code === 'es' ? 'es-ES' : code}@firefox-esr.mozilla.org.xpi`,
  );
  return { file, pkg };
}

/**
 * Firefox's UI language: its language pack (installed with the browser, in its application scope),
 * enabled in the fresh profile, and the pref that requests it. Without the pack Firefox silently stays
 * in English, so this refuses to start instead.
 */
function languagePrefs(firefox: string, lang: string | undefined): Record<string, string | number> {
  if (!lang || lang.startsWith('en')) return {};
  const { file, pkg } = firefoxLangpack(firefox, lang);
  if (!existsSync(file))
    throw new Error(
      `Firefox has no ${lang} language pack (${file} is missing): install Debian's ${pkg} (apt-get install ${pkg}).`,
    );
  return {
    'intl.locale.requested': lang.replace('_', '-'),
    // Debian installs language packs next to Firefox (its application scope, 4). A new profile reads
    // that scope (enabledScopes, profile 1 + application 4) but, by Firefox's default autoDisableScopes
    // (15), keeps what it finds there disabled until the user agrees: the UI stays English (measured).
    // Puppeteer's profile sets 0 already; said here so the language journeys do not hang on it.
    'extensions.enabledScopes': 5,
    'extensions.autoDisableScopes': 0,
  };
}

export interface FirefoxOptions {
  /** The browser's UI language ("de", "ar"). */
  lang?: string;
  /**
   * The colour scheme pages see. WebDriver BiDi has no media emulation, so it is a pref of the profile,
   * fixed for the browser's life (layout.css.prefers-color-scheme.content-override: 0 dark, 1 light).
   */
  colorScheme?: 'light' | 'dark';
  /** More prefs of the profile (a small storage quota, for the storage-full journeys). */
  prefs?: Record<string, string | number | boolean>;
}

export async function firefoxDriver({ lang, colorScheme, prefs }: FirefoxOptions = {}): Promise<ExtBrowser> {
  const uuid = randomUUID();
  const executablePath = findFirefox();
  const language = languagePrefs(executablePath, lang);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Without it WebDriver BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // A fixed UUID, so the test knows the extension's page URLs.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // The system backend closes headless notifications within milliseconds; the built-in one keeps them.
      'alerts.useSystemBackend': false,
      'extensions.background.idle.timeout': BACKGROUND_IDLE_MS,
      ...language,
      ...(colorScheme && {
        'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
        'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
      }),
      ...prefs,
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
