import { chromiumDriver } from './chromium-driver';
import type { BrowserName, ExtBrowser } from './driver';
import { firefoxDriver } from './firefox-driver';

/** Every browser the journeys run in. E2E_BROWSERS=chromium (or firefox) narrows it for local work. */
export const BROWSERS: BrowserName[] = (
  (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',') as BrowserName[]
).filter((b) => b === 'chromium' || b === 'firefox');

export async function launch(name: BrowserName): Promise<ExtBrowser> {
  const browser = name === 'chromium' ? await chromiumDriver() : await firefoxDriver();
  console.info(`${name}: ${browser.version}`);
  return browser;
}
