/**
 * The background's entry points, built from the browser, a clock and a zone (tests pass fakes). Every
 * entry point runs in one serial queue; each one reads what is stored, decides with pure code and
 * applies the decision (dispatch.ts).
 */
import { KEYS, readValue, writeValue } from '@/lib/browser/storage';
import { writeErrorText } from '@/lib/browser/storage-error';
import { migrateStorage, readHistory, readSettings, storedSettings } from '@/lib/browser/stored';
import { parseCommand, type Command, type CommandReply } from '@/lib/commands';
import { OWNED_ALARMS } from '@/lib/reminders/alarms';
import { chimeCue, shouldChime } from '@/lib/sound/chime';
import { NOTIFICATION, type AlarmName, type IdleState, type ReminderKind } from '@/lib/reminders/types';
import { HOUR } from '@/lib/time/units';
import { tellsWhoClosed } from './browser-api';
import { createCommandHandlers, handleCommand } from './commands';
import type { BackgroundDeps } from './context';
import { createDataActions } from './data';
import { createDispatch, type Dispatch } from './dispatch';
import { BUTTONS, createNotifier } from './notifications';
import { createSerialQueue } from './serial';
import { walkLength } from './plan';
import { createShortcutHandlers, type Shortcut } from './shortcuts';
import { createChimePlayer } from './sound';
import { createSettingsSync, SYNC_ALARM } from './sync';

const KIND_OF_NOTIFICATION: Record<string, ReminderKind> = {
  [NOTIFICATION.posture]: 'posture',
  [NOTIFICATION.walk]: 'walk',
};

/** A "walk done" notice owed for longer than this (the browser was closed) is dropped, not shown late. */
const NOTICE_STALE_MS = HOUR;

