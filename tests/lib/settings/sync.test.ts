import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '@/lib/settings/model';
import { adoptSyncedSettings, classifySyncError, saveSettings, type SettingsArea } from '@/lib/settings/sync';

function area(fail?: Error) {
  const writes: Settings[] = [];
  const a: SettingsArea & { writes: Settings[] } = {
    writes,
    setValue: vi.fn(async (value: Settings) => {
      if (fail) throw fail;
      writes.push(structuredClone(value));
    }),
  };
  return a;
}

const changed = (): Settings => ({ ...defaultSettings(), snoozeMin: 15 });

describe('saveSettings', () => {
  it('writes local first, then sync', async () => {
    const order: string[] = [];
    const local = { setValue: vi.fn(async () => void order.push('local')) };
    const sync = { setValue: vi.fn(async () => void order.push('sync')) };
    await expect(saveSettings(changed(), { local, sync })).resolves.toEqual({ ok: true, synced: true });
    expect(order).toEqual(['local', 'sync']);
  });

  it.each([
    ['QUOTA_BYTES_PER_ITEM quota exceeded', 'quota'],
    ['QUOTA_BYTES quota exceeded', 'quota'],
    ['This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.', 'rate'],
    ['MAX_WRITE_OPERATIONS_PER_HOUR exceeded', 'rate'],
    ['Sync is disabled', 'other'],
  ])('keeps the local change when sync fails with %j', async (message, problem) => {
    const local = area();
    const sync = area(new Error(message));
    const result = await saveSettings(changed(), { local, sync });
    expect(result).toEqual({ ok: true, synced: false, problem, message });
    expect(local.writes).toEqual([changed()]);
  });

  it('reports nothing saved when the local write fails, and does not write sync', async () => {
    const sync = area();
    const result = await saveSettings(changed(), { local: area(new Error('disk full')), sync });
    expect(result).toEqual({ ok: false, message: 'disk full' });
    expect(sync.writes).toEqual([]);
  });

  it('refuses invalid settings before writing anything', async () => {
    const local = area();
    const sync = area();
    const bad = { ...defaultSettings(), snoozeMin: 0 };
    expect((await saveSettings(bad, { local, sync })).ok).toBe(false);
    expect(local.writes).toEqual([]);
    expect(sync.writes).toEqual([]);
  });

  it('keeps the settings item well under the 8 KB sync item quota', () => {
    expect(new TextEncoder().encode(JSON.stringify({ settings: defaultSettings() })).length).toBeLessThan(1024);
  });
});

describe('classifySyncError', () => {
  it.each([
    [new Error('QUOTA_BYTES_PER_ITEM quota exceeded'), 'quota'],
    [new Error('MAX_WRITE_OPERATIONS_PER_HOUR'), 'rate'],
    [new Error('MAX_SUSTAINED_WRITE_OPERATIONS_PER_MINUTE'), 'rate'],
    ['offline', 'other'],
  ])('sorts %s as %s', (error, problem) => {
    expect(classifySyncError(error)).toBe(problem);
  });
});

describe('adoptSyncedSettings', () => {
  it('adopts valid settings from another browser', () => {
    expect(adoptSyncedSettings(defaultSettings(), changed())).toEqual({ adopt: true, settings: changed() });
  });
  it('ignores an empty sync area', () => {
    expect(adoptSyncedSettings(defaultSettings(), null)).toMatchObject({ adopt: false, reason: 'empty' });
    expect(adoptSyncedSettings(defaultSettings(), undefined)).toMatchObject({ adopt: false, reason: 'empty' });
  });
  it('refuses partly invalid settings as a whole', () => {
    const decision = adoptSyncedSettings(defaultSettings(), {
      ...changed(),
      walk: { enabled: true, intervalMin: 5000, lengthMin: 5 },
    });
    expect(decision).toMatchObject({ adopt: false, reason: 'invalid' });
    expect(decision.adopt === false && decision.problems[0]).toContain('walk.intervalMin');
  });
  it('skips settings equal to the local ones', () => {
    expect(adoptSyncedSettings(changed(), changed())).toMatchObject({ adopt: false, reason: 'same' });
  });
});
