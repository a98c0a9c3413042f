/**
 * Every stored value, by key, and the plain reads, writes and watches all pages and the background
 * use: direct `browser.storage` calls, no storage library (the popup opens on every click and the
 * worker wakes for every reminder). Values are validated by their readers (lib/browser/stored.ts and
 * the popup's light parsers); each value that has a shape history carries its own `version`.
 */
import { browser } from 'wxt/browser';

export const KEYS = {
  /** The settings in force on this device (lib/settings/model.ts). */
  settings: 'local:settings',
  /** The same settings in the browser's sync storage, carried to the user's other browsers. */
  syncedSettings: 'sync:settings',
  /** Why the last write to sync storage failed ({ problem, message }), null once it succeeds. */
  syncStatus: 'local:syncStatus',
  /** The reminder engine's state: next due times, pause, away (lib/reminders/types.ts). */
  reminderState: 'local:reminderState',
  /** The walk, running or paused, or null (lib/walk/walk.ts): the one record of it. */
  walk: 'local:walk',
  /** A walk just logged whose "walk done" notification is still owed (its startedAt), or null. */
  walkNotice: 'local:walkNotice',
  /** Walks and posture checks (lib/history/). Stays on this device. */
  history: 'local:history',
  /** Which mini exercise the popup shows today (lib/content/rotation.ts). */
  exerciseRotation: 'local:exerciseRotation',
  /** The walking plan's own facts, or null when none runs (lib/plan/plan.ts). Stays on this device. */
  plan: 'local:plan',
  /** The walk (its startedAt) whose back check-in the user skipped, or null (lib/plan/check-in.ts). */
  checkInSkipped: 'local:checkInSkipped',
  /**
   * When the welcome page was opened (epoch ms), or null: it opens once. Chrome also reports an
   * unpacked extension loaded from the command line as installed at every launch.
   */
  welcomed: 'local:welcomed',
  /**
   * True once the background has decided anything since the browser started: session storage is
   * emptied when the browser closes, so its absence marks a browser start (a late reminder was held
   * because the browser was closed, not because the computer slept).
   */
  browserSession: 'session:browserSession',
} as const;

export type StorageKey = (typeof KEYS)[keyof typeof KEYS];
type LocalKey = Extract<StorageKey, `local:${string}`>;

function split(key: StorageKey): ['local' | 'sync' | 'session', string] {
  const [area, name] = key.split(':') as ['local' | 'sync' | 'session', string];
  return [area, name];
}

export async function readValue(key: StorageKey): Promise<unknown> {
  const [area, name] = split(key);
  return (await browser.storage[area].get(name))[name] ?? null;
}

/** Several local values in one read. */
export async function readLocal<K extends LocalKey>(keys: readonly K[]): Promise<Record<K, unknown>> {
  const names = keys.map((k) => split(k)[1]);
  const got = await browser.storage.local.get(names);
  return Object.fromEntries(keys.map((k, i) => [k, got[names[i]!] ?? null])) as Record<K, unknown>;
}

/**
 * One write; a local one is tried once more when it fails for any reason but a full store (any
 * quota: local storage has no rate limits, see lib/storage-error.ts; sync has its own retries, and a
 * rate limit must not be pressed). Firefox 153 answers the write after one its IndexedDB refused as
 * full with "An unexpected error occurred" (the two alternate, tests/e2e/storage-full.e2e.test.ts), so
 * only the second try says what is wrong. A write is a replacement of whole values: trying it twice changes nothing more.
 */
async function set(area: 'local' | 'sync' | 'session', items: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage[area].set(items);
  } catch (error) {
    // String() keeps a DOMException's name, where Firefox may put the quota ("QuotaExceededError: …").
    // The same test as lib/storage-error.ts's FULL, written here: importing it pulls that whole module
    // into the chunk the popup's first paint loads (+201 B gzip, measured; over the popup's budget).
    if (area !== 'local' || /quota/i.test(String(error))) throw error;
    await browser.storage[area].set(items);
  }
}

export async function writeValue(key: StorageKey, value: unknown): Promise<void> {
  const [area, name] = split(key);
  await set(area, { [name]: value });
}

/**
 * Several local values in ONE write: either all land or none does, so a walk is never cleared
 * without being logged, nor logged twice.
 */
export async function writeLocal(values: Partial<Record<LocalKey, unknown>>): Promise<void> {
  await set(
    'local',
    Object.fromEntries(Object.entries(values).map(([key, value]) => [split(key as LocalKey)[1], value])),
  );
}

/** Calls `onChange` with each new value of `key`; returns the function that stops watching. */
export function watchValue(key: StorageKey, onChange: (value: unknown) => void): () => void {
  const [area, name] = split(key);
  const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
    if (changedArea === area && name in changes) onChange(changes[name]!.newValue ?? null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
