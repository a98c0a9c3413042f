import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeErrorText } from '@/lib/browser/storage-error';
import { classifyWriteError, errorDetail } from '@/lib/storage-error';

/** What real browsers threw, each seen in tests/e2e/storage-full.e2e.test.ts or named in the sources below. */
const FULL = [
  // Chromium 156, storage.local and storage.sync full, and one sync item too large.
  'Resource::kQuotaBytes quota exceeded',
  'Resource::kQuotaBytesPerItem quota exceeded',
  // Chrome before the rename (https://developer.chrome.com/docs/extensions/reference/api/storage).
  'QUOTA_BYTES quota exceeded',
  'QUOTA_BYTES_PER_ITEM quota exceeded',
  // Firefox 153: storage.local (IndexedDB over its storage limits) and storage.sync.
  'QuotaExceededError: storage.local API call exceeded its quota limitations.',
  'QuotaExceededError: storage.sync API call exceeded its quota limitations.',
  // Firefox's IndexedDB's own words, seen by other extensions.
  'QuotaExceededError: The current transaction exceeded its quota limitations.',
];
const RATE = [
  'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
  'This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.',
  'This request exceeds the MAX_SUSTAINED_WRITE_OPERATIONS_PER_MINUTE quota.',
];
const OTHER = ['IO error', 'An unexpected error occurred', 'Sync is disabled.', 'Extension context invalidated.'];

describe('classifyWriteError', () => {
  it.each(FULL)('reads "%s" as a full store', (message) => {
    expect(classifyWriteError(new Error(message))).toEqual({ problem: 'full', detail: message });
  });

  it.each(RATE)('reads "%s" as too many writes, not a full store', (message) => {
    expect(classifyWriteError(new Error(message)).problem).toBe('rate');
  });

  it.each(OTHER)('reads "%s" as another failure, keeping the words', (message) => {
    expect(classifyWriteError(new Error(message))).toEqual({ problem: 'other', detail: message });
  });

  it('reads a quota in any case and any wrapping (a page may pass it on inside its own words)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FULL), fc.string(), fc.string(), fc.boolean(), (message, before, after, upper) => {
        const text = `${before.replace(/quota|MAX_|rate limit|too many/gi, '')} ${upper ? message.toUpperCase() : message.toLowerCase()} ${after.replace(/quota|MAX_|rate limit|too many/gi, '')}`;
        expect(classifyWriteError(new Error(text)).problem).toBe('full');
      }),
    );
  });

  it('keeps a DOMException’s kind, which it carries in its name only', () => {
    const error = new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
    expect(errorDetail(error)).toBe('QuotaExceededError: The current transaction exceeded its quota limitations.');
    expect(classifyWriteError(error).problem).toBe('full');
    expect(errorDetail(new DOMException('x', 'QuotaExceededError'))).toBe('QuotaExceededError: x');
  });

  it('reads whatever was thrown: a string, an object with a message, nothing', () => {
    expect(classifyWriteError('QUOTA_BYTES quota exceeded').problem).toBe('full');
    expect(errorDetail({ message: 'disk I/O' })).toBe('disk I/O');
    expect(errorDetail(undefined)).toBe('undefined');
    expect(errorDetail(new Error('plain'))).toBe('plain');
  });
});

describe('writeErrorText', () => {
  it.each(FULL)('says in our words that storage is full, that nothing was lost and what to do (%s)', (message) => {
    const text = writeErrorText(new Error(message));
    expect(text).toBe(
      'the storage Backstride may use in this browser is full. Nothing saved before was lost. To make room, free up disk space, or export your settings and history under “Your data” in Backstride settings and then reset them there.',
    );
  });

  it('keeps the browser’s detail for any other failure, in a localized frame', () => {
    expect(writeErrorText(new Error('IO error'))).toBe('the browser reported an error (IO error)');
    expect(writeErrorText(new Error(RATE[0]!))).toBe(`the browser reported an error (${RATE[0]})`);
  });
});
