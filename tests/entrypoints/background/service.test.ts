import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundService, type BackgroundService } from '@/entrypoints/background/service';
import { defaultSettings } from '@/lib/settings/model';
import { historyItem } from '@/lib/browser/history-store';
import { settingsItem, walkTimerItem } from '@/lib/browser/storage-items';
import { createFakeApi } from './fake-api';

const MINUTE = 60_000;

async function alarmTimes() {
  return Object.fromEntries((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
}

/** Fires an alarm the way the browser does: at its scheduled time. */
async function fire(fake: ReturnType<typeof createFakeApi>, service: BackgroundService, name: string) {
  const alarm = await fakeBrowser.alarms.get(name);
  if (!alarm) throw new Error(`alarm ${name} is not armed`);
  fake.clock.now = Math.max(fake.clock.now, alarm.scheduledTime);
  // A fired one-off alarm is gone from the browser's list when its event arrives.
  if (!alarm.periodInMinutes) await fakeBrowser.alarms.clear(name);
  await service.onAlarm(alarm);
}

interface ShownNotification {
  title: string;
  message: string;
  buttons?: Array<{ title: string }>;
}
/** The options of every notification on screen, by id (fakeBrowser keeps them). */
const notifications = async () =>
  (
    fakeBrowser.notifications as unknown as { getAllCreateOptions(): Record<string, ShownNotification> }
  ).getAllCreateOptions();
const badge = () => fakeBrowser.action.getBadgeText({});

describe('background service', () => {
  let fake: ReturnType<typeof createFakeApi>;
  let service: BackgroundService;

  beforeEach(async () => {
    fake = createFakeApi();
    service = createBackgroundService({ api: fake.api, now: fake.now, timeZone: () => 'Europe/Berlin' });
    await service.reconcile();
  });

  it('arms one alarm per reminder kind on first start', async () => {
    expect(await alarmTimes()).toEqual({
      'posture-reminder': fake.clock.now + 30 * MINUTE,
      'walk-reminder': fake.clock.now + 60 * MINUTE,
    });
  });

  it('does not restart a running countdown when the worker starts again', async () => {
    const before = await alarmTimes();
    fake.advance(10 * MINUTE);
    await service.reconcile();
    expect(await alarmTimes()).toEqual(before);
  });

  it('re-arms lost alarms at their stored times', async () => {
    const before = await alarmTimes();
    await fakeBrowser.alarms.clearAll();
    fake.advance(5 * MINUTE);
    await service.reconcile();
    expect(await alarmTimes()).toEqual(before);
  });

  it('shows the posture reminder with Done and Snooze buttons when its alarm fires', async () => {
    await fire(fake, service, 'posture-reminder');
    const shown = await notifications();
    expect(Object.keys(shown)).toEqual(['posture-reminder']);
    expect(shown['posture-reminder']!.title).toBe('Posture check');
    expect(shown['posture-reminder']!.buttons?.map((b) => b.title)).toEqual(['Done', 'Snooze 10 min']);
    expect(await badge()).toBe('!');
    expect((await alarmTimes())['posture-reminder']).toBe(fake.clock.now + 30 * MINUTE);
  });

  it('records an answered posture check on Done and clears the reminder', async () => {
    await fire(fake, service, 'posture-reminder');
    await service.onNotificationButton('posture-reminder', 0);
    expect(await notifications()).toEqual({});
    expect((await historyItem.getValue()).postureChecks).toEqual([fake.clock.now]);
    expect(await badge()).toBe('');
  });

  it('snoozes a reminder for the snooze length', async () => {
    await fire(fake, service, 'posture-reminder');
    await service.onNotificationButton('posture-reminder', 1);
    expect((await alarmTimes())['posture-reminder']).toBe(fake.clock.now + 10 * MINUTE);
    expect((await historyItem.getValue()).postureChecks).toEqual([]);
  });

  it('starts the walk timer from the walk reminder’s Start walk button', async () => {
    await fire(fake, service, 'walk-reminder');
    const shown = await notifications();
    expect(shown['walk-reminder']!.buttons?.map((b) => b.title)).toEqual(['Start walk', 'Snooze 10 min']);
    await service.onNotificationButton('walk-reminder', 0);
    expect(await walkTimerItem.getValue()).toMatchObject({ startedAt: fake.clock.now, plannedMin: 5 });
    expect((await alarmTimes())['walk-timer-end']).toBe(fake.clock.now + 5 * MINUTE);
    expect(await badge()).toBe('5');
  });

  it('completes a walk at its end: notification, history, badge cleared, walk interval restarted', async () => {
    const start = fake.clock.now;
    expect(await service.handleCommand({ type: 'walk-start', minutes: 3 })).toEqual({ ok: true });
    await fire(fake, service, 'walk-timer-end');
    expect(Object.keys(await notifications())).toContain('walk-complete');
    expect((await historyItem.getValue()).walks).toEqual([
      { startedAt: start, endedAt: start + 3 * MINUTE, plannedMin: 3, actualMin: 3, finished: true },
    ]);
    expect(await badge()).toBe('');
    expect(await walkTimerItem.getValue()).toBeNull();
    const alarms = await alarmTimes();
    expect(alarms['walk-timer-end']).toBeUndefined();
    expect(alarms['walk-reminder']).toBe(fake.clock.now + 60 * MINUTE);
  });

  it('completes on start-up a walk whose end passed while the browser was closed', async () => {
    const start = fake.clock.now;
    await service.handleCommand({ type: 'walk-start', minutes: 5 });
    await fakeBrowser.alarms.clearAll();
    fake.advance(3 * 60 * MINUTE);
    await service.reconcile();
    expect((await historyItem.getValue()).walks).toMatchObject([
      { startedAt: start, endedAt: start + 5 * MINUTE, finished: true },
    ]);
  });

  it('logs a walk finished early as cut short, and a cancelled walk not at all', async () => {
    await service.handleCommand({ type: 'walk-start', minutes: 10 });
    fake.advance(4 * MINUTE);
    await service.handleCommand({ type: 'walk-finish' });
    await service.handleCommand({ type: 'walk-start', minutes: 10 });
    fake.advance(2 * MINUTE);
    await service.handleCommand({ type: 'walk-cancel' });
    expect((await historyItem.getValue()).walks).toMatchObject([{ plannedMin: 10, actualMin: 4, finished: false }]);
    expect(await badge()).toBe('');
  });

  it('refuses a walk length outside 1–60 minutes', async () => {
    expect(await service.handleCommand({ type: 'walk-start', minutes: 61 })).toMatchObject({ ok: false });
    expect(await walkTimerItem.getValue()).toBeNull();
  });

  it('shows one reminder when the walk and posture alarms fire at the same minute (fold rule)', async () => {
    await fire(fake, service, 'posture-reminder');
    await service.onNotificationButton('posture-reminder', 0);
    // Both alarms are now due at +60 min; the browser queues both events.
    const posture = (await fakeBrowser.alarms.get('posture-reminder'))!;
    const walk = (await fakeBrowser.alarms.get('walk-reminder'))!;
    expect(posture.scheduledTime).toBe(walk.scheduledTime);
    fake.clock.now = walk.scheduledTime;
    await fakeBrowser.alarms.clearAll();
    await service.onAlarm(walk);
    await service.onAlarm(posture);
    expect(Object.keys(await notifications())).toEqual(['walk-reminder']);
    expect((await alarmTimes())['posture-reminder']).toBe(fake.clock.now + 30 * MINUTE);
  });

  it('shows a reminder whose alarm was re-armed to fire now while the worker was stopped', async () => {
    // A new worker: its start-up reconcile restores the alarm the browser just fired and removed.
    const alarm = { name: 'posture-reminder', scheduledTime: fake.clock.now + 50 };
    fake.advance(100);
    await fakeBrowser.alarms.clear('posture-reminder');
    service = createBackgroundService({ api: fake.api, now: fake.now, timeZone: () => 'Europe/Berlin' });
    void service.reconcile();
    await service.onAlarm(alarm);
    expect(Object.keys(await notifications())).toEqual(['posture-reminder']);
  });

  it('shows nothing while the user is idle or locked', async () => {
    fake.setIdle('locked');
    await fire(fake, service, 'posture-reminder');
    expect(await notifications()).toEqual({});
    expect(Object.keys(await alarmTimes()).sort()).toEqual(['posture-reminder', 'walk-reminder']);
  });

  it('holds a reminder while the focused window is fullscreen and shows it after', async () => {
    fake.setFullscreen(true);
    await fire(fake, service, 'posture-reminder');
    expect(await notifications()).toEqual({});
    fake.setFullscreen(false);
    await fire(fake, service, 'posture-reminder');
    expect(Object.keys(await notifications())).toEqual(['posture-reminder']);
  });

  it('moves the posture alarm at once when its interval is shortened', async () => {
    const previous = await settingsItem.getValue();
    const next = defaultSettings();
    next.posture.intervalMin = 10;
    await settingsItem.setValue(next);
    await service.onSettingsChanged(previous);
    expect((await alarmTimes())['posture-reminder']).toBeLessThanOrEqual(fake.clock.now + 10 * MINUTE);
  });

  it('removes a kind’s alarm when it is switched off', async () => {
    const previous = await settingsItem.getValue();
    const next = defaultSettings();
    next.walk.enabled = false;
    await settingsItem.setValue(next);
    await service.onSettingsChanged(previous);
    expect(Object.keys(await alarmTimes())).toEqual(['posture-reminder']);
  });

  it('keeps only the pause-end alarm while paused, and re-arms on resume', async () => {
    expect(await service.handleCommand({ type: 'reminders-pause', choice: '1h' })).toEqual({ ok: true });
    expect(await alarmTimes()).toEqual({ 'pause-end': fake.clock.now + 60 * MINUTE });
    await service.handleCommand({ type: 'reminders-resume' });
    expect(Object.keys(await alarmTimes()).sort()).toEqual(['posture-reminder', 'walk-reminder']);
  });

  it('puts a click hint instead of buttons on reminders in Firefox', async () => {
    fakeBrowser.reset();
    fake = createFakeApi({ firefox: true });
    service = createBackgroundService({ api: fake.api, now: fake.now, timeZone: () => 'Europe/Berlin' });
    await service.reconcile();
    await fire(fake, service, 'posture-reminder');
    const shown = (await notifications())['posture-reminder']!;
    expect(shown.buttons).toBeUndefined();
    expect(shown.message).toContain('Click to open Backstride.');
  });
});
