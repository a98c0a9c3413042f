/**
 * The storage items that pages and the background share. Values are validated when read (see the
 * parse* functions): storage can hold anything an older version, another browser or a bug wrote.
 * The history item lives in history-store.ts so the popup, which never reads history, does not load
 * its validation and migration code. Items are marked pure so a page only bundles what it uses.
 */
import { storage } from 'wxt/utils/storage';
import { KEYS } from './storage-keys';
import type { ReminderState } from '../reminders/types';
import { defaultSettings, type Settings } from '../settings/model';
import { parseSettings } from '../settings/parse';
import { parseWalkTimer, type WalkTimer } from '../walk/timer';

/**
 * The settings in force on this device. The options page writes here first and then to
 * `syncedSettings`, so a failed sync write never loses a change.
 */
export const settingsItem = /* @__PURE__ */ storage.defineItem<Settings>(KEYS.settings, {
  fallback: defaultSettings(),
  version: 1,
});

/** The same settings in the browser's sync storage, carried to the user's other browsers. */
export const syncedSettingsItem = /* @__PURE__ */ storage.defineItem<Settings | null>(KEYS.syncedSettings, {
  fallback: null,
  version: 1,
});

/** The reminder engine's state: next due times, pause, away (lib/reminders/types.ts). */
export const reminderStateItem = /* @__PURE__ */ storage.defineItem<ReminderState | null>(KEYS.reminderState, {
  fallback: null,
  version: 1,
});

/** The running walk timer, or null. */
export const walkTimerItem = /* @__PURE__ */ storage.defineItem<WalkTimer | null>(KEYS.walkTimer, {
  fallback: null,
  version: 1,
});

/** Reports fields that had to fall back to defaults; never throws. */
export function reportInvalid(what: string, problems: readonly string[]): void {
  if (problems.length) console.warn(`Backstride: stored ${what} had invalid fields, using defaults:`, problems);
}

export async function readSettings(): Promise<Settings> {
  const { settings, problems } = parseSettings(await settingsItem.getValue());
  reportInvalid('settings', problems);
  return settings;
}

export async function readWalkTimer(): Promise<WalkTimer | null> {
  return parseWalkTimer(await walkTimerItem.getValue());
}
