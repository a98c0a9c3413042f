import { browser } from 'wxt/browser';
import { reminderCue } from '@/lib/content/reminder-cues';
import { formatNumber, t, uiLocale } from '@/lib/browser/i18n';
import { KEYS, writeValue } from '@/lib/browser/storage';
import { readSettings } from '@/lib/browser/stored';
import type { WalkEntry } from '@/lib/history/model';
import { joinSentences } from '@/lib/i18n/sentences';
import { formatWhen } from '@/lib/i18n/time';
import { NOTIFICATION, type CatchUp, type ReminderKind } from '@/lib/reminders/types';
import type { Settings } from '@/lib/settings/model';
import { supportsNotificationButtons, type BackgroundApi, type NotificationOptions } from './browser-api';

/** Button order per kind; onButtonClicked receives the index. */
export const BUTTONS = {
  walk: ['start-walk', 'snooze'],
  posture: ['done', 'snooze'],
} as const;
export type ButtonAction = (typeof BUTTONS)[ReminderKind][number];

/** A plain notification with the extension's icon. */
const basic = (title: string, message: string): NotificationOptions => ({
  type: 'basic',
  iconUrl: browser.runtime.getURL('/icon/128.png'),
  title,
  message,
});

/** Says that a keyboard shortcut paused or resumed reminders (not part of PRODUCT.md's contract). */
export const PAUSE_NOTIFICATION = 'reminders-pause';

/**
 * A reminder: what to do now (UI text), then a sentence of the document that fits the kind and the
 * settings, naming its question (lib/content/reminder-cues.ts), after a word on why it comes late
 * when it is a catch-up. `keep`: it stays on screen until the user acts (Chrome only).
 */
export function reminderNotification(
  kind: ReminderKind,
  settings: Settings,
  options: { catchUp: CatchUp; buttons: boolean; at: number; keep?: boolean },
): NotificationOptions {
  const lines: string[] = [];
  if (options.catchUp === 'slept') lines.push(t('notifCatchUpSlept'));
  if (options.catchUp === 'closed') lines.push(t('notifCatchUpClosed'));
  lines.push(kind === 'walk' ? t('notifWalkAction') : t('notifPostureAction'));
  const cue = reminderCue(kind, settings, options.at);
  lines.push(t('notifCue', [cue.text, cue.question]));
  if (!options.buttons) lines.push(t('notifClickToOpen'));
  const notification = basic(
    kind === 'walk' ? t('notifWalkTitle', formatNumber(settings.walk.lengthMin)) : t('notifPostureTitle'),
    joinSentences(lines, uiLocale()),
  );
  // Stays until the user acts, instead of vanishing after a few seconds (Chrome; see showReminder).
  if (options.keep) notification.requireInteraction = true;
  if (options.buttons) {
    const snooze = t('notifButtonSnooze', formatNumber(settings.snoozeMin));
    notification.buttons =
      kind === 'walk'
        ? [{ title: t('notifButtonStartWalk') }, { title: snooze }]
        : [{ title: t('notifButtonDone') }, { title: snooze }];
  }
  return notification;
}

export function createNotifier(api: BackgroundApi, now: () => number = Date.now) {
  const buttonsSupported = supportsNotificationButtons(api);
  /**
   * What the user's settings ask of a notification, where the browser can do it: buttons, and staying on
   * screen. Only Chrome knows requireInteraction: Firefox (153) refuses the whole notification with
   * "Unexpected property", so the option is never given there.
   */
  const chromeOptions = (settings: Settings) => ({
    buttons: buttonsSupported && settings.notificationButtons,
    keep: buttonsSupported && settings.keepOnScreen,
  });
  /** Shows a notification, or replaces the one under the same id. */
  async function replace(id: string, options: NotificationOptions): Promise<void> {
    await api.notifications.clear(id);
    await api.notifications.create(id, options);
  }
  /** Shows (or replaces: the id is fixed per kind) a reminder. */
  async function showReminder(kind: ReminderKind, settings: Settings, catchUp: CatchUp): Promise<void> {
    await replace(
      NOTIFICATION[kind],
      reminderNotification(kind, settings, { catchUp, at: now(), ...chromeOptions(settings) }),
    );
  }
  return {
    buttonsSupported,
    showReminder,
    /** A shortcut paused reminders until `until`, or resumed them (null): said at once, as feedback. */
    async showPauseChange(until: number | null, at: number, timeZone: string): Promise<void> {
      await replace(
        PAUSE_NOTIFICATION,
        until === null
          ? basic(t('notifResumedTitle'), t('notifResumedMessage'))
          : basic(
              t('notifPausedTitle', formatWhen(until, at, { timeZone, locale: uiLocale() })),
              t('notifPausedMessage'),
            ),
      );
    },
    /** Takes a reminder away, or the walk-done notification once its question is answered. */
    async clearReminder(kind: keyof typeof NOTIFICATION): Promise<void> {
      await api.notifications.clear(NOTIFICATION[kind]);
    },
    /**
     * Says a logged walk is done and invites the back check-in (Chrome: a button; elsewhere a click:
     * both open the popup), then marks the notice given (the walk was logged with the notice owed, in
     * one write: a worker stopped in between gives it at its next start).
     */
    async announceWalk(walk: WalkEntry, settings: Settings): Promise<void> {
      const minutes = formatNumber(walk.actualMin);
      const { buttons, keep } = chromeOptions(settings);
      const done = walk.finished
        ? t('notifWalkCompleteMessage', minutes)
        : t('notifWalkCutShortMessage', [minutes, formatNumber(walk.plannedMin)]);
      const notification = basic(
        t('notifWalkCompleteTitle'),
        joinSentences([done, !buttons && t('notifCheckInClick')], uiLocale()),
      );
      if (buttons) notification.buttons = [{ title: t('notifCheckInButton') }];
      // The user may be away walking: like a reminder, it stays when asked to.
      if (keep) notification.requireInteraction = true;
      await replace(NOTIFICATION.walkComplete, notification);
      await writeValue(KEYS.walkNotice, null);
    },
    /**
     * The options page's test: a real posture reminder, built as every reminder is and under its real
     * id, so it shows the real buttons and they work as they would (Done, Snooze) instead of doing
     * nothing; it changes no due time by itself.
     */
    async showTest(): Promise<void> {
      await showReminder('posture', await readSettings(), false);
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
