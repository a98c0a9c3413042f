/**
 * Reading settings from untrusted values (storage, sync, imported files), apart from lib/settings.ts so
 * the popup, which shows only a few fields (settings-glance.ts), does not load it.
 */
import { isRecord } from '../validate';
import {
  defaultSettings,
  inRange,
  LIMITS,
  SETTINGS_VERSION,
  VOLUME,
  type MinuteOfDay,
  type Range,
  type Settings,
} from './model';

export type SettingsProblem = string;

const isMinuteOfDay = (v: unknown): v is MinuteOfDay => inRange(v, { min: 0, max: 1439 });

/**
 * Reads settings from an untrusted value (storage, an imported file). Every field that is missing or
 * malformed falls back to its default on its own, and is reported, so one bad field never costs the
 * user the rest of their settings. The migration is keyed on the value's own `version`: the fields a
 * version 1 value (no `version`) cannot have take their defaults without a problem; a newer version
 * (a later release, then a downgrade) keeps every field this one knows.
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

  // Anything but a number of 2 or more reads as version 1 (whose fields are all checked anyway).
  const v2 = (raw.version as number) >= 2;
  /** A field added in version 2: absent from an older value, it quietly takes its default. */
  const since2 = <T>(path: string, value: unknown, ok: (v: unknown) => v is T, fallback: T): T =>
    value === undefined && !v2 ? fallback : pick(path, value, ok, fallback);

  const posture = isRecord(raw.posture) ? raw.posture : {};
  const walk = isRecord(raw.walk) ? raw.walk : {};
  const schedule = isRecord(raw.schedule) ? raw.schedule : {};
  const sound = isRecord(raw.sound) ? raw.sound : {};
  const days = Array.isArray(schedule.days) && schedule.days.length === 7 ? schedule.days : null;
  if (!days) problems.push('schedule.days: expected seven days');

  return {
    settings: {
      version: SETTINGS_VERSION,
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
      keepOnScreen: since2('keepOnScreen', raw.keepOnScreen, isBool, d.keepOnScreen),
      sound: {
        walkEnd: since2('sound.walkEnd', sound.walkEnd, isBool, d.sound.walkEnd),
        reminders: since2('sound.reminders', sound.reminders, isBool, d.sound.reminders),
        volume: since2('sound.volume', sound.volume, range(VOLUME), d.sound.volume),
      },
    },
    problems,
  };
}
