import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, type Settings } from '@/lib/settings/model';
import { localDay } from '@/lib/time/days';
import { createHarness, MINUTE, type Harness } from './harness';

const HOUR = 60 * MINUTE;

describe('background: reminders', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createHarness();
    await h.settle();
  });

  it('arms one alarm per reminder kind on first start', async () => {
    expect(await h.alarmTimes()).toEqual({
      'posture-reminder': h.fake.clock.now + 30 * MINUTE,
      'walk-reminder': h.fake.clock.now + 60 * MINUTE,
    });
  });

  it('does not restart a running countdown when the worker starts again', async () => {
    const before = await h.alarmTimes();
    h.fake.advance(10 * MINUTE);
    await h.restartWorker();
    expect(await h.alarmTimes()).toEqual(before);
  });

  it('re-arms lost alarms at their stored times', async () => {
    const before = await h.alarmTimes();
    await fakeBrowser.alarms.clearAll();
    h.fake.advance(5 * MINUTE);
    await h.restartWorker();
    expect(await h.alarmTimes()).toEqual(before);
  });

  it('shows the posture reminder with Done and Snooze buttons when its alarm fires', async () => {
    await h.fire('posture-reminder');
    const shown = await h.notifications();
    expect(Object.keys(shown)).toEqual(['posture-reminder']);
    expect(shown['posture-reminder']!.title).toBe('Posture check');
    expect(shown['posture-reminder']!.buttons?.map((b) => b.title)).toEqual(['Done', 'Snooze 10 min']);
    expect(await h.badge()).toBe('!');
    expect((await h.alarmTimes())['posture-reminder']).toBe(h.fake.clock.now + 30 * MINUTE);
  });

  it('records an answered posture check on Done and clears the reminder', async () => {
    await h.fire('posture-reminder');
    await h.background.onNotificationButton('posture-reminder', 0);
    await h.settle();
    expect(await h.notifications()).toEqual({});
    expect(((await h.local('history')) as { postureChecks: number[] }).postureChecks).toEqual([h.fake.clock.now]);
    expect(await h.badge()).toBe('');
  });

  it('counts the user as away after the away time of the settings, from start-up and after a change', async () => {
    expect(h.fake.idle.detectionIntervalS).toBe(defaultSettings().idleThresholdMin * 60);
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), idleThresholdMin: 12 } });
    await h.settle();
    expect(h.fake.idle.detectionIntervalS).toBe(12 * 60);
  });

  it('clears a reminder’s notification when it is answered in the popup: Done logs it, Snooze and Skip put it off', async () => {
    await h.fire('posture-reminder');
    expect(await h.command({ type: 'reminder-acknowledge', kind: 'posture' })).toEqual({ ok: true });
    expect(await h.notifications()).toEqual({});
    expect(((await h.local('history')) as { postureChecks: number[] }).postureChecks).toEqual([h.fake.clock.now]);
    expect(await h.badge()).toBe('');

    for (const command of [
      { type: 'reminder-snooze', kind: 'walk' },
      { type: 'reminder-skip', kind: 'walk' },
    ]) {
      await h.fire('walk-reminder');
      expect(Object.keys(await h.notifications())).toEqual(['walk-reminder']);
      expect(await h.command(command)).toEqual({ ok: true });
      expect(await h.notifications(), command.type).toEqual({});
      expect(await h.badge(), command.type).toBe('');
    }
  });

  it('stops showing a reminder as waiting when the user closes its notification, not when the browser does', async () => {
    await h.fire('posture-reminder');
    await h.background.onNotificationClosed('posture-reminder', false);
    await h.settle();
    expect(await h.badge()).toBe('!');
    await h.background.onNotificationClosed('posture-reminder', true);
    await h.settle();
    expect(await h.badge()).toBe('');
  });

  it('ignores a notification button it does not know: the reminder keeps waiting, nothing is logged', async () => {
    await h.fire('posture-reminder');
    await h.background.onNotificationButton('posture-reminder', 2);
    await h.settle();
    expect(Object.keys(await h.notifications())).toEqual(['posture-reminder']);
    expect(await h.badge()).toBe('!');
    expect(await h.local('history')).toBeNull();
  });

  it('snoozes a reminder for the snooze length', async () => {
    await h.fire('posture-reminder');
    await h.background.onNotificationButton('posture-reminder', 1);
    await h.settle();
    expect((await h.alarmTimes())['posture-reminder']).toBe(h.fake.clock.now + 10 * MINUTE);
    const history = (await h.local('history')) as { postureChecks: number[]; snoozes: number[] };
    expect(history.postureChecks).toEqual([]);
    expect(history.snoozes).toEqual([h.fake.clock.now]);
  });

  it('snoozes from the popup for a chosen length, or skips, and counts both in the history of the day', async () => {
    await h.fire('posture-reminder');
    expect(await h.command({ type: 'reminder-snooze', kind: 'posture', minutes: 5 })).toEqual({ ok: true });
    expect((await h.alarmTimes())['posture-reminder']).toBe(h.fake.clock.now + 5 * MINUTE);
    await h.fire('posture-reminder');
    expect(await h.command({ type: 'reminder-skip', kind: 'posture' })).toEqual({ ok: true });
    expect((await h.alarmTimes())['posture-reminder']).toBe(h.fake.clock.now + 30 * MINUTE);
    expect(await h.notifications()).toEqual({});
    const history = (await h.local('history')) as { snoozes: number[]; skips: number[] };
    expect(history.snoozes).toHaveLength(1);
    expect(history.skips).toHaveLength(1);
    expect(await h.command({ type: 'reminder-snooze', kind: 'posture', minutes: 7 })).toBeUndefined();
  });

  it('shows one reminder when the walk and posture alarms fire at the same minute (fold rule)', async () => {
    await h.fire('posture-reminder');
    await h.background.onNotificationButton('posture-reminder', 0);
    await h.settle();
    const posture = (await fakeBrowser.alarms.get('posture-reminder'))!;
    const walk = (await fakeBrowser.alarms.get('walk-reminder'))!;
    expect(posture.scheduledTime).toBe(walk.scheduledTime);
    h.fake.clock.now = walk.scheduledTime;
    await fakeBrowser.alarms.clearAll();
    await h.background.onAlarm(walk);
    await h.background.onAlarm(posture);
    await h.settle();
    expect(Object.keys(await h.notifications())).toEqual(['walk-reminder']);
    expect((await h.alarmTimes())['posture-reminder']).toBe(h.fake.clock.now + 30 * MINUTE);
  });

  it.each([
    ['start-up reconcile first, then the alarm event', true],
    ['the alarm event alone', false],
  ])('shows a reminder that wakes a stopped worker exactly once (%s)', async (_name, reconcileFirst) => {
    const alarm = (await fakeBrowser.alarms.get('posture-reminder'))!;
    h.fake.clock.now = alarm.scheduledTime + 300;
    await fakeBrowser.alarms.clear('posture-reminder');
    const before = h.created.length;
    // The browser starts a new worker for the alarm: its main() reconciles, then the event arrives.
    if (reconcileFirst) await h.restartWorker();
    await h.background.onAlarm(alarm);
    await h.settle();
    await h.background.reconcile();
    await h.settle();
    expect(h.created.slice(before)).toEqual(['posture-reminder']);
  });

  it('shows a reminder once when the browser starts within two minutes of its due time', async () => {
    const alarm = (await fakeBrowser.alarms.get('posture-reminder'))!;
    h.fake.clock.now = alarm.scheduledTime + 90_000;
    const before = h.created.length;
    await h.background.reconcile(); // onStartup
    await h.restartWorker(); // and the worker's own start
    await h.background.onAlarm(alarm); // the alarm, delivered late
    await h.settle();
    expect(h.created.slice(before)).toEqual(['posture-reminder']);
  });

  it('puts a reminder alarm back at the engine’s due time after someone re-arms it while the worker runs', async () => {
    const due = (await h.alarmTimes())['posture-reminder']!;
    // Another tool moves the alarm to fire in a minute; it fires; nothing is due yet.
    await fakeBrowser.alarms.create('posture-reminder', { when: h.fake.clock.now + MINUTE });
    await h.fire('posture-reminder');
    expect(h.created).toEqual([]);
    expect((await h.alarmTimes())['posture-reminder']).toBe(due);
    // And at the due time it shows.
    await h.fire('posture-reminder');
    expect(h.created).toEqual(['posture-reminder']);
  });

  it('puts a cleared reminder alarm back at the next event', async () => {
    const due = (await h.alarmTimes())['walk-reminder']!;
    await fakeBrowser.alarms.clear('walk-reminder');
    await h.background.onIdleChanged('active');
    await h.settle();
    expect((await h.alarmTimes())['walk-reminder']).toBe(due);
  });

  it('shows nothing while the user is idle or locked', async () => {
    h.fake.setIdle('locked');
    await h.fire('posture-reminder');
    expect(await h.notifications()).toEqual({});
    expect(Object.keys(await h.alarmTimes()).sort()).toEqual(['posture-reminder', 'walk-reminder']);
  });

  it('holds a reminder while the focused window is fullscreen and shows it after', async () => {
    h.fake.setFullscreen(true);
    await h.fire('posture-reminder');
    expect(await h.notifications()).toEqual({});
    h.fake.setFullscreen(false);
    await h.fire('posture-reminder');
    expect(Object.keys(await h.notifications())).toEqual(['posture-reminder']);
  });

  it('moves the posture alarm at once when its interval is shortened', async () => {
    const next = defaultSettings();
    next.posture.intervalMin = 10;
    await fakeBrowser.storage.local.set({ settings: next });
    await h.settle();
    expect((await h.alarmTimes())['posture-reminder']).toBeLessThanOrEqual(h.fake.clock.now + 10 * MINUTE);
  });

  it('removes a kind’s alarm when it is switched off', async () => {
    const next = defaultSettings();
    next.walk.enabled = false;
    await fakeBrowser.storage.local.set({ settings: next });
    await h.settle();
    expect(Object.keys(await h.alarmTimes()).filter((n) => n.endsWith('-reminder'))).toEqual(['posture-reminder']);
  });

  it('keeps only the pause-end alarm while paused, and re-arms on resume', async () => {
    expect(await h.command({ type: 'reminders-pause', choice: '1h' })).toEqual({ ok: true });
    expect(await h.alarmTimes()).toEqual({ 'pause-end': h.fake.clock.now + 60 * MINUTE });
    await h.command({ type: 'reminders-resume' });
    expect(Object.keys(await h.alarmTimes()).sort()).toEqual(['posture-reminder', 'walk-reminder']);
  });

  it('moves the alarms into the new zone’s working hours when the browser reopens after travelling west', async () => {
    const settings = defaultSettings();
    settings.schedule.enabled = true;
    await fakeBrowser.storage.local.set({ settings });
    h.setZone('Asia/Tokyo');
    h.fake.clock.now = Date.UTC(2024, 0, 9, 13, 35); // Tuesday 22:35 in Tokyo
    await h.background.reconcile();
    await h.settle();
    expect((await h.alarmTimes())['posture-reminder']).toBe(Date.UTC(2024, 0, 10, 0, 30)); // Wednesday 09:30 Tokyo
    // Reopened in New York: Tuesday 08:35 there.
    h.setZone('America/New_York');
    await h.restartWorker();
    expect((await h.alarmTimes())['posture-reminder']).toBe(Date.UTC(2024, 0, 9, 14, 30)); // Tuesday 09:30 New York
  });

  it('keeps a reminder waiting in Firefox when its notification closes: Firefox says "by the user" when it hides one itself', async () => {
    fakeBrowser.reset();
    h = createHarness({ firefox: true });
    await h.settle();
    await h.fire('walk-reminder');
    expect(await h.badge()).toBe('!');
    // As Firefox 153 reports its own hiding of the notification, about 20 s after it showed.
    await h.background.onNotificationClosed('walk-reminder', true);
    await h.settle();
    expect(await h.badge()).toBe('!');
    expect(((await h.local('reminderState')) as { walk: { outstanding: boolean } }).walk.outstanding).toBe(true);
  });

  it('puts a click hint instead of buttons on reminders in Firefox', async () => {
    fakeBrowser.reset();
    h = createHarness({ firefox: true });
    await h.settle();
    await h.fire('posture-reminder');
    const shown = (await h.notifications())['posture-reminder']!;
    expect(shown.buttons).toBeUndefined();
    expect(shown.message).toContain('Click to open Backstride.');
  });
});

