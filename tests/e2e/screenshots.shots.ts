// Takes the README's screenshots from the real build: `npm run screenshots` (not part of npm test).
import { mkdirSync } from 'node:fs';
import { it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from './support/chromium';

const OUT = 'assets/screenshots';

it('captures the popup (light, dark, mid-walk) and the options page', async () => {
  mkdirSync(OUT, { recursive: true });
  const session = await launchChromium();
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await session.openPage('popup.html');
      await page.emulateMedia({ colorScheme });
      await page.getByRole('button', { name: /^Start walk/ }).waitFor();
      await page.getByRole('button', { name: 'Another one' }).waitFor();
      await page.getByRole('searchbox', { name: 'Search answers' }).waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/popup-${colorScheme}.png`, fullPage: true });
      await page.close();
    }
    const page = await session.openPage('popup.html');
    const start = page.getByRole('button', { name: /^Start walk/ });
    await start.waitFor();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('.walk-start button')?.disabled);
    await start.click();
    await page.getByRole('timer').first().waitFor();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `${OUT}/popup-walking.png`, fullPage: true });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.close();

    for (const colorScheme of ['light', 'dark'] as const) {
      const options = await session.openPage('options.html');
      await options.setViewportSize({ width: 900, height: 900 });
      await options.emulateMedia({ colorScheme });
      await options.waitForTimeout(500);
      await options.screenshot({ path: `${OUT}/options-${colorScheme}.png`, fullPage: true });
      await options.close();
    }
  } finally {
    await session.close();
  }
});

/** Two weeks of walks, so the options page shows its chart and history (in the screenshots only). */
function sampleHistory(now: number) {
  const DAY = 86_400_000;
  const minutes = [12, 0, 8, 15, 10, 0, 20, 9, 14, 0, 11, 18, 7, 16];
  const walks = minutes.flatMap((m, i) => {
    if (!m) return [];
    const startedAt = now - (minutes.length - i) * DAY + 10 * 3_600_000;
    return [
      { startedAt, endedAt: startedAt + m * 60_000, plannedMin: Math.max(m, 10), actualMin: m, finished: m >= 10 },
    ];
  });
  return { version: 3, walks, postureChecks: [], snoozes: [], skips: [], daily: [] };
}

/** The page the toolbar button opens (the popup prerendered in the browser's language). */
async function actionPopup(page: Page, expected: RegExp): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const popup = await page.evaluate(() => chrome.action.getPopup({}));
    if (expected.test(popup)) return new URL(popup).pathname.slice(1);
    await page.waitForTimeout(50);
  }
  throw new Error(`the toolbar button never opened ${expected}`);
}

// Japanese needs a CJK font on the machine (Debian: fonts-ipafont-gothic or fonts-noto-cjk).
it.each(['de', 'ja', 'ar'])('captures the popup and the options page in %s', async (lang) => {
  const session = await launchChromium(undefined, { lang });
  try {
    const options = await session.openPage('options.html');
    await options.evaluate((history) => chrome.storage.local.set({ history }), sampleHistory(Date.now()));
    const popupPath = await actionPopup(options, new RegExp(`/popup-${lang}\\.html$`));
    const popup = await session.openPage(popupPath);
    await popup.waitForFunction(
      () =>
        document.getElementById('start-walk')?.hasAttribute('disabled') === false &&
        !document.querySelector('.mini-exercise-loading, .quick-answers-loading'),
    );
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: `${OUT}/popup-${lang}.png`, fullPage: true });
    await popup.close();

    await options.setViewportSize({ width: 800, height: 900 });
    await options.reload();
    await options.locator('.chart').waitFor();
    await options.waitForTimeout(500);
    await options.screenshot({ path: `${OUT}/options-${lang}.png`, fullPage: true });
    await options.close();
  } finally {
    await session.close();
  }
});
