import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backgroundBytes, pageBytes } from '../../scripts/bench/bytes.ts';
import { CHROME_BUILD } from './support/chromium';

// The deterministic byte budgets of bench/budgets.json, checked on the production build that
// `npm test` makes before the e2e suite. Timings are never asserted in tests: `npm run bench` has them.
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as {
  popupGzipBytes: number;
  backgroundGzipBytes: number;
  backgroundGzipCeilingBytes: number;
};
const list = (files: { file: string; gzip: number }[]) => files.map((f) => `${f.file} ${f.gzip} B`).join(', ');

describe('byte budgets of the Chrome build (bench/budgets.json)', () => {
  it('keeps everything popup.html loads within the popup budget (gzip)', () => {
    const popup = pageBytes(CHROME_BUILD, 'popup.html');
    console.info(`popup JS+CSS: ${popup.raw} B raw, ${popup.gzip} B gzip (${list(popup.files)})`);
    expect(popup.files.length, 'popup.html loads no script or stylesheet: is the build there?').toBeGreaterThan(0);
    expect(popup.gzip, `popup JS+CSS gzip: ${list(popup.files)}`).toBeLessThanOrEqual(budgets.popupGzipBytes);
  });

  // The worker's target (issue 16: 10 KB gzip) is not met with every feature in it; `npm run bench`
  // reports it as broken. npm test holds the ceiling so the script cannot silently grow past today's.
  it('keeps the background script under its ceiling (gzip)', () => {
    const background = backgroundBytes(CHROME_BUILD);
    console.info(
      `background: ${background.raw} B raw, ${background.gzip} B gzip (target ${budgets.backgroundGzipBytes} B): ${list(background.files)}`,
    );
    expect(background.gzip, `background gzip: ${list(background.files)}`).toBeLessThanOrEqual(
      budgets.backgroundGzipCeilingBytes,
    );
  });
});