describe('background: walks', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createHarness();
    await h.settle();
  });

  it('starts the walk timer from the walk reminder’s Start walk button', async () => {
    await h.fire('walk-reminder');
    const shown = await h.notifications();
    expect(shown['walk-reminder']!.buttons?.map((b) => b.title)).toEqual(['Start walk', 'Snooze 10 min']);
    await h.background.onNotificationButton('walk-reminder', 0);
    await h.settle();
    expect(await h.local('walk')).toMatchObject({ startedAt: h.fake.clock.now, plannedMin: 5 });
    expect((await h.alarmTimes())['walk-timer-end']).toBe(h.fake.clock.now + 5 * MINUTE);
    expect(await h.badge()).toBe('5');
  });

  it('completes a walk at its end: notification, history, badge cleared, walk interval restarted', async () => {
    const start = h.fake.clock.now;
    expect(await h.command({ type: 'walk-start', minutes: 3 })).toEqual({ ok: true });
    await h.fire('walk-timer-end');
    expect(Object.keys(await h.notifications())).toContain('walk-complete');
    expect(((await h.local('history')) as { walks: unknown[] }).walks).toEqual([
      { startedAt: start, endedAt: start + 3 * MINUTE, plannedMin: 3, actualMin: 3, finished: true },
    ]);
    expect(await h.badge()).toBe('');
    expect(await h.local('walk')).toBeNull();
    expect(await h.local('walkNotice')).toBeNull();
    const alarms = await h.alarmTimes();
    expect(alarms['walk-timer-end']).toBeUndefined();
    expect(alarms['walk-timer-tick']).toBeUndefined();
    expect(alarms['walk-reminder']).toBe(h.fake.clock.now + 60 * MINUTE);
  });

  it('completes on start-up a walk whose end passed while the browser was closed', async () => {
    const start = h.fake.clock.now;
    await h.command({ type: 'walk-start', minutes: 5 });
    await fakeBrowser.alarms.clearAll();
    h.fake.advance(3 * HOUR);
    await h.restartWorker();
    expect(((await h.local('history')) as { walks: unknown[] }).walks).toMatchObject([
      { startedAt: start, endedAt: start + 5 * MINUTE, finished: true },
    ]);
  });

  it('logs a walk finished early as cut short, and a cancelled walk not at all', async () => {
    await h.command({ type: 'walk-start', minutes: 10 });
    h.fake.advance(4 * MINUTE);
    await h.command({ type: 'walk-finish' });
    await h.command({ type: 'walk-start', minutes: 10 });
    h.fake.advance(2 * MINUTE);
    await h.command({ type: 'walk-cancel' });
    expect(((await h.local('history')) as { walks: unknown[] }).walks).toMatchObject([
      { plannedMin: 10, actualMin: 4, finished: false },
    ]);
    expect(await h.badge()).toBe('');
  });

  it('answers a second "Start walk" while a walk runs with OK and keeps the first walk as it was', async () => {
    const start = h.fake.clock.now;
    expect(await h.command({ type: 'walk-start', minutes: 5 })).toEqual({ ok: true });
    h.fake.advance(20_000);
    // A press that came before the popup heard of the walk started by the first.
    expect(await h.command({ type: 'walk-start', minutes: 10 })).toEqual({ ok: true });
    expect(await h.local('walk')).toMatchObject({ startedAt: start, plannedMin: 5 });
    expect((await h.alarmTimes())['walk-timer-end']).toBe(start + 5 * MINUTE);
    // Without a walk, a walk command still says why it did nothing.
    await h.command({ type: 'walk-cancel' });
    expect(await h.command({ type: 'walk-pause' })).toEqual({ ok: false, error: 'No walk is running.' });
  });

  it('treats "Finish now" seconds after starting as a cancel: nothing logged, no "walk done"', async () => {
    await h.command({ type: 'walk-start', minutes: 5 });
    h.fake.advance(10_000);
    expect(await h.command({ type: 'walk-finish' })).toEqual({ ok: true });
    expect(await h.local('history')).toBeNull();
    expect(h.created).not.toContain('walk-complete');
    expect(await h.local('walk')).toBeNull();
  });

  it('keeps holding reminders through a paused walk past its planned end, and ends it after 30 minutes paused', async () => {
    const start = h.fake.clock.now;
    await h.command({ type: 'walk-start', minutes: 5 });
    h.fake.advance(2 * MINUTE);
    await h.command({ type: 'walk-pause' });
    expect(await h.badge()).toBe('3');
    expect(await h.title()).toBe('Walk paused: 3 min left');
    // The posture check falls due at +35 min: held, the walk is only paused.
    h.fake.advance(20 * MINUTE);
    await h.background.onIdleChanged('active');
    await h.settle();
    expect(h.created).toEqual([]);
    // 30 minutes after the pause, the walk ends as cut short with the 2 minutes walked.
    await h.fire('walk-timer-end');
    expect((await h.alarmTimes())['walk-timer-end']).toBeUndefined();
    expect(((await h.local('history')) as { walks: unknown[] }).walks).toEqual([
      { startedAt: start, endedAt: start + 2 * MINUTE, plannedMin: 5, actualMin: 2, finished: false },
    ]);
    expect(h.created).toEqual(['walk-complete']);
    expect(await h.badge()).toBe('');
  });

  it('refuses a walk length outside 1–60 minutes, and anything that is not one of its commands', async () => {
    expect(await h.command({ type: 'walk-start', minutes: 61 })).toBeUndefined();
    expect(await h.command({ type: 'reminder-acknowledge', kind: 'lunch' })).toBeUndefined();
    expect(await h.command({ type: 'walk-start' })).toBeUndefined();
    expect(await h.command('walk-start')).toBeUndefined();
    expect(await h.local('walk')).toBeNull();
  });

  it('ignores commands from anything but the extension’s own pages', async () => {
    const reply = await h.background.onMessage({ type: 'walk-start', minutes: 5 }, { id: 'another-extension' });
    const page = await h.background.onMessage(
      { type: 'walk-start', minutes: 5 },
      { id: fakeBrowser.runtime.id, url: 'https://example.com/' },
    );
    await h.settle();
    expect(reply).toBeUndefined();
    expect(page).toBeUndefined();
    expect(await h.local('walk')).toBeNull();
  });

  it('finishes a walk whose worker stopped between logging it and saying so', async () => {
    await h.command({ type: 'walk-start', minutes: 3 });
    // The worker is killed as it shows the notification: the walk is logged, the notice still owed.
    const create = vi.spyOn(h.fake.api.notifications, 'create').mockRejectedValueOnce(new Error('worker stopped'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(h.fire('walk-timer-end')).rejects.toThrow('worker stopped');
    await h.settle();
    expect(((await h.local('history')) as { walks: unknown[] }).walks).toHaveLength(1);
    expect(await h.local('walk')).toBeNull();
    expect(await h.local('walkNotice')).not.toBeNull();
    create.mockRestore();
    error.mockRestore();
    await h.restartWorker();
    expect(Object.keys(await h.notifications())).toContain('walk-complete');
    expect(await h.local('walkNotice')).toBeNull();
    expect(((await h.local('history')) as { walks: unknown[] }).walks).toHaveLength(1);
  });

  it('finishes the walk at the next start when the worker stopped before it could log it', async () => {
    await h.command({ type: 'walk-start', minutes: 3 });
    h.fake.advance(3 * MINUTE);
    // The worker is gone before the alarm's event ran: nothing was written.
    await h.restartWorker();
    expect(((await h.local('history')) as { walks: unknown[] }).walks).toHaveLength(1);
    expect(await h.local('walk')).toBeNull();
  });

  it('keeps a walk that ends while a backup is imported, and the backup’s walks too', async () => {
    await h.command({ type: 'walk-start', minutes: 3 });
    const end = (await fakeBrowser.alarms.get('walk-timer-end'))!;
    h.fake.clock.now = end.scheduledTime;
    await fakeBrowser.alarms.clear('walk-timer-end');
    const old = h.fake.clock.now - 2 * 24 * HOUR;
    const imported = {
      version: 2,
      walks: [{ startedAt: old, endedAt: old + 5 * MINUTE, plannedMin: 5, actualMin: 5, finished: true }],
      postureChecks: [],
      daily: [],
    };
    const [reply] = await Promise.all([
      h.background.onMessage(
        { type: 'import-backup', settings: defaultSettings(), history: imported },
        { id: fakeBrowser.runtime.id },
      ),
      h.background.onAlarm(end),
    ]);
    await h.settle();
    expect(reply).toEqual({ ok: true, added: 1 });
    expect(((await h.local('history')) as { walks: unknown[] }).walks).toHaveLength(2);
  });
});

