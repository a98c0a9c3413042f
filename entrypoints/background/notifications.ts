import { browser } from 'wxt/browser';
import { reminderCue } from '@/lib/content/reminder-cues';
import { t } from '@/lib/browser/i18n';
import { KEYS, writeValue } from '@/lib/browser/storage';
import { readSettings } from '@/lib/browser/stored';
import type { WalkEntry } from '@/lib/history/model';
import { formatMinutes } from '@/lib/i18n/format';
import { NOTIFICATION, type CatchUp, type ReminderKind } from '@/lib/reminders/types';
import type { Settings } from '@/lib/settings/model';
import { supportsNotificationButtons, type BackgroundApi, type NotificationOptions } from './browser-api';

/** Button order per kind; onButtonClicked receives the index. */
export const BUTTONS = {
  walk: ['start-walk', 'snooze'],
  posture: ['done', 'snooze'],
} as const;
export type ButtonAction = (typeof BUTTONS)[ReminderKind][number];

const ICON = () => browser.runtime.getURL('/icon/128.png');

/**
 * A reminder: what to do now (UI text), then a sentence of the document that fits the kind and the
 * settings, naming its question (lib/content/reminder-cues.ts), after a word on why it comes late
 * when it is a catch-up.
 */
export function reminderNotification(
  kind: ReminderKind,
  settings: Settings,
  options: { catchUp: CatchUp; buttons: boolean; at: number },
): NotificationOptions {
  const lines: string[] = [];
  if (options.catchUp === 'slept') lines.push(t('notifCatchUpSlept'));
  if (options.catchUp === 'closed') lines.push(t('notifCatchUpClosed'));
  lines.push(kind === 'walk' ? t('notifWalkAction') : t('notifPostureAction'));
  const cue = reminderCue(kind, settings, options.at);
  lines.push(t('notifCue', [cue.text, cue.question]));
  if (!options.buttons) lines.push(t('notifClickToOpen'));
  const notification: NotificationOptions = {
    type: 'basic',
    iconUrl: ICON(),
    title: kind === 'walk' ? t('notifWalkTitle', String(settings.walk.lengthMin)) : t('notifPostureTitle'),
    message: lines.join(' '),
  };
  if (options.buttons) {
    const snooze = t('notifButtonSnooze', String(settings.snoozeMin));
    notification.buttons =
      kind === 'walk'
        ? [{ title: t('notifButtonStartWalk') }, { title: snooze }]
        : [{ title: t('notifButtonDone') }, { title: snooze }];
  }
  return notification;
}

export function createNotifier(api: BackgroundApi, now: () => number = Date.now) {
  const buttonsSupported = supportsNotificationButtons(api);
  /** Shows (or replaces: the id is fixed per kind) a reminder. */
  async function showReminder(kind: ReminderKind, settings: Settings, catchUp: CatchUp): Promise<void> {
    const buttons = buttonsSupported && settings.notificationButtons;
    const options = reminderNotification(kind, settings, { catchUp, buttons, at: now() });
    await api.notifications.clear(NOTIFICATION[kind]);
    await api.notifications.create(NOTIFICATION[kind], options);
  }
  return {
    buttonsSupported,
    showReminder,
    async clearReminder(kind: ReminderKind): Promise<void> {
      await api.notifications.clear(NOTIFICATION[kind]);
    },
    /**
     * Says a logged walk is done, then marks the notice given (the walk was logged with the notice
     * owed, in one write: a worker stopped in between gives it at its next start).
     */
    async announceWalk(walk: WalkEntry): Promise<void> {
      const minutes = formatMinutes(walk.actualMin);
      await api.notifications.clear(NOTIFICATION.walkComplete);
      await api.notifications.create(NOTIFICATION.walkComplete, {
        type: 'basic',
        iconUrl: ICON(),
        title: t('notifWalkCompleteTitle'),
        message: walk.finished
          ? t('notifWalkCompleteMessage', minutes)
          : t('notifWalkCutShortMessage', [minutes, String(walk.plannedMin)]),
      });
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