type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export function createBackground(deps: BackgroundDeps & { taskTimeoutMs?: number }) {
  const { api, now } = deps;
  const serial = createSerialQueue(deps.taskTimeoutMs);
  const notifier = createNotifier(api, now);
  const decideAndApply = createDispatch(deps, notifier);
  const playChime = createChimePlayer(api);
  /** Every decision, then the chime when it calls for one (a walk ended, a reminder shown). */
  const dispatch: Dispatch = async (event) => {
    const d = await decideAndApply(event);
    const cue = chimeCue(d);
    const settings = cue && (await readSettings());
    // Not awaited: a sound must never hold the next event (sound.ts keeps the chimes in order).
    if (settings && shouldChime(cue, settings, d.state, now(), deps.timeZone()))
      void playChime(settings.sound.volume).catch(console.warn);
    return d;
  };
  const sync = createSettingsSync(deps);
  const handlers = createCommandHandlers(deps, dispatch, notifier, createDataActions(deps));
  const shortcuts = createShortcutHandlers(deps, dispatch, notifier);

  /** Whether this is the first reconcile since the browser started (see KEYS.browserSession). */
  async function firstSinceBrowserStart(): Promise<boolean> {
    if ((await readValue(KEYS.browserSession).catch(() => true)) !== null) return false;
    await writeValue(KEYS.browserSession, true).catch(() => undefined);
    return true;
  }

  /** Brings state, alarms and badge up to date, and finishes what a stopped worker left half done. */
  async function reconcile(): Promise<void> {
    const settings = await readSettings();
    await api.idle.setDetectionInterval(settings.idleThresholdMin * 60);
    await dispatch({ type: 'reconcile', browserStarted: await firstSinceBrowserStart() });
    const owed = await readValue(KEYS.walkNotice);
    if (owed === null) return;
    const walk = (await readHistory()).walks.find((w) => w.startedAt === owed);
    if (walk && now() - walk.endedAt < NOTICE_STALE_MS) await notifier.announceWalk(walk, settings);
    else await writeValue(KEYS.walkNotice, null);
  }

  return {
    /** Resolves when every event received so far has been handled. */
    settled: () => serial.settled(),

    /**
     * Install and update: migrate what older versions stored; a new install adopts synced settings and
     * opens the welcome page, once (never on an update; not again on this profile, see KEYS.welcomed).
     */
    onInstalled: (reason: string) =>
      serial('installed', async () => {
        await migrateStorage();
        if (reason === 'install') await sync.onSyncedChange(await readValue(KEYS.syncedSettings));
        await reconcile();
        if (reason === 'install' && (await readValue(KEYS.welcomed)) === null) {
          await writeValue(KEYS.welcomed, now());
          await api.tabs.create({ url: api.runtime.getURL('/welcome.html') });
        }
      }),

    /** A keyboard shortcut of the manifest (toggle-walk, toggle-pause). */
    onShortcut: (name: string) =>
      serial(`shortcut ${name}`, async () => {
        if (Object.hasOwn(shortcuts, name)) await shortcuts[name as Shortcut]();
      }),

    /** Browser start-up, and every worker start: alarms may have been lost, deadlines may have passed. */
    reconcile: () => serial('reconcile', reconcile),

    onAlarm: (alarm: { name: string; scheduledTime: number }) =>
      serial(`alarm ${alarm.name}`, async () => {
        if (alarm.name === SYNC_ALARM) return sync.flush();
        if (!OWNED_ALARMS.has(alarm.name)) return;
        await dispatch({ type: 'alarm', name: alarm.name as AlarmName, scheduledTime: alarm.scheduledTime });
      }),

    onIdleChanged: (state: IdleState) => serial('idle', () => dispatch({ type: 'idle-changed', state })),

    onStorageChanged: (changes: StorageChanges, area: string): Promise<unknown> | undefined => {
      // The check-in skipped in the popup (which stores that itself): the walk-done notification, which
      // asks the same and may be kept on screen, goes, as it does when the check-in is answered.
      if (area === 'local' && changes.checkInSkipped?.newValue)
        return serial('check-in skipped', () => notifier.clearReminder('walkComplete'));
      const change = changes.settings;
      if (!change) return undefined;
      if (area === 'sync') return serial('synced settings', () => sync.onSyncedChange(change.newValue ?? null));
      if (area !== 'local') return undefined;
      return serial('settings', async () => {
        const settings = await readSettings();
        await api.idle.setDetectionInterval(settings.idleThresholdMin * 60);
        await dispatch({ type: 'settings-changed', previous: storedSettings(change.oldValue ?? null) });
        await sync.onLocalChange();
      });
    },

    /** A notification button (Chrome). */
    onNotificationButton: (notificationId: string, index: number) =>
      serial('notification button', async () => {
        const kind = KIND_OF_NOTIFICATION[notificationId];
        const action = kind && BUTTONS[kind][index];
        if (!kind || !action) return;
        await notifier.clearReminder(kind);
        if (action === 'snooze') return void (await dispatch({ type: 'snooze', kind }));
        await dispatch({ type: 'acknowledge', kind });
        if (action === 'start-walk')
          await dispatch({
            type: 'walk-start',
            minutes: await walkLength(await readSettings(), now(), deps.timeZone()),
          });
      }),

    /** The notification itself was clicked: the caller opens the popup, where the user acts. */
    opensExtension: (notificationId: string) =>
      notificationId in KIND_OF_NOTIFICATION || notificationId === NOTIFICATION.walkComplete,

    /** The user dismissed a reminder: it no longer waits on the badge (where the browser can tell). */
    onNotificationClosed: (notificationId: string, byUser: boolean) =>
      serial('notification closed', async () => {
        const kind = KIND_OF_NOTIFICATION[notificationId];
        if (kind && byUser && tellsWhoClosed(api)) await dispatch({ type: 'dismiss', kind });
      }),

    /**
     * A checked command from one of the extension's own pages. A failure (a refused storage write:
     * the pipeline writes everything at once, so nothing was half done) is answered in the user's
     * words rather than thrown, which would hand the page the browser's raw English.
     */
    handleCommand: (command: Command): Promise<CommandReply> =>
      serial(`command ${command.type}`, () =>
        handleCommand(handlers, command).catch((error: unknown): CommandReply => {
          console.error(`Backstride: command "${command.type}" failed:`, error);
          return { ok: false, error: writeErrorText(error) };
        }),
      ),

    /**
     * A runtime message: only the extension's own pages may command it, and only with a command whose
     * every field checks out. Anything else gets no answer.
     */
    onMessage(message: unknown, sender: { id?: string; url?: string }): Promise<CommandReply> | undefined {
      const ownPage = sender.id === api.runtime.id && (!sender.url || sender.url.startsWith(api.runtime.getURL('/')));
      const command = ownPage ? parseCommand(message) : null;
      return command ? this.handleCommand(command) : undefined;
    },
  };
}

export type Background = ReturnType<typeof createBackground>;
