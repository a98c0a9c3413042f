/**
 * What the reminders say: a short call to action, a sentence of the document naming its question,
 * and, for a catch-up, why it comes late. The test reminder is a real one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage, type LocaleMessage } from '@/lib/i18n/format';
import { defaultSettings } from '@/lib/settings/model';
import { reminderNotification } from '@/entrypoints/background/notifications';
import { installFakeI18n } from '../../support/fake-i18n';
import { createHarness, MINUTE, type Harness } from './harness';

const HOUR = 60 * MINUTE;

describe('reminder texts', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createHarness();
    await h.settle();
  });
  const shown = async (id: string) => (await h.notifications())[id]!;

  it('a posture check says what to do, then a sentence of the document with its question', async () => {
    await h.fire('posture-reminder');
    const { message } = await shown('posture-reminder');
    expect(message).toMatch(
      /^Take a moment to check your posture\. “(Always use correct posture while walking by keeping your spine naturally curved\.|Postural stress is the most common cause of lower back pain\.)” \(from “(How do I stop my lower back from hurting when I walk\?|Why does my lower back hurt after walking\?)”\)$/,
    );
  });

  it('says something else at the next posture check', async () => {
    const settings = defaultSettings();
    settings.walk.enabled = false;
    await fakeBrowser.storage.local.set({ settings });
    await h.settle();
    await h.fire('posture-reminder');
    const first = (await shown('posture-reminder')).message;
    await h.background.onNotificationButton('posture-reminder', 0);
    await h.settle();
    await h.fire('posture-reminder');
    expect((await shown('posture-reminder')).message).not.toBe(first);
  });

  it('never tells a 20-minute walk to "start with a short, 5 to 10-minute walk"', async () => {
    const settings = defaultSettings();
    settings.walk.lengthMin = 20;
    // Walks only: a posture alarm left unfired would make every walk a catch-up.
    settings.posture.enabled = false;
    await fakeBrowser.storage.local.set({ settings });
    await h.settle();
    const said = new Set<string>();
    for (let i = 0; i < 6; i++) {
      await h.fire('walk-reminder');
      const { title, message } = await shown('walk-reminder');
      expect(title).toBe('Time for a 20-minute walk');
      expect(message).toMatch(/^Stand up and take your walk when you can\. “/);
      expect(message).not.toMatch(/5 to 10-minute/);
      said.add(message);
      expect(await h.command({ type: 'reminder-skip', kind: 'walk' })).toEqual({ ok: true });
    }
    // It rotates through the tips that fit.
    expect(said.size).toBe(4);
  });

  it('says the computer slept when the browser kept running and the reminder came hours late', async () => {
    h.fake.advance(5 * HOUR);
    await h.restartWorker(); // the alarm wakes a stopped worker: its start-up runs first
    const { message } = await shown('walk-reminder');
    expect(message).toMatch(/^Welcome back\. Reminders were held while the computer slept\. Stand up/);
  });

  it('says so too for a late alarm delivered to a running worker', async () => {
    await h.fire('walk-reminder', 3 * HOUR);
    expect((await shown('walk-reminder')).message).toMatch(
      /^Welcome back\. Reminders were held while the computer slept\./,
    );
  });

  it('says the browser was closed when the first decision after a browser start finds due times passed', async () => {
    h.fake.advance(14 * HOUR);
    // Closing the browser empties session storage; the next start finds it empty.
    await fakeBrowser.storage.session.clear();
    await h.restartWorker();
    const { message } = await shown('walk-reminder');
    expect(message).toMatch(/^Welcome back\. Reminders were held while the browser was closed\. Stand up/);
    expect(message).not.toMatch(/slept/);
  });

  it('sends a real posture reminder as the test, with its buttons, changing no due time', async () => {
    const before = await h.alarmTimes();
    expect(await h.command({ type: 'test-reminder' })).toEqual({ ok: true });
    const test = await shown('posture-reminder');
    expect(test.title).toBe('Posture check');
    expect(test.buttons?.map((b) => b.title)).toEqual(['Done', 'Snooze 10 min']);
    expect(test.message).toMatch(/^Take a moment to check your posture\./);
    expect(await h.alarmTimes()).toEqual(before);
    // Done on it works as on any reminder, and records nothing that was not asked.
    await h.background.onNotificationButton('posture-reminder', 0);
    await h.settle();
    expect(await h.notifications()).toEqual({});
    expect(((await h.local('history')) as { postureChecks: number[] } | null)?.postureChecks ?? []).toEqual([]);
  });
});

describe('reminder texts in the UI language', () => {
  const speak = async (folder: string, ui: string) => {
    const { default: messages } = (await import(`../../../assets/public/_locales/${folder}/messages.json`)) as {
      default: Record<string, LocaleMessage>;
    };
    fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
      formatMessage(messages, key, subs)) as typeof fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getUILanguage = () => ui;
  };
  afterEach(installFakeI18n);

  it('joins sentences as Japanese does, with no space after its full stop', async () => {
    await speak('ja', 'ja');
    const { message } = reminderNotification('posture', defaultSettings(), {
      catchUp: 'slept',
      buttons: false,
      at: Date.UTC(2026, 0, 5, 10),
    });
    expect(message).toMatch(
      /^おかえりなさい。パソコンのスリープ中、リマインダーは保留されていました。少し時間を取って/,
    );
    expect(message).not.toMatch(/。 /);
  });

  it('writes its numbers in the UI language’s digits, as the popup does (Egyptian Arabic: ٥)', async () => {
    await speak('ar', 'ar-EG');
    const { title, buttons } = reminderNotification('walk', defaultSettings(), {
      catchUp: false,
      buttons: true,
      at: Date.UTC(2026, 0, 5, 10),
    });
    expect(title).toContain('٥');
    expect(title).not.toMatch(/[0-9]/);
    expect(buttons?.[1]?.title).toContain('١٠');
  });

  // The runtime's own locale here is en-US ("2:00 PM"); the messages are German or Egyptian Arabic.
  it('writes the toolbar title’s and the pause notice’s times as the UI does (German: 14:00)', async () => {
    await speak('de', 'de');
    const h = createHarness({ zone: 'UTC' });
    await h.settle();
    h.fake.clock.now = Date.UTC(2026, 10, 26, 13, 0);
    await h.background.onShortcut('toggle-pause');
    await h.settle();
    expect(await h.title()).toBe('Backstride: pausiert bis 14:00');
    expect((await h.notifications())['reminders-pause']?.title).toBe('Erinnerungen pausiert bis 14:00');
  });

  it('writes the minutes left of a walk in the toolbar title in the UI’s digits (Egyptian Arabic: ١٢)', async () => {
    await speak('ar', 'ar-EG');
    const h = createHarness({ zone: 'UTC' });
    await h.settle();
    await h.command({ type: 'walk-start', minutes: 12 });
    expect(await h.badge()).toBe('12');
    expect(await h.title()).toContain('١٢');
    expect(await h.title()).not.toMatch(/[0-9]/);
  });
});
