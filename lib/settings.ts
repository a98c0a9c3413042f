/**
 * User settings: their shape, defaults and allowed ranges. Stored in storage.sync (see lib/storage.ts).
 * Pure: no browser calls.
 */

/** Minutes after local midnight, 0–1439. */
export type MinuteOfDay = number;

export interface DayWindow {
  /** Whether reminders run on this weekday at all. */
  enabled: boolean;
  start: MinuteOfDay;
  /** When `end` <= `start` the window crosses midnight and ends on the next day. */
  end: MinuteOfDay;
}

export interface Settings {
  posture: { enabled: boolean; intervalMin: number };
  walk: { enabled: boolean; intervalMin: number; lengthMin: number };
  snoozeMin: number;
  /** Minutes without input after which the user counts as away (browser.idle threshold). */
  idleThresholdMin: number;
  /** Off by default: reminders then run whenever the user is active. */
  schedule: {
    enabled: boolean;
    /** Index 0 is Sunday, as in Date#getDay(). Always seven entries. */
    days: DayWindow[];
  };
  /** Chrome shows action buttons on notifications; Firefox ignores this (it has none). */
  notificationButtons: boolean;
}

/** Inclusive ranges of every numeric setting, in minutes. The options page shows them. */
export const LIMITS = {
  postureIntervalMin: { min: 5, max: 240 },
  walkIntervalMin: { min: 15, max: 480 },
  walkLengthMin: { min: 1, max: 60 },
  snoozeMin: { min: 1, max: 120 },
  idleThresholdMin: { min: 1, max: 60 },
} as const;

const workday = (): DayWindow => ({ enabled: true, start: 9 * 60, end: 17 * 60 + 30 });
const weekend = (): DayWindow => ({ enabled: false, start: 9 * 60, end: 17 * 60 + 30 });

export const DEFAULT_SETTINGS: Settings = {
  posture: { enabled: true, intervalMin: 30 },
  // The document: "Start with a short, 5 to 10-minute walk every day".
  walk: { enabled: true, intervalMin: 60, lengthMin: 5 },
  snoozeMin: 10,
  idleThresholdMin: 5,
  schedule: {
    enabled: false,
    days: [weekend(), workday(), workday(), workday(), workday(), workday(), weekend()],
  },
  notificationButtons: true,
};

export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

export type SettingsProblem = string;

type Range = { min: number; max: number };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function inRange(value: unknown, range: Range): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max;
}

const isMinuteOfDay = (v: unknown): v is MinuteOfDay => inRange(v, { min: 0, max: 1439 });

/**
 * Reads settings from an untrusted value (storage, an imported file). Every field that is missing or
 * malformed falls back to its default on its own, and is reported, so one bad field never costs the
 * user the rest of their settings.
 */
export function parseSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const d = defaultSettings();
  const problems: SettingsProblem[] = [];
  if (!isRecord(raw)) {
    if (raw !== undefined && raw !== null) problems.push('settings: not an object');
    return { settings: d, problems };
  }
  const pick = <T>(path: string, value: unknown, ok: (v: unknown) => v is T, fallback: T): T => {
    if (ok(value)) return value;
    problems.push(`${path}: ${JSON.stringify(value) ?? 'missing'} is not valid`);
    return fallback;
  };
  const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
  const range =
    (r: Range) =>
    (v: unknown): v is number =>
      inRange(v, r);

  const posture = isRecord(raw.posture) ? raw.posture : {};
  const walk = isRecord(raw.walk) ? raw.walk : {};
  const schedule = isRecord(raw.schedule) ? raw.schedule : {};
  const days = Array.isArray(schedule.days) && schedule.days.length === 7 ? schedule.days : null;
  if (!days) problems.push('schedule.days: expected seven days');

  return {
    settings: {
      posture: {
        enabled: pick('posture.enabled', posture.enabled, isBool, d.posture.enabled),
        intervalMin: pick(
          'posture.intervalMin',
          posture.intervalMin,
          range(LIMITS.postureIntervalMin),
          d.posture.intervalMin,
        ),
      },
      walk: {
        enabled: pick('walk.enabled', walk.enabled, isBool, d.walk.enabled),
        intervalMin: pick('walk.intervalMin', walk.intervalMin, range(LIMITS.walkIntervalMin), d.walk.intervalMin),
        lengthMin: pick('walk.lengthMin', walk.lengthMin, range(LIMITS.walkLengthMin), d.walk.lengthMin),
      },
      snoozeMin: pick('snoozeMin', raw.snoozeMin, range(LIMITS.snoozeMin), d.snoozeMin),
      idleThresholdMin: pick(
        'idleThresholdMin',
        raw.idleThresholdMin,
        range(LIMITS.idleThresholdMin),
        d.idleThresholdMin,
      ),
      schedule: {
        enabled: pick('schedule.enabled', schedule.enabled, isBool, d.schedule.enabled),
        days: d.schedule.days.map((fallback, i) => {
          const day = days?.[i];
          if (!days) return fallback;
          if (!isRecord(day)) {
            problems.push(`schedule.days[${i}]: not an object`);
            return fallback;
          }
          const start = pick(`schedule.days[${i}].start`, day.start, isMinuteOfDay, fallback.start);
          const end = pick(`schedule.days[${i}].end`, day.end, isMinuteOfDay, fallback.end);
          if (start === end) {
            problems.push(`schedule.days[${i}]: start and end are the same time`);
            return fallback;
          }
          return { enabled: pick(`schedule.days[${i}].enabled`, day.enabled, isBool, fallback.enabled), start, end };
        }),
      },
      notificationButtons: pick('notificationButtons', raw.notificationButtons, isBool, d.notificationButtons),
    },
    problems,
  };
}
