// Takes the README's screenshots from the real build: `npm run screenshots` (not part of npm test).
import { mkdirSync } from 'node:fs';
import { it } from 'vitest';
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
