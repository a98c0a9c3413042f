/**
 * Chromium only: a persistent profile that survives a browser restart (Firefox temporary add-ons are
 * removed when Firefox closes, so there is nothing to restart into).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { wrapPlaywrightPage } from './support/chromium-driver';
import { waitUntil } from './support/driver';
import { extensionState } from './support/extension-state';
import { restartDue } from '@/lib/reminders/due';
import { isInWindow } from '@/lib/reminders/schedule-window';
import { defaultSettings } from '@/lib/settings/model';

describe('a Chromium restart on the same profile', () => {
  let session: ChromiumSession | undefined;
  afterAll(() => session?.close());

  async function open(s: ChromiumSession) {
    return extensionState(wrapPlaywrightPage(await s.openPage('popup.html')));
  }

  it('keeps the reminder alarms at unchanged times (the countdown does not restart)', async () => {
    session = await launchChromium();
    let ext = await open(session);
    const before = await waitUntil(
      () => ext.alarms(),
      (a) => a.length === 2,
      { what: 'the reminder alarms' },
    );
    await session.close({ keepProfile: true });
    await new Promise((r) => setTimeout(r, 1_500));

    session = await launchChromium(session.profileDir);
    ext = await open(session);
    const after = await waitUntil(
      () => ext.alarms(),
      (a) => a.length === 2,
      { what: 'the reminder alarms' },
    );
    const times = (list: typeof before) => Object.fromEntries(list.map((a) => [a.name, a.scheduledTime]));
    const [b, a] = [times(before), times(after)];
    expect(Object.keys(a).sort()).toEqual(['posture-reminder', 'walk-reminder']);
    for (const name of Object.keys(b)) expect(Math.abs(a[name]! - b[name]!)).toBeLessThan(1_000);
  });

  it('completes on start-up a walk whose end passed while the browser was closed', async () => {
    const endedAt = Date.now() - 10 * 60_000;
    // A walk that started 15 minutes ago and was planned for 5: the browser was closed at its end.
    const page = wrapPlaywrightPage(await session!.openPage('popup.html'));
    await page.evaluate(
      (start) => chrome.storage.local.set({ walk: { startedAt: start, plannedMin: 5, pausedAt: null, pausedMs: 0 } }),
      endedAt - 5 * 60_000,
    );
    await session!.close({ keepProfile: true });
    session = await launchChromium(session!.profileDir);
    const reopened = await open(session);
    const history = (await waitUntil(
      () => reopened.local('history') as Promise<{ walks: unknown[] } | undefined>,
      (h) => (h?.walks.length ?? 0) === 1,
      { what: 'the walk in history' },
    ))!;
    expect(history.walks[0]).toMatchObject({ plannedMin: 5, finished: true, endedAt });
    expect((await reopened.local('walk')) ?? null).toBeNull();
  });

  it('moves the reminders into the new zone’s working hours when relaunched in another time zone', async () => {
    await session?.close();
    // Working hours every day, so that the result does not depend on the weekday of the run.
    const settings = defaultSettings();
    settings.schedule.enabled = true;
    settings.schedule.days = settings.schedule.days.map((d) => ({ ...d, enabled: true }));
    session = await launchChromium(undefined, { env: { TZ: 'Asia/Tokyo' } });
    let page = wrapPlaywrightPage(await session.openPage('popup.html'));
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('Asia/Tokyo');
    await page.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
    const inTokyo = await waitUntil(
      () => extensionState(page).alarm('posture-reminder'),
      (a) => a !== null && isInWindow(settings, a.scheduledTime, 'Asia/Tokyo'),
      { what: 'the posture alarm inside Tokyo working hours' },
    );
    await session.close({ keepProfile: true });

    // Tokyo's 09:00–17:30 is New York's night: every due time of Tokyo lies outside New York's hours.
    session = await launchChromium(session.profileDir, { env: { TZ: 'America/New_York' } });
    page = wrapPlaywrightPage(await session.openPage('popup.html'));
    const reopenedAt = Date.now();
    const inNewYork = await waitUntil(
      () => extensionState(page).alarm('posture-reminder'),
      (a) => a !== null && a.scheduledTime !== inTokyo!.scheduledTime,
      { what: 'the posture alarm to move' },
    );
    expect(isInWindow(settings, inNewYork!.scheduledTime, 'America/New_York')).toBe(true);
    const fresh = restartDue(settings, 'posture', reopenedAt, 'America/New_York')!;
    expect(inNewYork!.scheduledTime).toBeLessThanOrEqual(fresh + 60_000);
    expect(inNewYork!.scheduledTime).toBeGreaterThan(Date.now());
  });
  it('opens the welcome page at the first launch only, not at a relaunch on the same profile', async () => {
    await session?.close();
    const welcomePages = (s: ChromiumSession) => s.context.pages().filter((p) => p.url().endsWith('/welcome.html'));
    session = await launchChromium();
    await waitUntil(
      async () => welcomePages(session!).length,
      (n) => n === 1,
      { what: 'the welcome page' },
    );
    await session.close({ keepProfile: true });
    session = await launchChromium(session.profileDir);
    // Chrome reports an extension loaded from the command line as installed at every launch.
    await (await session.worker()).evaluate(() => chrome.storage.local.get('welcomed'));
    await new Promise((r) => setTimeout(r, 2_000));
    expect(welcomePages(session)).toEqual([]);
  });
});