describe('background: storage full', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createHarness();
    await h.settle();
  });

  const FULL_CHROMIUM = 'Resource::kQuotaBytes quota exceeded';
  const FULL_FIREFOX = 'QuotaExceededError: storage.local API call exceeded its quota limitations.';
  const OUR_WORDS = /^the storage Backstride may use in this browser is full\. Nothing saved before was lost\./;

  it.each([
    ['start a walk', { type: 'walk-start', minutes: 5 }, FULL_CHROMIUM],
    ['pause reminders', { type: 'reminders-pause', choice: '30min' }, FULL_FIREFOX],
    ['reset', { type: 'reset-data' }, FULL_FIREFOX],
  ])('answers "%s" with our words when storage is full, and changes nothing', async (_, command, message) => {
    const before = await fakeBrowser.storage.local.get(null);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(message));
    const reply = await h.command(command);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(OUR_WORDS) });
    expect((reply as { error: string }).error).not.toContain(message);
    set.mockRestore();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    // The queue goes on: the next command works once there is room again.
    expect(await h.command({ type: 'walk-start', minutes: 5 })).toEqual({ ok: true });
  });

  it('tries a reminder again every minute while its write is refused, and shows it once when there is room', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(FULL_CHROMIUM));
    for (let i = 0; i < 2; i++) {
      await expect(h.fire('posture-reminder')).rejects.toThrow();
      await h.settle();
      // Not shown (nothing of it could be kept), but its alarm is armed again: reminders do not stop.
      expect(h.created).toEqual([]);
      expect((await h.alarmTimes())['posture-reminder']).toBe(h.fake.clock.now + MINUTE);
    }
    set.mockRestore();
    await h.fire('posture-reminder');
    expect(h.created).toEqual(['posture-reminder']);
    const next = (await h.alarmTimes())['posture-reminder']!;
    expect(next).toBeGreaterThanOrEqual(h.fake.clock.now + 29 * MINUTE);
    // The worker restarting now (start-up reconcile) does not show it a second time.
    await h.restartWorker();
    expect(h.created).toEqual(['posture-reminder']);
  });

  it('arms the alarms a browser restart lost in a minute when start-up cannot write, and on time once it can', async () => {
    const due = await h.alarmTimes();
    // Firefox keeps no alarms over a restart; the worker starts with storage full.
    await fakeBrowser.alarms.clearAll();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(FULL_FIREFOX));
    await h.restartWorker();
    expect(await h.alarmTimes()).toEqual({
      'posture-reminder': h.fake.clock.now + MINUTE,
      'walk-reminder': h.fake.clock.now + MINUTE,
    });
    expect(h.created).toEqual([]);
    // Room again: the next try puts each reminder back at its due time, showing nothing early.
    set.mockRestore();
    await h.fire('posture-reminder');
    expect(await h.alarmTimes()).toEqual(due);
    expect(h.created).toEqual([]);
  });

  it('leaves a repeating alarm as it is when its write is refused (the walk’s badge tick)', async () => {
    expect(await h.command({ type: 'walk-start', minutes: 5 })).toEqual({ ok: true });
    const tick = await fakeBrowser.alarms.get('walk-timer-tick');
    expect(tick?.periodInMinutes).toBe(1);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error(FULL_CHROMIUM));
    h.fake.advance(2 * MINUTE);
    await h.background.onAlarm(tick!).catch(() => undefined);
    await h.settle();
    set.mockRestore();
    expect(await fakeBrowser.alarms.get('walk-timer-tick')).toEqual(tick);
  });

  it("answers another refused write with the browser's detail, in a localized frame", async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error'));
    expect(await h.command({ type: 'walk-start', minutes: 5 })).toEqual({
      ok: false,
      error: 'the browser reported an error (IO error)',
    });
  });
});

