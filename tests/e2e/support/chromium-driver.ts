import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './chromium';
import { DOUBLE_CLICK_GAP_MS, holdWith, type ExtBrowser, type ExtPage } from './driver';

export function wrapPlaywrightPage(page: Page): ExtPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    colorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    run: (source) => page.evaluate(source),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    // CDP takes the click count from the caller: the second press says it is the second.
    doubleClick: async (x, y) => {
      await page.mouse.move(x, y);
      for (const clickCount of [1, 2]) {
        if (clickCount === 2) await new Promise((r) => setTimeout(r, DOUBLE_CLICK_GAP_MS));
        await page.mouse.down({ clickCount });
        await page.mouse.up({ clickCount });
      }
    },
    holdKey: (key, ms) => holdWith(page.keyboard, key, ms),
    // With fullPage, Playwright takes the clip in document coordinates.
    screenshot: async (path, clip) => void (await page.screenshot({ path, fullPage: true, clip })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}

export async function chromiumDriver(
  session?: ChromiumSession,
  { lang }: { lang?: string } = {},
): Promise<ExtBrowser & { session: ChromiumSession }> {
  const s = session ?? (await launchChromium(undefined, { lang }));
  return {
    name: 'chromium',
    version: s.version,
    session: s,
    openPage: async (path) => wrapPlaywrightPage(await s.openPage(path)),
    async stopBackground() {
      const page = s.context.pages()[0] ?? (await s.context.newPage());
      const cdp = await s.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    close: () => s.close(),
  };
}
