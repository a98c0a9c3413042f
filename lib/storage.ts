/**
 * Every storage item of the extension, in one place. Values are validated when read (see the parse*
 * functions): storage can hold anything an older version, another browser or a bug wrote.
 */
import { storage } from 'wxt/utils/storage';
import { emptyHistory, type History } from './history';
import { initialReminderState, parseReminderState } from './reminders/state';
import type { ReminderState } from './reminders/types';
import { defaultSettings, parseSettings, type Settings } from './settings';
import { parseWalkTimer, type WalkTimer } from './walk-timer';

/**
 * The settings in force on this device. The options page writes here first and then to
 * `syncedSettings`, so a failed sync write never loses a change.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings(),
  version: 1,
});

/** The same settings in the browser's sync storage, carried to the user's other browsers. */
export const syncedSettingsItem = storage.defineItem<Settings | null>('sync:settings', {
  fallback: null,
  version: 1,
});

/** The reminder engine's state: next due times, pause, away (lib/reminders/types.ts). */
export const reminderStateItem = storage.defineItem<ReminderState | null>('local:reminderState', {
  fallback: null,
  version: 1,
});

/** The running walk timer, or null. */
export const walkTimerItem = storage.defineItem<WalkTimer | null>('local:walkTimer', {
  fallback: null,
  version: 1,
});

/** Walks and posture checks (lib/history.ts). Stays on this device. */
export const historyItem = storage.defineItem<History>('local:history', {
  fallback: emptyHistory(),
  version: 1,
});

/** Reports fields that had to fall back to defaults; never throws. */
function report(what: string, problems: readonly string[]): void {
  if (problems.length) console.warn(`Backstride: stored ${what} had invalid fields, using defaults:`, problems);
}

export async function readSettings(): Promise<Settings> {
  const { settings, problems } = parseSettings(await settingsItem.getValue());
  report('settings', problems);
  return settings;
}

export async function readReminderState(settings: Settings, now: number): Promise<ReminderState> {
  const raw = await reminderStateItem.getValue();
  if (raw === null) return initialReminderState(settings, now);
  const { state, problems } = parseReminderState(raw, settings, now);
  report('reminder state', problems);
  return state;
}

export async function readWalkTimer(): Promise<WalkTimer | null> {
  return parseWalkTimer(await walkTimerItem.getValue());
}