describe('background: history', () => {
  it('never drops stored history when the clock is days behind', async () => {
    const h = createHarness();
    await h.settle();
    const ahead = h.fake.clock.now + 3 * 24 * HOUR;
    const stored = {
      version: 2,
      walks: [{ startedAt: ahead, endedAt: ahead + 5 * MINUTE, plannedMin: 5, actualMin: 5, finished: true }],
      postureChecks: [ahead],
      daily: [],
    };
    await fakeBrowser.storage.local.set({ history: stored });
    await h.fire('posture-reminder');
    await h.background.onNotificationButton('posture-reminder', 0);
    await h.settle();
    const history = (await h.local('history')) as typeof stored;
    expect(history.walks).toEqual(stored.walks);
    expect([...history.postureChecks].sort()).toEqual([h.fake.clock.now, ahead]);
  });

  it('migrates what version 0.1 stored: the walk under its old name, the storage helper’s marks', async () => {
    const h = createHarness();
    await h.settle();
    const walk = { startedAt: h.fake.clock.now, plannedMin: 5, pausedAt: null, pausedMs: 0 };
    await fakeBrowser.storage.local.set({ walkTimer: walk, walkTimer$: { v: 1 }, history$: { v: 2 } });
    await h.background.onInstalled('update');
    await h.settle();
    expect(await h.local('walk')).toEqual(walk);
    expect(await fakeBrowser.storage.local.get(['walkTimer', 'walkTimer$', 'history$'])).toEqual({});
    expect(await h.badge()).toBe('5');
  });
});

