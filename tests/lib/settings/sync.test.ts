import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '@/lib/settings/model';
import { adoptSyncedSettings, classifySyncError, parseSyncStatus, retryDelayMs, syncNeeded } from '@/lib/settings/sync';

const changed = (): Settings => ({ ...defaultSettings(), snoozeMin: 15 });

describe('classifySyncError', () => {
  it.each([
    [new Error('QUOTA_BYTES_PER_ITEM quota exceeded'), 'quota'],
    [new Error('QUOTA_BYTES quota exceeded'), 'quota'],
    [new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'), 'rate'],
    [new Error('MAX_WRITE_OPERATIONS_PER_HOUR'), 'rate'],
    [new Error('MAX_SUSTAINED_WRITE_OPERATIONS_PER_MINUTE'), 'rate'],
    ['offline', 'other'],
  ])('sorts %s as %s, keeping the message', (error, problem) => {
    expect(classifySyncError(error)).toEqual({ problem, message: error instanceof Error ? error.message : error });
  });

  it('retries a rate limit within the minute, anything else later', () => {
    expect(retryDelayMs('rate')).toBe(60_000);
    expect(retryDelayMs('quota')).toBeGreaterThan(60_000);
    expect(retryDelayMs('other')).toBeGreaterThan(60_000);
  });
});

describe('parseSyncStatus', () => {
  it('reads a stored status and refuses anything else', () => {
    expect(parseSyncStatus({ problem: 'rate', message: 'x' })).toEqual({ problem: 'rate', message: 'x' });
    expect(parseSyncStatus({ problem: 'tired', message: 'x' })).toBeNull();
    expect(parseSyncStatus(null)).toBeNull();
  });
});

describe('syncNeeded', () => {
  it('writes when the synced copy is missing, invalid or different, and not when it is the same', () => {
    expect(syncNeeded(changed(), null)).toBe(true);
    expect(syncNeeded(changed(), { snoozeMin: 'x' })).toBe(true);
    expect(syncNeeded(changed(), defaultSettings())).toBe(true);
    expect(syncNeeded(changed(), changed())).toBe(false);
  });

  it('writes a first synced copy even when this device has the defaults', () => {
    expect(syncNeeded(defaultSettings(), null)).toBe(true);
    expect(syncNeeded(defaultSettings(), undefined)).toBe(true);
  });

  it('rewrites a synced copy with one bad field even when it reads as this device’s settings', () => {
    // The bad field reads as its default, which this device also has: the copy must still be repaired.
    expect(syncNeeded(defaultSettings(), { ...defaultSettings(), idleThresholdMin: 'x' })).toBe(true);
  });

  it('keeps the settings item well under the 8 KB sync item quota', () => {
    expect(new TextEncoder().encode(JSON.stringify({ settings: defaultSettings() })).length).toBeLessThan(1024);
  });
});

describe('adoptSyncedSettings', () => {
  it('adopts valid settings from another browser', () => {
    expect(adoptSyncedSettings(defaultSettings(), changed(), false)).toEqual({ adopt: true, settings: changed() });
  });
  it('ignores an empty sync area', () => {
    expect(adoptSyncedSettings(defaultSettings(), null, false)).toMatchObject({ adopt: false, reason: 'empty' });
    expect(adoptSyncedSettings(defaultSettings(), undefined, false)).toMatchObject({ adopt: false, reason: 'empty' });
  });
  it('refuses partly invalid settings as a whole', () => {
    const decision = adoptSyncedSettings(
      defaultSettings(),
      { ...changed(), walk: { enabled: true, intervalMin: 5000, lengthMin: 5 } },
      false,
    );
    expect(decision).toMatchObject({ adopt: false, reason: 'invalid' });
    expect(decision.adopt === false && decision.problems[0]).toContain('walk.intervalMin');
  });
  it('refuses settings with a weekday that is not a day as a whole, rather than filling in that day', () => {
    const synced = changed();
    (synced.schedule.days as unknown[])[3] = 'x';
    const decision = adoptSyncedSettings(defaultSettings(), synced, false);
    expect(decision).toEqual({ adopt: false, reason: 'invalid', problems: ['schedule.days[3]: not an object'] });
  });
  it('skips settings equal to the local ones', () => {
    expect(adoptSyncedSettings(changed(), changed(), false)).toMatchObject({ adopt: false, reason: 'same' });
  });
  it('keeps a newer change of this device that still waits to be synced (the echo of an older write)', () => {
    expect(adoptSyncedSettings(changed(), defaultSettings(), true)).toMatchObject({ adopt: false, reason: 'pending' });
  });
});
