/**
 * Storage holding what no working version wrote (a bug, a damaged profile, a clock that was years
 * ahead), in real Chromium and Firefox: the pages keep working, reminders keep coming, and the user's
 * valid settings are never replaced by defaults.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '@/lib/settings/model';
import { BROWSERS, launch } from './support/browsers';
import { waitUntil, type ExtBrowser, type ExtPage } from './support/driver';
import { extensionState } from './support/extension-state';
import { ui } from './support/ui';

const set = (page: ExtPage, values: Record<string, unknown>) =>
  page.evaluate(async (v) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    await api.storage.local.set(v);
  }, values);

const synced = (page: ExtPage) =>
  page.evaluate(async () => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    return ((await api.storage.sync.get('settings')).settings ?? null) as { snoozeMin?: number } | null;
  });

/** Values of every kind of damage, for every value the pages and the background read. */
const DAMAGED: Array<[string, unknown]> = [
  ['settings', 'NaN'],
  ['settings', { version: 99, posture: { intervalMin: -5 }, schedule: { days: [null] } }],
  ['reminderState', [1, 2, 3]],
  ['reminderState', { version: 2, posture: { dueAt: -1e15 }, pausedUntil: 'soon', zone: 42 }],
  ['walk', { startedAt: 'x', plannedMin: 1e9 }],
  ['history', { version: 99, walks: [null, { startedAt: -1 }], daily: 'none' }],
  ['plan', { version: 7, startedAt: NaN }],
  ['exerciseRotation', { nested: { deeper: [[[]]] } }],
  ['checkInSkipped', 'yesterday'],
  ['walkNotice', { startedAt: 1 }],
];

describe.each(BROWSERS)('damaged storage in %s', (browserName) => {
  let browser: ExtBrowser;
  let page: ExtPage;

  beforeAll(async () => {
    browser = await launch(browserName);
    page = await browser.openPage('popup.html');
    await waitUntil(
      () => extensionState(page).alarms(),
      (a) => a.length === 2,
      { what: 'the reminder alarms' },
    );
  });
  afterAll(() => browser?.close());

  /** A freshly opened popup that shows what comes next, with both reminder alarms armed. */
  async function expectWorkingPopup() {
    const popup = await browser.openPage('popup.html');
    const status = await waitUntil(
      () => popup.evaluate(() => document.getElementById('status-line')?.textContent ?? ''),
      (text) => text.startsWith('Posture check in'),
      { what: 'the status line' },
    );
    expect(status).toMatch(/^Posture check in \d+\smin · Walk in /);
    expect(await ui(popup).buttonDisabled('Start walk')).toBe(false);
    const alarms = (await extensionState(popup).alarms()).map((a) => a.name).filter((n) => n.endsWith('-reminder'));
    expect(alarms.sort()).toEqual(['posture-reminder', 'walk-reminder']);
    await popup.close();
  }

  it('keeps the popup and the options page working whatever a stored value holds', async () => {
    await set(page, Object.fromEntries(DAMAGED));
    await browser.stopBackground();
    await expectWorkingPopup();
    const options = await browser.openPage('options.html');
    const headings = await waitUntil(
      () => ui(options).names('heading'),
      (h) => h.includes('History'),
      { what: 'the options page' },
    );
    expect(headings).toContain('Reminders');
    await options.close();
    for (const [key] of DAMAGED) await set(page, { [key]: null });
  });

  it('does not let a pause end written years ahead silence reminders for good', async () => {
    const { reminderState } = (await page.evaluate(async () => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      return api.storage.local.get('reminderState');
    })) as { reminderState: Record<string, unknown> };
    await set(page, { reminderState: { ...reminderState, pausedUntil: 8.64e15 } });
    await browser.stopBackground();
    await expectWorkingPopup();
  });

  it('counts a walk down again when the clock was set back under it, instead of standing still', async () => {
    // What the clock going back an hour two minutes into a 10-minute walk leaves in storage.
    const startedAt = Date.now() + 58 * 60_000;
    await set(page, { walk: { startedAt, plannedMin: 10, pausedAt: null, pausedMs: 0 } });
    await browser.stopBackground();
    const popup = await browser.openPage('popup.html');
    const walk = await waitUntil(
      () => extensionState(popup).local('walk') as Promise<{ startedAt: number; pausedMs: number } | null>,
      (w) => w !== null && w.startedAt + w.pausedMs <= Date.now(),
      { what: 'the walk counting from now' },
    );
    expect(walk?.startedAt).toBeLessThan(startedAt);
    const clock = () => popup.evaluate(() => document.querySelector('.walk-clock')?.textContent ?? '');
    await waitUntil(clock, (text) => /^9:\d\d$/.test(text), { what: 'the walk clock counting down' });
    await ui(popup).click('Cancel');
    await waitUntil(
      () => extensionState(popup).local('walk'),
      (w) => w === null,
      { what: 'the walk cancelled' },
    );
    await popup.close();
  });

  it('repairs damaged settings on this device from sync, never syncing their defaults to every browser', async () => {
    const mine = { ...defaultSettings(), snoozeMin: 25 };
    await set(page, { settings: mine });
    // The background copies settings to sync a couple of seconds after the last change.
    await waitUntil(
      () => synced(page),
      (s) => s?.snoozeMin === 25,
      { what: 'the settings in sync' },
    );
    await set(page, { settings: { version: 2, posture: 'broken' } });
    await waitUntil(
      () => extensionState(page).local('settings') as Promise<{ snoozeMin?: number }>,
      (s) => s?.snoozeMin === 25,
      { what: 'the settings repaired from sync' },
    );
    expect((await synced(page))?.snoozeMin).toBe(25);
  });
});