describe('background: import', () => {
  const DAY = 24 * HOUR;
  const ZONE = 'Europe/Berlin';
  let h: Harness;
  beforeEach(async () => {
    h = createHarness({ zone: ZONE });
    await h.settle();
  });

  const walk = (startedAt: number) => ({
    startedAt,
    endedAt: startedAt + 5 * MINUTE,
    plannedMin: 5,
    actualMin: 5,
    finished: true,
  });
  const total = (at: number, walks: number) => ({
    day: localDay(at, ZONE),
    walkMin: 5 * walks,
    walks,
    finishedWalks: walks,
    postureChecks: 0,
  });
  const file = (walks: unknown[], daily: unknown[] = []) => ({
    version: 3,
    walks,
    postureChecks: [],
    snoozes: [],
    skips: [],
    daily,
  });
  const importHistory = (history: unknown) =>
    h.command({ type: 'import-backup', settings: defaultSettings(), history });
  const stored = async () => (await h.local('history')) as ReturnType<typeof file>;

  it('says 0 walks added when the same file is imported again, its old walks included', async () => {
    // A backup holding a walk older than 28 days in detail: the import folds it into a daily total.
    const backup = file([walk(h.fake.clock.now - 40 * DAY), walk(h.fake.clock.now - 2 * DAY)]);
    expect(await importHistory(backup)).toEqual({ ok: true, added: 2 });
    expect(await importHistory(backup)).toEqual({ ok: true, added: 0 });
    expect(await importHistory(backup)).toEqual({ ok: true, added: 0 });
    const history = await stored();
    expect(history.walks).toHaveLength(1);
    expect(history.daily).toEqual([total(h.fake.clock.now - 40 * DAY, 1)]);
  });

  it('counts a new walk of a day the file holds as a total and a new recent walk: 2', async () => {
    await fakeBrowser.storage.local.set({ history: file([walk(h.fake.clock.now - 3 * DAY)]) });
    const old = h.fake.clock.now - 50 * DAY;
    const backup = file([walk(h.fake.clock.now - 3 * DAY), walk(h.fake.clock.now - DAY)], [total(old, 1)]);
    expect(await importHistory(backup)).toEqual({ ok: true, added: 2 });
    expect(await importHistory(backup)).toEqual({ ok: true, added: 0 });
  });

  it('does not count twice a walk stored in detail that the file holds in a day’s total', async () => {
    // This device still has one walk of that day in detail; the file's total of the day holds it and one more.
    const at = h.fake.clock.now - 27 * DAY;
    await fakeBrowser.storage.local.set({ history: file([walk(at)]) });
    expect(await importHistory(file([], [total(at, 2)]))).toEqual({ ok: true, added: 1 });
    expect((await stored()).daily).toEqual([total(at, 2)]);
    // And the other way round: the file has it in detail, this device in that total.
    expect(await importHistory(file([walk(at)]))).toEqual({ ok: true, added: 0 });
  });
});

