import { existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChrome } from './find-browser';

export const CHROME_BUILD = resolve('.output/chrome-mv3');

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  version: string;
  profileDir: string;
  /** The extension's service worker (waits for a new one when it was stopped). */
  worker(): Promise<Worker>;
  openPage(path: string): Promise<Page>;
  /** Closes the browser; the profile is kept when `keepProfile` so a test can relaunch on it. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/**
 * Flags for a headless Chromium with only the extension in `dir` loaded, on this closed network
 * (also used by the bench, scripts/bench/chromium.ts).
 */
export function chromiumArgs(dir: string): string[] {
  return [
    // Playwright's defaults disable extensions; this loads exactly ours.
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Keeps Chromium from trying to reach outside hosts on this closed network.
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
  ];
}

/**
 * What makes Chromium's UI (and so `i18n.getUILanguage()` and the extension's messages) a language: the
 * environment's LANGUAGE on Linux, plus `--lang`. Debian's `chromium` ships only en-US; the other UI
 * languages come with `chromium-l10n` (/usr/lib/chromium/locales/*.pak), without which Chromium stays
 * in English whatever it is told: uiLanguageMissing says so, so a journey fails instead of testing English.
 */
export function chromiumLanguage(lang: string): { env: Record<string, string>; args: string[] } {
  return { env: { LANGUAGE: lang }, args: [`--lang=${lang}`] };
}

/** Why Chromium at `chrome` cannot run in `lang`, or null when it can (its locale pack is installed). */
export function uiLanguageMissing(chrome: string, lang: string): string | null {
  // Debian's /usr/bin/chromium is a script that runs /usr/lib/chromium/chromium.
  const real = realpathSync(chrome);
  const dirs = [join(dirname(real), 'locales'), join('/usr/lib', basename(real), 'locales')];
  const dir = dirs.find((d) => existsSync(join(d, 'en-US.pak')));
  if (!dir) return null; // Laid out differently: the journeys still check what getUILanguage() says.
  // "de.pak" for German; English and Portuguese come as regional packs only (en-US.pak, pt-BR.pak).
  const tag = lang.replace('_', '-');
  const paks = readdirSync(dir).filter((f) => f === `${tag}.pak` || f.startsWith(`${tag}-`));
  return paks.length
    ? null
    : `Chromium has no ${lang} UI (no ${join(dir, `${tag}.pak`)}): install Debian's chromium-l10n (apt-get install chromium-l10n).`;
}

export interface LaunchOptions {
  /** Extra environment (TZ: the journeys relaunch it "in another country"). */
  env?: Record<string, string>;
  /** The browser's UI language ("de", "ar"): see chromiumLanguage. */
  lang?: string;
  /** Another build folder than .output/chrome-mv3 (a test's altered copy of it). */
  build?: string;
}

/** Launches real Chromium with the built extension loaded, on a fresh or given profile. */
export async function launchChromium(
  profileDir = mkdtempSync(join(tmpdir(), 'backstride-e2e-')),
  { env = {}, lang, build = CHROME_BUILD }: LaunchOptions = {},
): Promise<ChromiumSession> {
  const executablePath = findChrome();
  const missing = lang && uiLanguageMissing(executablePath, lang);
  if (missing) throw new Error(missing);
  const language = lang ? chromiumLanguage(lang) : { env: {}, args: [] };
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    // Chromium takes its time zone from TZ and its UI language from LANGUAGE.
    env: { ...(process.env as Record<string, string>), ...env, ...language.env },
    viewport: { width: 400, height: 600 },
    args: [...chromiumArgs(build), ...language.args],
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  const version = context.browser()?.version() ?? (await (await worker()).evaluate(() => navigator.userAgent));
  return {
    context,
    extensionId,
    version,
    profileDir,
    worker,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close(options) {
      await context.close();
      if (!options?.keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
