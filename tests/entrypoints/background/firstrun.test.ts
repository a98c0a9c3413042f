import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatWhen } from '@/lib/i18n/time';
import { defaultSettings } from '@/lib/settings/model';
import { formatMessage } from '../../support/fake-i18n';
import type { BackgroundApi } from '@/entrypoints/background/browser-api';
import { createChimePlayer } from '@/entrypoints/background/sound';
import { createHarness, MINUTE, type Harness } from './harness';

const HOUR = 60 * MINUTE;
const ZONE = 'Europe/Berlin';

interface Created {
  title: string;
  message: string;
  buttons?: Array<{ title: string }>;
  requireInteraction?: boolean;
}
const shown = async (h: Harness) => (await h.notifications()) as unknown as Record<string, Created>;
const walkStored = (h: Harness) => h.local('walk');
const history = async (h: Harness) => ((await h.local('history')) as { walks: unknown[] } | null)?.walks ?? [];
const clock = (h: Harness, ts: number) => formatWhen(ts, h.fake.clock.now, { timeZone: ZONE });

async function settingsPatch(patch: (s: ReturnType<typeof defaultSettings>) => void, h: Harness) {
  const settings = defaultSettings();
  patch(settings);
  await fakeBrowser.storage.local.set({ settings });
  await h.settle();
}

describe('background: first run', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createHarness();
    await h.settle();
  });

  const welcomeTabs = async () =>
    (await fakeBrowser.tabs.query({})).filter((tab) => tab.url === fakeBrowser.runtime.getURL('/welcome.html'));

  it('opens the welcome page once on install, and never on an update', async () => {
    await h.background.onInstalled('install');
    await h.settle();
    expect(await welcomeTabs()).toHaveLength(1);
    await h.background.onInstalled('update');
    await h.restartWorker();
    await h.background.onInstalled('chrome_update');
    // Chrome says "install" again at each launch of an unpacked extension loaded from the command line.
    await h.background.onInstalled('install');
    await h.settle();
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('does not open the welcome page for a user updating from an earlier version', async () => {
    await h.background.onInstalled('update');
    await h.settle();
    expect(await welcomeTabs()).toEqual([]);
  });

  it('shows a real posture reminder for the welcome page, buttons and all, without touching its countdown', async () => {
    const before = await h.alarmTimes();
    expect(await h.command({ type: 'reminder-preview', kind: 'posture' })).toEqual({ ok: true });
    const reminder = (await shown(h))['posture-reminder']!;
    expect(reminder.title).toBe('Posture check');
    expect(reminder.buttons?.map((b) => b.title)).toEqual(['Done', 'Snooze 10 min']);
    expect(reminder.requireInteraction).toBe(true);
    expect(await h.alarmTimes()).toEqual(before);
    expect(await h.badge()).toBe('');
    // Its Done button works as on any reminder: it goes, and no check is counted for a preview.
    await h.background.onNotificationButton('posture-reminder', 0);
    await h.settle();
    expect(await shown(h)).toEqual({});
    expect(await h.command({ type: 'reminder-preview', kind: 'sitting' })).toBeUndefined();
  });

  it('keeps reminders on screen until the user acts, unless that is switched off', async () => {
    await h.fire('posture-reminder');
    expect((await shown(h))['posture-reminder']!.requireInteraction).toBe(true);
    await settingsPatch((s) => (s.keepOnScreen = false), h);
    await h.fire('walk-reminder');
    expect((await shown(h))['walk-reminder']!.requireInteraction).toBeUndefined();
  });

  it('keeps the walk-done notification on screen as it does reminders, unless that is switched off', async () => {
    const walkEnds = async () => {
      await h.command({ type: 'walk-start', minutes: 3 });
      await h.fire('walk-timer-end');
      return (await shown(h))['walk-complete']!;
    };
    expect((await walkEnds()).requireInteraction).toBe(true);
    await settingsPatch((s) => (s.keepOnScreen = false), h);
    expect((await walkEnds()).requireInteraction).toBeUndefined();
  });

  it('never asks Firefox to keep the walk-done notification, which it would refuse', async () => {
    const firefox = createHarness({ firefox: true });
    await firefox.settle();
    await firefox.command({ type: 'walk-start', minutes: 3 });
    await firefox.fire('walk-timer-end');
    expect((await shown(firefox))['walk-complete']).toMatchObject({ title: 'Walk done' });
    expect((await shown(firefox))['walk-complete']!.requireInteraction).toBeUndefined();
  });
});