describe('background: install', () => {
  it('adopts the settings synced from the user’s other browsers on a new install, not on an update', async () => {
    const synced: Settings = { ...defaultSettings(), snoozeMin: 25 };
    // Already in sync storage when the extension arrives (before the worker listens).
    await fakeBrowser.storage.sync.set({ settings: synced });
    const h = createHarness();
    await h.settle();
    await h.background.onInstalled('update');
    expect(((await h.local('settings')) as Settings | null)?.snoozeMin ?? defaultSettings().snoozeMin).toBe(
      defaultSettings().snoozeMin,
    );
    await h.background.onInstalled('install');
    expect(await h.local('settings')).toMatchObject({ snoozeMin: 25 });
  });
});

describe('background: settings sync', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createHarness();
    await h.settle();
  });
  const withSnooze = (snoozeMin: number): Settings => ({ ...defaultSettings(), snoozeMin });

  it('writes the synced copy once, a moment after the last of many quick changes', async () => {
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    for (let i = 1; i <= 50; i++) {
      await fakeBrowser.storage.local.set({ settings: withSnooze(i) });
      h.fake.advance(100);
    }
    await h.settle();
    expect(writes).not.toHaveBeenCalled();
    // A moment later, not at once: the alarm of the last change is still ahead.
    expect((await h.alarmTimes())['settings-sync']).toBeGreaterThan(h.fake.clock.now);
    await h.fire('settings-sync');
    expect(writes).toHaveBeenCalledTimes(1);
    expect(await h.sync('settings')).toEqual(withSnooze(50));
  });

  it('keeps a refused sync write for the options page and retries it later', async () => {
    await fakeBrowser.storage.local.set({ settings: withSnooze(20) });
    await h.settle();
    const set = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'));
    await h.fire('settings-sync');
    expect(await h.local('syncStatus')).toEqual({
      problem: 'rate',
      message: 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
    });
    expect((await h.alarmTimes())['settings-sync']).toBe(h.fake.clock.now + MINUTE);
    set.mockRestore();
    await h.fire('settings-sync');
    expect(await h.sync('settings')).toEqual(withSnooze(20));
    expect(await h.local('syncStatus')).toBeNull();
  });

  it('adopts settings from another browser, without writing them back to sync', async () => {
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await fakeBrowser.storage.sync.set({ settings: withSnooze(25) });
    await h.settle();
    writes.mockClear();
    expect(await h.local('settings')).toEqual(withSnooze(25));
    if ((await fakeBrowser.alarms.get('settings-sync')) !== undefined) await h.fire('settings-sync');
    expect(writes).not.toHaveBeenCalled();
  });

  it('does not let the echo of an older write undo a newer change still waiting to sync', async () => {
    await fakeBrowser.storage.local.set({ settings: withSnooze(20) });
    await h.settle();
    await h.fire('settings-sync');
    // A newer change, whose sync write fails…
    await fakeBrowser.storage.local.set({ settings: withSnooze(30) });
    await h.settle();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('Sync is disabled'));
    await h.fire('settings-sync');
    // …and then the echo of the older write arrives.
    await h.background.onStorageChanged({ settings: { newValue: withSnooze(20), oldValue: null } }, 'sync');
    await h.settle();
    expect(await h.local('settings')).toEqual(withSnooze(30));
  });

  it('repairs damaged settings on this device from sync instead of syncing their defaults to every browser', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ settings: withSnooze(25) });
    await h.settle();
    await h.fire('settings-sync');
    await fakeBrowser.storage.local.set({ settings: { version: 2, posture: 'broken' } });
    await h.settle();
    await h.fire('settings-sync');
    expect(await h.sync('settings')).toEqual(withSnooze(25));
    expect(await h.local('settings')).toEqual(withSnooze(25));
  });

  it('ignores invalid settings that arrive through sync', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({ settings: { ...defaultSettings(), snoozeMin: 0 } });
    await h.settle();
    expect(await h.local('settings')).toBeNull();
    expect(warn).toHaveBeenCalled();
  });
});
