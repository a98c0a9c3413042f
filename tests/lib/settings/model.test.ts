import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings } from '@/lib/settings/model';
import { parseSettings } from '@/lib/settings/parse';

describe('parseSettings', () => {
  it('has the product defaults: posture every 30 min, walk every 60 min for 5 min, schedule off', () => {
    expect(DEFAULT_SETTINGS.posture).toEqual({ enabled: true, intervalMin: 30 });
    expect(DEFAULT_SETTINGS.walk).toEqual({ enabled: true, intervalMin: 60, lengthMin: 5 });
    expect(DEFAULT_SETTINGS.snoozeMin).toBe(10);
    expect(DEFAULT_SETTINGS.schedule.enabled).toBe(false);
  });

  it('reads valid settings unchanged and reports nothing', () => {
    const settings = defaultSettings();
    settings.posture.intervalMin = 5;
    settings.walk.intervalMin = 480;
    settings.schedule.days[3] = { enabled: true, start: 22 * 60, end: 6 * 60 };
    expect(parseSettings(structuredClone(settings))).toEqual({ settings, problems: [] });
  });

  it.each([undefined, null])('reads %s (nothing stored) as the defaults without a problem', (raw) => {
    expect(parseSettings(raw)).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it.each([
    ['posture.intervalMin', { posture: { enabled: true, intervalMin: 4 } }],
    ['posture.intervalMin', { posture: { enabled: true, intervalMin: 30.5 } }],
    ['walk.intervalMin', { walk: { enabled: true, intervalMin: 481, lengthMin: 5 } }],
    ['walk.lengthMin', { walk: { enabled: true, intervalMin: 60, lengthMin: '5' } }],
    ['snoozeMin', { snoozeMin: -1 }],
    ['posture.enabled', { posture: { enabled: 'yes', intervalMin: 30 } }],
  ])('replaces a bad %s with its default and keeps every other field', (path, patch) => {
    const good = { ...defaultSettings(), snoozeMin: 15 };
    const { settings, problems } = parseSettings({ ...good, ...patch });
    expect(problems.join('\n')).toContain(path);
    expect(settings.snoozeMin).toBe('snoozeMin' in patch ? 10 : 15);
    expect(parseSettings(settings).problems).toEqual([]);
  });

  it('refuses a day whose window starts and ends at the same time', () => {
    const raw = defaultSettings();
    raw.schedule.days[1] = { enabled: true, start: 600, end: 600 };
    const { settings, problems } = parseSettings(raw);
    expect(problems).toHaveLength(1);
    expect(settings.schedule.days[1]).toEqual(DEFAULT_SETTINGS.schedule.days[1]);
  });

  it.each([
    ['a string', 'oops'],
    ['an array', []],
    ['a number', 7],
  ])('survives %s', (_what, raw) => {
    const { settings, problems } = parseSettings(raw);
    expect(settings).toEqual(defaultSettings());
    expect(problems.length).toBeGreaterThan(0);
  });
});