describe('background: the toolbar title says what comes next', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createHarness();
    await h.settle();
  });

  it('names the next reminder at its clock time, and the next one after it is shown', async () => {
    const due = (await h.alarmTimes())['posture-reminder']!;
    expect(await h.title()).toBe(formatMessage('badgeNextPosture', clock(h, due)));
    await h.fire('posture-reminder');
    expect(await h.title()).toBe(formatMessage('badgeReminderDue'));
    await h.background.onNotificationButton('posture-reminder', 0);
    await h.settle();
    const walk = (await h.alarmTimes())['walk-reminder']!;
    expect(await h.title()).toBe(formatMessage('badgeNextWalk', clock(h, walk)));
  });

  it('shows the pause mark and until when, then the next reminder again after the pause', async () => {
    await h.command({ type: 'reminders-pause', choice: '1h' });
    const until = h.fake.clock.now + HOUR;
    expect(await h.badge()).toBe('II');
    expect(await h.title()).toBe(formatMessage('badgePausedUntil', clock(h, until)));
    await h.fire('pause-end');
    expect(await h.badge()).toBe('');
    expect(await h.title()).toMatch(/^Backstride: posture check at /);
  });

  it('says when reminders are off', async () => {
    await settingsPatch((s) => {
      s.posture.enabled = false;
      s.walk.enabled = false;
    }, h);
    expect(await h.title()).toBe('Backstride: reminders are off');
  });
});

describe('background: keyboard shortcuts', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createHarness();
    await h.settle();
  });
  const shortcut = async (name: string) => {
    await h.background.onShortcut(name);
    await h.settle();
  };

  it('toggle-walk starts a walk of the settings’ length, and finishes it the second time', async () => {
    await settingsPatch((s) => (s.walk.lengthMin = 7), h);
    await shortcut('toggle-walk');
    expect(await walkStored(h)).toMatchObject({ startedAt: h.fake.clock.now, plannedMin: 7 });
    expect(await h.badge()).toBe('7');
    h.fake.advance(3 * MINUTE);
    await shortcut('toggle-walk');
    expect(await walkStored(h)).toBeNull();
    expect(await history(h)).toMatchObject([{ plannedMin: 7, actualMin: 3, finished: false }]);
    expect(Object.keys(await shown(h))).toEqual(['walk-complete']);
    expect(await h.badge()).toBe('');
  });

  it('toggle-walk finishes a paused walk too; under a minute that is a cancel, and nothing is logged', async () => {
    await shortcut('toggle-walk');
    await h.command({ type: 'walk-pause' });
    h.fake.advance(5_000);
    await shortcut('toggle-walk');
    expect(await walkStored(h)).toBeNull();
    expect(await history(h)).toEqual([]);
    expect(await shown(h)).toEqual({});
  });

  it('takes toggle-walk pressed again within a second of the start as the same press: the walk runs on', async () => {
    await shortcut('toggle-walk');
    const walk = await walkStored(h);
    h.fake.advance(400);
    await shortcut('toggle-walk');
    expect(await walkStored(h)).toEqual(walk);
    expect(await h.badge()).toBe('5');
    // A second later, it finishes the walk as before (under a minute: a cancel).
    h.fake.advance(1_000);
    await shortcut('toggle-walk');
    expect(await walkStored(h)).toBeNull();
  });

  it('toggle-pause pauses reminders for an hour with a notification, and resumes them the second time', async () => {
    const start = h.fake.clock.now;
    await shortcut('toggle-pause');
    expect(await h.alarmTimes()).toEqual({ 'pause-end': start + HOUR });
    expect(await h.badge()).toBe('II');
    expect((await shown(h))['reminders-pause']!.title).toBe(formatMessage('notifPausedTitle', clock(h, start + HOUR)));
    h.fake.advance(10 * MINUTE);
    await shortcut('toggle-pause');
    expect(Object.keys(await h.alarmTimes()).sort()).toEqual(['posture-reminder', 'walk-reminder']);
    expect(await h.badge()).toBe('');
    expect((await shown(h))['reminders-pause']!.title).toBe('Reminders resumed');
    // After the hour, a shortcut pauses again rather than "resuming" a pause that is over.
    await shortcut('toggle-pause');
    h.fake.advance(2 * HOUR);
    await shortcut('toggle-pause');
    expect(await h.badge()).toBe('II');
  });

  it('ignores a command it does not know', async () => {
    const before = await h.alarmTimes();
    await shortcut('_execute_action');
    await shortcut('toString');
    expect(await h.alarmTimes()).toEqual(before);
    expect(await shown(h)).toEqual({});
  });
});

