/**
 * What a refused storage write says, sorted by what the user can do about it. Pure: pages and the
 * background turn the kind into their own words (lib/browser/storage-error.ts).
 *
 * The browsers' own messages, seen in real browsers (tests/e2e/storage-full.e2e.test.ts logs them):
 * - Chromium 156, storage.local or storage.sync full: "Resource::kQuotaBytes quota exceeded" (and
 *   "Resource::kQuotaBytesPerItem quota exceeded" for one sync item); older Chrome said
 *   "QUOTA_BYTES quota exceeded" (https://developer.chrome.com/docs/extensions/reference/api/storage).
 * - Chromium, too many sync writes: "This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota."
 *   (also _PER_HOUR, and MAX_SUSTAINED_WRITE_OPERATIONS_PER_MINUTE): a "quota", but not a full store.
 * - Firefox 153 (storage.local is IndexedDB, held to the browser's storage limits, which follow the
 *   free disk space): "QuotaExceededError: storage.local API call exceeded its quota limitations."
 *   (and "storage.sync API call …"); Firefox words its other IndexedDB failures "An unexpected error
 *   occurred" (toolkit/components/extensions/ExtensionStorageIDB.sys.mjs, normalizeStorageError).
 */

/** Why a write was refused: the store is full, writes came too fast (sync only), or anything else. */
export type WriteProblem = 'full' | 'rate' | 'other';

/** The text of whatever was thrown: an Error's message, a DOMException's "name: message", else String(). */
export function errorDetail(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    const text = String(message ?? '');
    // A DOMException carries its kind in its name only ("QuotaExceededError"); keep it in the detail.
    return typeof name === 'string' && name !== 'Error' && name && !text.includes(name) ? `${name}: ${text}` : text;
  }
  return String(error);
}

/** Rate limits first: Chrome words them as quotas too ("exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota"). */
const RATE = /MAX_WRITE_OPERATIONS|MAX_SUSTAINED_WRITE|rate limit|too many/i;
/** Any other quota is a full store, in every browser's words: QUOTA_BYTES, kQuotaBytes, QuotaExceededError. */
const FULL = /quota/i;

export function classifyWriteError(error: unknown): { problem: WriteProblem; detail: string } {
  const detail = errorDetail(error);
  const problem: WriteProblem = RATE.test(detail) ? 'rate' : FULL.test(detail) ? 'full' : 'other';
  return { problem, detail };
}
