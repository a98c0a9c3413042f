import { chromiumDriver } from './chromium-driver';
import type { BrowserName, ExtBrowser } from './driver';
import { firefoxDriver } from './firefox-driver';

/** Every browser the journeys run in. E2E_BROWSERS=chromium (or firefox) narrows it for local work. */
export const BROWSERS: BrowserName[] = (
  (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',') as BrowserName[]
).filter((b) => b === 'chromium' || b === 'firefox');

/**
 * Launches `name` with the built extension; `lang` sets the browser's UI language ("de", "ar");
 * `firefoxPrefs` are more prefs of Firefox's profile (Chromium has none to match).
 */
export async function launch(
  name: BrowserName,
  { lang, firefoxPrefs }: { lang?: string; firefoxPrefs?: Record<string, string | number | boolean> } = {},
): Promise<ExtBrowser> {
  const browser =
    name === 'chromium'
      ? await chromiumDriver(undefined, { lang })
      : await firefoxDriver({ lang, prefs: firefoxPrefs });
  console.info(`${name}: ${browser.version}${lang ? `, asked for UI language ${lang}` : ''}`);
  return browser;
}