describe('background: the chime', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('plays in an offscreen document in Chrome when a walk ends, at the chosen volume', async () => {
    const h = createHarness();
    await h.settle();
    await h.command({ type: 'walk-start', minutes: 1 });
    await h.fire('walk-timer-end');
    expect(h.fake.offscreenDocs).toEqual(['/offscreen.html?volume=60']);
    // A second walk: the document of the first chime (if still open) makes way.
    await settingsPatch((s) => (s.sound.volume = 30), h);
    await h.command({ type: 'walk-start', minutes: 1 });
    await h.fire('walk-timer-end');
    expect(h.fake.offscreenDocs).toEqual(['/offscreen.html?volume=60', '/offscreen.html?volume=30']);
  });

  it('plays nothing for a cancelled walk, nor with a reminder unless chosen', async () => {
    const h = createHarness();
    await h.settle();
    await h.command({ type: 'walk-start', minutes: 5 });
    h.fake.advance(2 * MINUTE);
    await h.command({ type: 'walk-cancel' });
    await h.fire('posture-reminder');
    expect(h.fake.offscreenDocs).toEqual([]);
    await settingsPatch((s) => (s.sound.reminders = true), h);
    await h.fire('walk-reminder');
    expect(h.fake.offscreenDocs).toHaveLength(1);
  });

  it('plays from the background page itself in Firefox', async () => {
    const played: Array<{ src: string; volume: number }> = [];
    vi.stubGlobal(
      'Audio',
      class {
        volume = 1;
        constructor(public src: string) {}
        async play() {
          played.push({ src: this.src, volume: this.volume });
        }
      },
    );
    const h = createHarness({ firefox: true });
    await h.settle();
    await h.command({ type: 'walk-start', minutes: 1 });
    await h.fire('walk-timer-end');
    expect(played).toEqual([{ src: fakeBrowser.runtime.getURL('/sound/chime.wav'), volume: 0.6 }]);
    // Firefox keeps no notification on screen on request: the option is not given.
    await h.fire('posture-reminder');
    expect((await shown(h))['posture-reminder']!.requireInteraction).toBeUndefined();
  });

  it('never holds the next event: a chime whose sound never starts delays nothing', async () => {
    let started = 0;
    vi.stubGlobal(
      'Audio',
      class {
        volume = 1;
        play() {
          started++;
          return new Promise<void>(() => undefined); // a sound device that never answers
        }
      },
    );
    const h = createHarness({ firefox: true });
    await h.settle();
    await h.command({ type: 'walk-start', minutes: 2 });
    h.fake.advance(90_000);
    // The walk ends with a chime; the command that ended it is answered, not given up by the queue.
    expect(await h.command({ type: 'walk-finish' })).toEqual({ ok: true });
    expect(started).toBe(1);
    expect(await h.command({ type: 'walk-start', minutes: 5 })).toEqual({ ok: true });
    expect(await h.badge()).toBe('5');
  });

  it('gives up a chime that does not start in time, and plays the next one after it', async () => {
    const volumes: number[] = [];
    vi.stubGlobal(
      'Audio',
      class {
        volume = 1;
        play() {
          volumes.push(this.volume);
          return volumes.length === 1 ? new Promise<void>(() => undefined) : Promise.resolve();
        }
      },
    );
    const play = createChimePlayer({ runtime: { getURL: (path: string) => path } } as unknown as BackgroundApi, 20);
    const first = play(50);
    const second = play(60);
    await expect(first).rejects.toThrow(/gave up waiting for "chime" after 20 ms/);
    await second;
    expect(volumes).toEqual([0.5, 0.6]);
  });
});
