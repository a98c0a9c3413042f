/**
 * Validated reads of stored values, and the migrations of what earlier versions stored. Storage can
 * hold anything an older version, another browser or a bug wrote: every read goes through a parser
 * that falls back per field and reports what it dropped.
 */
import { browser } from 'wxt/browser';
import { parseHistory } from '../history/parse';
import type { History } from '../history/model';
import { parseSettings } from '../settings/parse';
import type { Settings } from '../settings/model';
import { KEYS, readValue, writeValue } from './storage';
import { writeErrorText } from './storage-error';

/** Reports fields that had to fall back to defaults; never throws. */
export function reportInvalid(what: string, problems: readonly string[]): void {
  if (problems.length) console.warn(`Backstride: stored ${what} had invalid fields, using defaults:`, problems);
}

export function storedSettings(raw: unknown): Settings {
  const { settings, problems } = parseSettings(raw);
  reportInvalid('settings', problems);
  return settings;
}

/** Stored history: structure checked, dates never judged against the clock (see lib/history/parse.ts). */
export function storedHistory(raw: unknown): History {
  const { history, problems } = parseHistory(raw);
  reportInvalid('history', problems);
  return history;
}

export const readSettings = async (): Promise<Settings> => storedSettings(await readValue(KEYS.settings));
export const readHistory = async (): Promise<History> => storedHistory(await readValue(KEYS.history));

/**
 * Up to 0.1 the values were kept through WXT's storage helper, which added a version mark per key
 * ("settings$"), and the walk was "walkTimer". Each value now carries its own version; the marks go,
 * and a walk under the old name moves to the new one. Safe to run more than once.
 */
export async function migrateStorage(): Promise<void> {
  const marks = ['settings$', 'reminderState$', 'walkTimer$', 'history$', 'exerciseRotation$'];
  const old = await browser.storage.local.get(['walkTimer', 'walk', ...marks]);
  if (old.walkTimer !== undefined && old.walk === undefined) await browser.storage.local.set({ walk: old.walkTimer });
  const stale = ['walkTimer', ...marks].filter((key) => key in old);
  if (stale.length) await browser.storage.local.remove(stale);
  await browser.storage.sync.remove('settings$').catch(() => undefined);
}

/** A save's outcome; a failure's message is the reason in the user's words, to follow "Not saved:". */
export type SaveResult = { ok: true } | { ok: false; message: string };

/**
 * Saves settings on this device; the background carries them to sync (lib/settings/sync.ts). Settings
 * that do not pass parseSettings are refused before anything is written. A refused write (storage
 * full, above all) is reported in the user's words, never thrown.
 */
export async function saveSettings(settings: Settings): Promise<SaveResult> {
  const { problems } = parseSettings(settings);
  if (problems.length) return { ok: false, message: problems.join('; ') };
  try {
    await writeValue(KEYS.settings, settings);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: writeErrorText(error) };
  }
}
