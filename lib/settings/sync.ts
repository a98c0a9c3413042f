/**
 * Saving settings on this device and carrying them to the user's other browsers through sync storage.
 * The storage areas are injected (the WXT items in lib/storage.ts in the extension, fakes in tests), so
 * every failure of the sync area is a fast test.
 *
 * Sync storage is small and throttled: 8 KB per item, 100 KB in all, 120 writes a minute and 1,800 an
 * hour in Chrome (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync).
 * Settings are one item of well under 1 KB, written once per change the user makes.
 */
import type { Settings } from './model';
import { parseSettings } from './parse';

export interface SettingsArea {
  setValue(value: Settings): Promise<void>;
}

export interface SettingsAreas {
  /** The settings in force on this device (local:settings); the background reschedules from its change. */
  local: SettingsArea;
  /** The copy carried to the user's other browsers (sync:settings). */
  sync: SettingsArea;
}

/** Why a sync write failed, as far as the browser's error message tells. */
export type SyncProblem = 'quota' | 'rate' | 'other';

export type SaveResult =
  | { ok: true; synced: true }
  /** Saved and in force on this device; the sync copy is stale until the next successful save. */
  | { ok: true; synced: false; problem: SyncProblem; message: string }
  /** Nothing was saved. */
  | { ok: false; message: string };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Sorts a sync error by the constant names Chrome puts in its messages (Firefox uses similar words). */
export function classifySyncError(error: unknown): SyncProblem {
  const message = messageOf(error);
  // Chrome words rate limits as quotas too ("exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota"): test them first.
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED_WRITE|rate limit|too many/i.test(message)) return 'rate';
  if (/QUOTA_BYTES|quota/i.test(message)) return 'quota';
  return 'other';
}

/**
 * Writes valid settings to this device first, then to sync. A failed sync write (quota, rate limit,
 * sync switched off, offline: any rejection) leaves the local change in force and is reported.
 * Settings that do not pass parseSettings are refused before anything is written.
 */
export async function saveSettings(settings: Settings, areas: SettingsAreas): Promise<SaveResult> {
  const { problems } = parseSettings(settings);
  if (problems.length) return { ok: false, message: problems.join('; ') };
  try {
    await areas.local.setValue(settings);
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
  try {
    await areas.sync.setValue(settings);
    return { ok: true, synced: true };
  } catch (error) {
    return { ok: true, synced: false, problem: classifySyncError(error), message: messageOf(error) };
  }
}

export type AdoptDecision =
  { adopt: true; settings: Settings } | { adopt: false; reason: 'empty' | 'invalid' | 'same'; problems: string[] };

/**
 * Decides whether settings that arrived through sync (written by another browser) replace the local
 * ones. They win when they are complete and valid; a partly valid value is refused as a whole rather
 * than mixed with defaults, and an equal value is skipped so no needless storage change fires.
 * The background calls this on every `sync:settings` change and writes `settings` to local:settings
 * (only there: writing back to sync would echo the change between browsers).
 */
export function adoptSyncedSettings(local: Settings, synced: unknown): AdoptDecision {
  if (synced === null || synced === undefined) return { adopt: false, reason: 'empty', problems: [] };
  const { settings, problems } = parseSettings(synced);
  if (problems.length) return { adopt: false, reason: 'invalid', problems };
  if (JSON.stringify(settings) === JSON.stringify(parseSettings(local).settings)) {
    return { adopt: false, reason: 'same', problems: [] };
  }
  return { adopt: true, settings };
}
