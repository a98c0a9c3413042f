import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONS } from '@/lib/content';
import { CHROME_BUILD, launchChromium, type ChromiumSession } from './support/chromium';

// offscreen: Chrome only, to play the chime (the journeys check the Firefox build has none).
const ALLOWED_PERMISSIONS = ['alarms', 'idle', 'notifications', 'offscreen', 'storage'];

describe('the built extension in real Chromium', () => {
  let session: ChromiumSession;

  beforeAll(async () => {
    session = await launchChromium();
    console.info(`Chromium ${session.version}`);
  });
  afterAll(() => session?.close());

  it('loads, with only the allowed permissions and no host access', async () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    for (const permission of manifest.permissions ?? []) expect(ALLOWED_PERMISSIONS).toContain(permission);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    const worker = await session.worker();
    const loaded = await worker.evaluate(() => chrome.runtime.getManifest().permissions);
    expect(loaded).toEqual(manifest.permissions);
  });

  it('ships popup.html with its first paint in the HTML (headings and the Start walk button)', () => {
    const html = readFileSync(join(CHROME_BUILD, 'popup.html'), 'utf8');
    for (const text of ['Short walk', 'Start walk (5 min)', 'Mini exercise', 'Quick answers', 'not medical advice']) {
      expect(html).toContain(text);
    }
  });

  it('shows all ten questions in the popup, and expanding one shows its answer', async () => {
    const page = await session.openPage('popup.html');
    const answers = page.getByRole('region', { name: 'Quick answers' });
    // The list loads right after the first paint, with its search box.
    await answers.getByRole('searchbox', { name: 'Search answers' }).waitFor();
    const shown = await answers.getByRole('button').allTextContents();
    expect(shown).toEqual(QUESTIONS.map((q) => q.question));
    const question = page.getByRole('button', { name: 'Can too much walking cause back pain?' });
    await expect(question.getAttribute('aria-expanded')).resolves.toBe('false');
    await question.click();
    await expect(question.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.getByText('usually gets better with sitting or lying down').waitFor({ state: 'visible', timeout: 5000 });
    await page.close();
  });
});
