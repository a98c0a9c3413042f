import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KEYS, readValue, writeLocal, writeValue } from '@/lib/browser/storage';

// What Firefox 153 said to writes near its storage limit, in this order (tests/e2e/storage-full.e2e.test.ts).
const FULL = new Error('QuotaExceededError: storage.local API call exceeded its quota limitations.');
const UNEXPECTED = new Error('An unexpected error occurred');

beforeEach(() => fakeBrowser.reset());

describe('writeValue and writeLocal', () => {
  it('try a write once more after an unexplained failure, and report a full store then', async () => {
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(UNEXPECTED)
      .mockRejectedValueOnce(FULL);
    await expect(writeValue(KEYS.walk, { startedAt: 1 })).rejects.toBe(FULL);
    expect(set).toHaveBeenCalledTimes(2);
  });

  it('store the value when the second try works', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(UNEXPECTED);
    await writeLocal({ [KEYS.plan]: null, [KEYS.checkInSkipped]: 5 });
    expect(await readValue(KEYS.checkInSkipped)).toBe(5);
  });

  it('do not try again when the store is full: the answer would be the same', async () => {
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    await expect(writeValue(KEYS.settings, {})).rejects.toThrow('kQuotaBytes');
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('report the second failure when both tries fail', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(UNEXPECTED)
      .mockRejectedValueOnce(new Error('IO error'));
    await expect(writeValue(KEYS.settings, {})).rejects.toThrow('IO error');
  });

  it('leave sync writes to the background’s own retries (a rate limit must not be pressed)', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(UNEXPECTED);
    await expect(writeValue(KEYS.syncedSettings, {})).rejects.toBe(UNEXPECTED);
    expect(set).toHaveBeenCalledTimes(1);
  });
});
