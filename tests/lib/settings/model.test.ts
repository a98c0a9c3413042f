import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings } from '@/lib/settings/model';
import { parseSettings } from '@/lib/settings/parse';
import { adoptSyncedSettings } from '@/lib/settings/sync';

describe('parseSettings', () => {
  it('has the product defaults: posture every 30 min, walk every 60 min for 5 min, schedule off', () => {
    expect(DEFAULT_SETTINGS.posture).toEqual({ enabled: true, intervalMin: 30 });
    expect(DEFAULT_SETTINGS.walk).toEqual({ enabled: true, intervalMin: 60, lengthMin: 5 });
    expect(DEFAULT_SETTINGS.snoozeMin).toBe(10);
    expect(DEFAULT_SETTINGS.schedule.enabled).toBe(false);
  });

  it('has the default working hours 09:00–17:30 on every day, weekdays on and the weekend off', () => {
    const window = (enabled: boolean) => ({ enabled, start: 9 * 60, end: 17 * 60 + 30 });
    const [sun, mon, tue, wed, thu, fri, sat] = DEFAULT_SETTINGS.schedule.days;
    expect([mon, tue, wed, thu, fri]).toEqual(Array(5).fill(window(true)));
    // Turning on Saturday or Sunday starts from the same hours.
    expect([sat, sun]).toEqual([window(false), window(false)]);
  });

  // PRODUCT.md: posture 5–240 min, walk 15–480 min, walk length 1–60 min; snooze and away time as the
  // options page offers them (1–120 and 1–60 min); the chime volume 0–100 %.
  it.each<[string, number, number, (n: number) => object]>([
    ['posture.intervalMin', 5, 240, (n) => ({ posture: { enabled: true, intervalMin: n } })],
    ['walk.intervalMin', 15, 480, (n) => ({ walk: { enabled: true, intervalMin: n, lengthMin: 5 } })],
    ['walk.lengthMin', 1, 60, (n) => ({ walk: { enabled: true, intervalMin: 60, lengthMin: n } })],
    ['snoozeMin', 1, 120, (n) => ({ snoozeMin: n })],
    ['idleThresholdMin', 1, 60, (n) => ({ idleThresholdMin: n })],
    ['sound.volume', 0, 100, (n) => ({ sound: { walkEnd: true, reminders: false, volume: n } })],
  ])('accepts %s from %d to %d and refuses one past either end', (path, min, max, patch) => {
    const read = (n: number) => parseSettings({ ...defaultSettings(), ...patch(n) });
    for (const n of [min, max]) {
      const { settings, problems } = read(n);
      expect(problems).toEqual([]);
      expect(settings).toMatchObject(patch(n));
    }
    for (const n of [min - 1, max + 1]) {
      const { settings, problems } = read(n);
      expect(problems.join('\n')).toContain(path);
      expect(settings).toEqual(defaultSettings());
    }
  });

  it('accepts windows from midnight and to 23:59, and refuses a minute past the day', () => {
    const raw = defaultSettings();
    raw.schedule.days[2] = { enabled: true, start: 0, end: 1439 };
    raw.schedule.days[3] = { enabled: true, start: 1439, end: 0 };
    expect(parseSettings(structuredClone(raw))).toEqual({ settings: raw, problems: [] });
    raw.schedule.days[4] = { enabled: true, start: -1, end: 1440 };
    const { settings, problems } = parseSettings(raw);
    expect(problems).toHaveLength(2);
    expect(settings.schedule.days[4]).toEqual(DEFAULT_SETTINGS.schedule.days[4]);
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

describe('parseSettings: version 2 (sound, reminders kept on screen)', () => {
  /** Settings as version 1 stored them: no version, no sound, no keepOnScreen. */
  function version1(): Record<string, unknown> {
    const { version: _v, sound: _s, keepOnScreen: _k, ...rest } = defaultSettings();
    return structuredClone(rest);
  }

  it('has the defaults: kept on screen, a chime when a walk ends, none with reminders, volume 60', () => {
    expect(DEFAULT_SETTINGS.version).toBe(2);
    expect(DEFAULT_SETTINGS.keepOnScreen).toBe(true);
    expect(DEFAULT_SETTINGS.sound).toEqual({ walkEnd: true, reminders: false, volume: 60 });
  });

  it('migrates version 1 settings: the new fields take their defaults, nothing is reported, the rest is kept', () => {
    const old = { ...version1(), snoozeMin: 15, posture: { enabled: false, intervalMin: 45 } };
    const { settings, problems } = parseSettings(old);
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...defaultSettings(), snoozeMin: 15, posture: { enabled: false, intervalMin: 45 } });
  });

  it.each([1, 0, null])('reads a value marked version %j as version 1', (version) => {
    const { settings, problems } = parseSettings({ ...version1(), version, snoozeMin: 15 });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...defaultSettings(), snoozeMin: 15 });
  });

  it('still checks a new field that a version 1 value does carry', () => {
    const { settings, problems } = parseSettings({ ...version1(), sound: { walkEnd: 'yes' } });
    expect(problems).toEqual(['sound.walkEnd: "yes" is not valid']);
    expect(settings.sound).toEqual(DEFAULT_SETTINGS.sound);
  });

  it.each([
    ['sound.volume', { sound: { walkEnd: true, reminders: false, volume: 101 } }],
    ['sound.volume', { sound: { walkEnd: true, reminders: false, volume: 55.5 } }],
    ['sound.reminders', { sound: { walkEnd: true, reminders: 1, volume: 60 } }],
    ['sound.walkEnd', { sound: 'loud' }],
    ['keepOnScreen', { keepOnScreen: null }],
    ['keepOnScreen', { keepOnScreen: undefined }],
  ])('replaces a missing or bad %s of version 2 settings with its default, and reports it', (path, patch) => {
    const { settings, problems } = parseSettings({ ...defaultSettings(), snoozeMin: 15, ...patch });
    expect(problems.join('\n')).toContain(path);
    expect(settings.snoozeMin).toBe(15);
    expect(parseSettings(settings).problems).toEqual([]);
  });

  it('keeps what it knows of a newer version (a later release, then a downgrade)', () => {
    const newer = { ...defaultSettings(), version: 3, keepOnScreen: false, futureField: { a: 1 } };
    const { settings, problems } = parseSettings(newer);
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...defaultSettings(), keepOnScreen: false });
  });

  it('adopts a version 1 copy synced from a browser still on the older release', () => {
    const decision = adoptSyncedSettings(defaultSettings(), { ...version1(), snoozeMin: 20 }, false);
    expect(decision).toEqual({ adopt: true, settings: { ...defaultSettings(), snoozeMin: 20 } });
  });

  it('stays far below the 8 KB a synced item may hold, with every field at its longest', () => {
    const longest = defaultSettings();
    longest.posture.intervalMin = 240;
    longest.walk = { enabled: false, intervalMin: 480, lengthMin: 60 };
    longest.snoozeMin = 120;
    longest.sound = { walkEnd: false, reminders: false, volume: 100 };
    longest.schedule.days = longest.schedule.days.map(() => ({ enabled: false, start: 1439, end: 1438 }));
    // Chrome counts the key and the JSON of the value (QUOTA_BYTES_PER_ITEM).
    expect('settings'.length + JSON.stringify(longest).length).toBeLessThan(1024);
  });
});
