import { browser } from 'wxt/browser';
import { CUES } from '@/lib/content';
import { t } from '@/lib/browser/i18n';
import { KEYS, writeValue } from '@/lib/browser/storage';
import type { WalkEntry } from '@/lib/history/model';
import { formatClockTime, formatMinutes } from '@/lib/i18n/format';
import { NOTIFICATION, type ReminderKind } from '@/lib/reminders/types';
import type { Settings } from '@/lib/settings/model';
import { supportsNotificationButtons, type BackgroundApi, type NotificationOptions } from './browser-api';

/** Button order per kind; onButtonClicked receives the index. */
export const BUTTONS = {
  walk: ['start-walk', 'snooze'],
  posture: ['done', 'snooze'],
} as const;
export type ButtonAction = (typeof BUTTONS)[ReminderKind][number];

const ICON = () => browser.runtime.getURL('/icon/128.png');

/** Says that a keyboard shortcut paused or resumed reminders (not part of PRODUCT.md's contract). */
export const PAUSE_NOTIFICATION = 'reminders-pause';

export function reminderNotification(
  kind: ReminderKind,
  settings: Settings,
  options: { catchUp: boolean; buttons: boolean; keep?: boolean },
): NotificationOptions {
  const lines: string[] = [];
  if (options.catchUp) lines.push(t('notifCatchUp'));
  lines.push(kind === 'walk' ? CUES.walkReminder.text : CUES.postureReminder.text);
  if (!options.buttons) lines.push(t('notifClickToOpen'));
  const notification: NotificationOptions = {
    type: 'basic',
    iconUrl: ICON(),
    title: kind === 'walk' ? t('notifWalkTitle', String(settings.walk.lengthMin)) : t('notifPostureTitle'),
    message: lines.join(' '),
  };
  // Stays until the user acts, instead of vanishing after a few seconds (Chrome; see showReminder).
  if (options.keep) notification.requireInteraction = true;
  if (options.buttons) {
    const snooze = t('notifButtonSnooze', String(settings.snoozeMin));
    notification.buttons =
      kind === 'walk'
        ? [{ title: t('notifButtonStartWalk') }, { title: snooze }]
        : [{ title: t('notifButtonDone') }, { title: snooze }];
  }
  return notification;
}

export function createNotifier(api: BackgroundApi) {
  const buttonsSupported = supportsNotificationButtons(api);
  return {
    buttonsSupported,
    /** Shows (or replaces: the id is fixed per kind) a reminder. */
    async showReminder(kind: ReminderKind, settings: Settings, catchUp: boolean): Promise<void> {
      const buttons = buttonsSupported && settings.notificationButtons;
      // Only Chrome knows requireInteraction: Firefox (153) refuses the whole notification with
      // "Unexpected property", so the option is never given there.
      const keep = buttonsSupported && settings.keepOnScreen;
      await api.notifications.clear(NOTIFICATION[kind]);
      await api.notifications.create(
        NOTIFICATION[kind],
        reminderNotification(kind, settings, { catchUp, buttons, keep }),
      );
    },
    /** A shortcut paused reminders until `until`, or resumed them (null): said at once, as feedback. */
    async showPauseChange(until: number | null, now: number, timeZone: string): Promise<void> {
      await api.notifications.clear(PAUSE_NOTIFICATION);
      await api.notifications.create(PAUSE_NOTIFICATION, {
        type: 'basic',
        iconUrl: ICON(),
        title: until === null ? t('notifResumedTitle') : t('notifPausedTitle', formatClockTime(until, now, timeZone)),
        message: until === null ? t('notifResumedMessage') : t('notifPausedMessage'),
      });
    },
    async clearReminder(kind: ReminderKind): Promise<void> {
      await api.notifications.clear(NOTIFICATION[kind]);
    },
    /**
     * Says a logged walk is done and invites the back check-in (Chrome: a button; elsewhere a click:
     * both open the popup), then marks the notice given (the walk was logged with the notice owed, in
     * one write: a worker stopped in between gives it at its next start).
     */
    async announceWalk(walk: WalkEntry, settings: Settings): Promise<void> {
      const minutes = formatMinutes(walk.actualMin);
      const buttons = buttonsSupported && settings.notificationButtons;
      const done = walk.finished
        ? t('notifWalkCompleteMessage', minutes)
        : t('notifWalkCutShortMessage', [minutes, String(walk.plannedMin)]);
      const notification: NotificationOptions = {
        type: 'basic',
        iconUrl: ICON(),
        title: t('notifWalkCompleteTitle'),
        message: buttons ? done : `${done} ${t('notifCheckInClick')}`,
      };
      if (buttons) notification.buttons = [{ title: t('notifCheckInButton') }];
      await api.notifications.clear(NOTIFICATION.walkComplete);
      await api.notifications.create(NOTIFICATION.walkComplete, notification);
      await writeValue(KEYS.walkNotice, null);
    },
    async showTest(): Promise<void> {
      await api.notifications.create('test-reminder', {
        type: 'basic',
        iconUrl: ICON(),
        title: t('notifTestTitle'),
        message: t('notifTestMessage'),
      });
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
