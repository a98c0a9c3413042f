import { addPostureCheck, addWalk, compactHistory, type History } from '@/lib/history/history';
import { alarmChanges, desiredAlarms, step } from '@/lib/reminders';
import {
  ALARM,
  NOTIFICATION,
  type AlarmName,
  type Environment,
  type IdleState,
  type ReminderState,
  type ReminderEvent,
  type ReminderKind,
} from '@/lib/reminders/types';
import { t } from '@/lib/browser/i18n';
import type { Command, CommandReply } from '@/lib/commands';
import { isPauseChoice, pauseUntil } from '@/lib/reminders/pause';
import type { Settings } from '@/lib/settings/model';
import { parseSettings } from '@/lib/settings/parse';
import { adoptSyncedSettings } from '@/lib/settings/sync';
import { historyItem, readHistory } from '@/lib/browser/history-store';
import { readReminderState } from './reminder-store';
import { readSettings, readWalkTimer, reminderStateItem, settingsItem, walkTimerItem } from '@/lib/browser/storage-items';
import {
  elapsedMs,
  endsAt,
  isComplete,
  MINUTE,
  pauseWalk,
  resumeWalk,
  startWalk,
  type WalkTimer,
} from '@/lib/walk/timer';
import { applyBadge, badgeView } from './badge';
import type { BackgroundApi } from './browser-api';
import { BUTTONS, createNotifier } from './notifications';
import { createSerialQueue } from './serial';

export interface ServiceDeps {
  api: BackgroundApi;
  now: () => number;
  timeZone: () => string;
}

const KIND_OF_NOTIFICATION: Record<string, ReminderKind> = {
  [NOTIFICATION.posture]: 'posture',
  [NOTIFICATION.walk]: 'walk',
};

/**
 * The background's behaviour, with the browser injected. Every entry point is serialised: each one
 * reads state from storage, lets the pure core decide, writes state back and then makes the alarms,
 * notifications and badge match it.
 */
