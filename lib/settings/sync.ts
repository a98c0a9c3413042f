/**
 * Carrying settings to the user's other browsers through sync storage. Pure: the background applies
 * these decisions (entrypoints/background/sync.ts).
 *
 * Sync storage is small and throttled: 8 KB per item, 100 KB in all, 120 writes a minute and 1,800 an
 * hour in Chrome (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync).
 * So pages write settings to this device only, and the background copies them to sync once, a couple
 * of seconds after the last change (an alarm; a packed Chrome extension waits at least 30 s), and
 * retries a refused write later. The local settings stay the one truth; the synced copy follows them.
 */
import { classifyWriteError } from '../storage-error';
import { isRecord, isString, oneOf } from '../validate';
import type { Settings } from './model';
import { parseSettings } from './parse';

/** Why a sync write failed, as far as the browser's error message tells. */
export type SyncProblem = 'quota' | 'rate' | 'other';

/** The last failed sync write (stored as `local:syncStatus`), for the options page to explain. */
export interface SyncStatus {
  problem: SyncProblem;
  message: string;
}

/** How long after the last change the synced copy is written. */
export const SYNC_DELAY_MS = 2_000;

/** Sorts a sync error by the browser's words (lib/storage-error.ts), keeping its message. */
export function classifySyncError(error: unknown): SyncStatus {
  const { problem, detail } = classifyWriteError(error);
  return { problem: problem === 'full' ? 'quota' : problem, message: detail };
}

/** When to try a refused write again: a rate limit clears within the minute; other causes take longer. */
export function retryDelayMs(problem: SyncProblem): number {
  return problem === 'rate' ? 60_000 : 5 * 60_000;
}

export function parseSyncStatus(raw: unknown): SyncStatus | null {
  return isRecord(raw) && oneOf<SyncProblem>('quota', 'rate', 'other')(raw.problem) && isString(raw.message)
    ? { problem: raw.problem, message: raw.message }
    : null;
}

const same = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);

/** Whether the synced copy must be (re)written: it is missing, invalid or differs from this device's. */
export function syncNeeded(local: Settings, synced: unknown): boolean {
  const parsed = parseSettings(synced);
  return synced === null || synced === undefined || parsed.problems.length > 0 || !same(parsed.settings, local);
}

export type AdoptDecision =
  | { adopt: true; settings: Settings }
  | { adopt: false; reason: 'empty' | 'invalid' | 'same' | 'pending'; problems: string[] };

/**
 * Decides whether settings that arrived through sync replace this device's. They win when they are
 * complete and valid, unless this device has a change of its own still waiting to be written to sync
 * (`localPending`): that change is newer, and the arriving value may be the echo of an older write of
 * this very device. A partly valid value is refused as a whole rather than mixed with defaults, and an
 * equal value is skipped so no needless storage change fires.
 */
export function adoptSyncedSettings(local: Settings, synced: unknown, localPending: boolean): AdoptDecision {
  if (synced === null || synced === undefined) return { adopt: false, reason: 'empty', problems: [] };
  const { settings, problems } = parseSettings(synced);
  if (problems.length) return { adopt: false, reason: 'invalid', problems };
  if (same(settings, local)) return { adopt: false, reason: 'same', problems: [] };
  if (localPending) return { adopt: false, reason: 'pending', problems: [] };
  return { adopt: true, settings };
}
