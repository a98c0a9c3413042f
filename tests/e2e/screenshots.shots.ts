// Takes the README's screenshots from the real build: `npm run screenshots` (not part of npm test).
import { mkdirSync } from 'node:fs';
import { it } from 'vitest';
import { launchChromium } from './support/chromium';

const OUT = 'assets/screenshots';

it('captures the popup in light and dark', async () => {
  mkdirSync(OUT, { recursive: true });
  const session = await launchChromium();
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await session.openPage('popup.html');
      await page.emulateMedia({ colorScheme });
      await page.getByRole('heading', { name: 'Quick answers' }).waitFor();
      await page.getByRole('button', { name: 'How do I stop my lower back from hurting when I walk?' }).click();
      await page.screenshot({ path: `${OUT}/popup-${colorScheme}.png`, fullPage: true });
      await page.close();
    }
  } finally {
    await session.close();
  }
});