export function createBackgroundService({ api, now, timeZone }: ServiceDeps) {
  const serial = createSerialQueue();
  const notifier = createNotifier(api);

  async function environment(settings: Settings): Promise<Environment> {
    const [idle, fullscreen] = await Promise.all([
      api.idle.queryState(settings.idleThresholdMin * 60).catch((): IdleState => 'active'),
      api.windows
        .getLastFocused()
        .then((w) => w.state === 'fullscreen')
        .catch(() => false),
    ]);
    return { idle, fullscreen };
  }

  /**
   * Reminder alarms this worker moved while deciding an event (not while merely restoring them at
   * start-up). Alarms that fire together (a walk and a posture check due at the same minute) are
   * queued: when the first one's decision moves the second (the fold rule), the queued event of the
   * second is superseded and must not show a reminder. An alarm only restored by reconcile is not.
   */
  const movedByDecision = new Map<string, number>();

  async function syncReminderAlarms(settings: Settings, state: ReminderState, cause: ReminderEvent['type']) {
    const existing = await api.alarms.getAll();
    const { create, clear } = alarmChanges(desiredAlarms(settings, state), existing);
    if (cause !== 'reconcile') for (const { name, when } of create) movedByDecision.set(name, when);
    await Promise.all([
      ...clear.map((name) => api.alarms.clear(name)),
      ...create.map(({ name, when }) => api.alarms.create(name, { when })),
    ]);
  }

  /** `state`: the reminder state just decided, when the caller has it (saves reading it back). */
  async function refreshBadge(state?: ReminderState): Promise<void> {
    const [timer, current] = await Promise.all([readWalkTimer(), state ?? reminderStateItem.getValue()]);
    await applyBadge(api, badgeView(timer, current, now()));
  }

  /** Appends to the history and keeps it bounded (older days folded into daily totals). */
  async function updateHistory(change: (history: History) => History): Promise<void> {
    const at = now();
    await historyItem.setValue(compactHistory(change(await readHistory(at)), at, timeZone()));
  }

  /** Runs one event through the pure core and applies what it decided. */
  async function dispatch(event: ReminderEvent, settings?: Settings): Promise<void> {
    settings ??= await readSettings();
    const at = now();
    const state = await readReminderState(settings, at);
    const env = await environment(settings);
    const result = step(settings, state, event, env, at, timeZone());
    await reminderStateItem.setValue(result.state);
    for (const effect of result.effects) {
      if (effect.type === 'show') await notifier.showReminder(effect.kind, settings, effect.catchUp);
      else if (effect.type === 'clear') await notifier.clearReminder(effect.kind);
      else if (effect.type === 'record-posture-check') await updateHistory((h) => addPostureCheck(h, at));
    }
    await syncReminderAlarms(settings, result.state, event.type);
    await refreshBadge(result.state);
  }

  // --- walk timer -----------------------------------------------------------------------------

  async function armWalkAlarms(timer: WalkTimer): Promise<void> {
    const end = endsAt(timer, now());
    if (end === null) return clearWalkAlarms();
    const existing = await api.alarms.get(ALARM.walkTimerEnd);
    if (!existing || Math.abs(existing.scheduledTime - end) > 1000)
      await api.alarms.create(ALARM.walkTimerEnd, { when: end });
    if (!(await api.alarms.get(ALARM.walkTimerTick))) {
      // The badge shows whole minutes left: refresh it when the next minute of the walk is used up.
      const firstTick = now() + ((end - now()) % MINUTE || MINUTE);
      await api.alarms.create(ALARM.walkTimerTick, { when: firstTick, periodInMinutes: 1 });
    }
  }

  async function clearWalkAlarms(): Promise<void> {
    await Promise.all([api.alarms.clear(ALARM.walkTimerEnd), api.alarms.clear(ALARM.walkTimerTick)]);
  }

  async function beginWalk(minutes: number): Promise<void> {
    const settings = await readSettings();
    const timer = startWalk(now(), minutes);
    await walkTimerItem.setValue(timer);
    await armWalkAlarms(timer);
    await dispatch({ type: 'walk-started', endsAt: endsAt(timer, now())! }, settings);
  }

  /** Ends the walk, logs it and says so. `finished`: the planned time ran out. */
  async function completeWalk(timer: WalkTimer, finished: boolean): Promise<void> {
    const at = now();
    const walkedMs = finished ? timer.plannedMin * MINUTE : Math.min(elapsedMs(timer, at), timer.plannedMin * MINUTE);
    // A walk whose end passed while the browser was closed ended at its planned time, not at start-up.
    const endedAt = finished ? timer.startedAt + timer.pausedMs + timer.plannedMin * MINUTE : at;
    const actualMin = Math.round((walkedMs / MINUTE) * 10) / 10;
    await walkTimerItem.setValue(null);
    await clearWalkAlarms();
    await updateHistory((h) =>
      addWalk(h, { startedAt: timer.startedAt, endedAt, plannedMin: timer.plannedMin, actualMin, finished }),
    );
    await notifier.showWalkComplete(actualMin, timer.plannedMin, finished);
    await dispatch({ type: 'walk-ended' });
  }

  async function walkCommand(command: Command): Promise<CommandReply> {
    const timer = await readWalkTimer();
    if (command.type === 'walk-start') {
      if (!Number.isInteger(command.minutes) || command.minutes < 1 || command.minutes > 60) {
        return { ok: false, error: t('errorWalkLength') };
      }
      if (timer) return { ok: false, error: t('errorWalkRunning') };
      await beginWalk(command.minutes);
      return { ok: true };
    }
    if (!timer) return { ok: false, error: t('errorNoWalk') };
    const at = now();
    if (command.type === 'walk-pause' || command.type === 'walk-resume') {
      const next = command.type === 'walk-pause' ? pauseWalk(timer, at) : resumeWalk(timer, at);
      await walkTimerItem.setValue(next);
      await armWalkAlarms(next);
      await refreshBadge();
    } else if (command.type === 'walk-finish') {
      await completeWalk(timer, isComplete(timer, at));
    } else if (command.type === 'walk-cancel') {
      await walkTimerItem.setValue(null);
      await clearWalkAlarms();
      await dispatch({ type: 'walk-ended' });
    }
    return { ok: true };
  }

  /**
   * Brings the walk timer's alarms in line with its stored state, completing a walk whose end has
   * passed. Returns whether it ran the engine (which already refreshed the badge).
   */
  async function settleWalk(): Promise<boolean> {
    const timer = await readWalkTimer();
    if (timer && timer.pausedAt === null && isComplete(timer, now())) {
      await completeWalk(timer, true);
      return true;
    }
    await (timer ? armWalkAlarms(timer) : clearWalkAlarms());
    return false;
  }

  // --- public entry points -----------------------------------------------------------------------

  return {
    /** Install, update, browser start-up, and every worker start: fix only what differs. */
    reconcile: () =>
      serial(async () => {
        const settings = await readSettings();
        await api.idle.setDetectionInterval(settings.idleThresholdMin * 60);
        await settleWalk();
        await dispatch({ type: 'reconcile' }, settings);
      }),

    onAlarm: (alarm: { name: string; scheduledTime: number }) =>
      serial(async () => {
        const { name } = alarm;
        if (name === ALARM.walkTimerEnd || name === ALARM.walkTimerTick) {
          if (!(await settleWalk())) await refreshBadge();
          return;
        }
        if (name !== ALARM.posture && name !== ALARM.walk && name !== ALARM.pauseEnd) return;
        const moved = movedByDecision.get(name);
        if (moved !== undefined && Math.abs(moved - alarm.scheduledTime) > 1000) return;
        await dispatch({ type: 'alarm', name: name as AlarmName, scheduledTime: alarm.scheduledTime });
      }),

    /**
     * Settings arrived through sync from another browser: valid ones replace this device's (which
     * triggers onSettingsChanged through the local storage change). Never written back to sync.
     */
    onSyncedSettings: (synced: unknown) =>
      serial(async () => {
        const decision = adoptSyncedSettings(await readSettings(), synced);
        if (decision.adopt) await settingsItem.setValue(decision.settings);
        else if (decision.reason === 'invalid')
          console.warn('Backstride: ignored invalid synced settings:', decision.problems);
      }),

    onIdleChanged: (state: IdleState) => serial(() => dispatch({ type: 'idle-changed', state })),

    onSettingsChanged: (previousRaw: unknown) =>
      serial(async () => {
        const settings = await readSettings();
        await api.idle.setDetectionInterval(settings.idleThresholdMin * 60);
        await dispatch({ type: 'settings-changed', previous: parseSettings(previousRaw).settings }, settings);
      }),

    /** A notification button (Chrome). */
    onNotificationButton: (notificationId: string, index: number) =>
      serial(async () => {
        const kind = KIND_OF_NOTIFICATION[notificationId];
        if (!kind) return;
        const action = BUTTONS[kind][index];
        await notifier.clearReminder(kind);
        if (action === 'snooze') return dispatch({ type: 'snooze', kind });
        await dispatch({ type: 'acknowledge', kind });
        if (action === 'start-walk' && !(await readWalkTimer())) await beginWalk((await readSettings()).walk.lengthMin);
      }),

    /** The notification itself was clicked: the caller opens the popup, where the user acts. */
    isReminderNotification: (notificationId: string) => notificationId in KIND_OF_NOTIFICATION,

    /** The user dismissed a reminder: it no longer waits on the badge. */
    onNotificationClosed: (notificationId: string, byUser: boolean) =>
      serial(async () => {
        const kind = KIND_OF_NOTIFICATION[notificationId];
        if (kind && byUser) await dispatch({ type: 'dismiss', kind });
      }),

    handleCommand: (command: Command): Promise<CommandReply> =>
      serial(async (): Promise<CommandReply> => {
        switch (command.type) {
          case 'walk-start':
          case 'walk-pause':
          case 'walk-resume':
          case 'walk-finish':
          case 'walk-cancel':
            return walkCommand(command);
          case 'reminders-pause': {
            if (!isPauseChoice(command.choice)) return { ok: false, error: t('errorPauseChoice') };
            const until = pauseUntil(command.choice, await readSettings(), now(), timeZone());
            await dispatch({ type: 'pause', until });
            return { ok: true };
          }
          case 'reminders-resume':
            await dispatch({ type: 'resume' });
            return { ok: true };
          case 'reminder-acknowledge':
            await notifier.clearReminder(command.kind);
            await dispatch({ type: 'acknowledge', kind: command.kind });
            return { ok: true };
          case 'test-reminder':
            await notifier.showTest();
            return { ok: true };
        }
      }),
  };
}

export type BackgroundService = ReturnType<typeof createBackgroundService>;
