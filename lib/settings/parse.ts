/**
 * Reading settings from untrusted values (storage, sync, imported files), apart from lib/settings.ts so
 * the popup, which shows only a few fields (settings-glance.ts), does not load it.
 */
import { intIn, isBool, isRecord } from '../validate';
import { fieldReader } from '../validate-fields';
import { defaultSettings, LIMITS, SETTINGS_VERSION, VOLUME, type Range, type Settings } from './model';

export type SettingsProblem = string;

const isMinuteOfDay = intIn(0, 1439);
const range = (r: Range) => intIn(r.min, r.max);

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
  // Anything but a number of 2 or more reads as version 1 (whose fields are all checked anyway). The
  // fields version 2 added may be absent from a version 1 value: they quietly take their defaults.
  const v1 = !((raw.version as number) >= 2);

  const top = fieldReader(raw, '', problems);
  const posture = fieldReader(raw.posture, 'posture.', problems);
  const walk = fieldReader(raw.walk, 'walk.', problems);
  const schedule = fieldReader(raw.schedule, 'schedule.', problems);
  const sound = fieldReader(raw.sound, 'sound.', problems);
  const rawDays = isRecord(raw.schedule) ? raw.schedule.days : undefined;
  const days = Array.isArray(rawDays) && rawDays.length === 7 ? rawDays : null;
  if (!days) problems.push('schedule.days: expected seven days');

  return {
    settings: {
      version: SETTINGS_VERSION,
      posture: {
        enabled: posture('enabled', isBool, d.posture.enabled),
        intervalMin: posture('intervalMin', range(LIMITS.postureIntervalMin), d.posture.intervalMin),
      },
      walk: {
        enabled: walk('enabled', isBool, d.walk.enabled),
        intervalMin: walk('intervalMin', range(LIMITS.walkIntervalMin), d.walk.intervalMin),
        lengthMin: walk('lengthMin', range(LIMITS.walkLengthMin), d.walk.lengthMin),
      },
      snoozeMin: top('snoozeMin', range(LIMITS.snoozeMin), d.snoozeMin),
      idleThresholdMin: top('idleThresholdMin', range(LIMITS.idleThresholdMin), d.idleThresholdMin),
      schedule: {
        enabled: schedule('enabled', isBool, d.schedule.enabled),
        days: d.schedule.days.map((fallback, i) => {
          if (!days) return fallback;
          const path = `schedule.days[${i}]`;
          if (!isRecord(days[i])) {
            problems.push(`${path}: not an object`);
            return fallback;
          }
          const day = fieldReader(days[i], `${path}.`, problems);
          const start = day('start', isMinuteOfDay, fallback.start);
          const end = day('end', isMinuteOfDay, fallback.end);
          if (start === end) {
            problems.push(`${path}: start and end are the same time`);
            return fallback;
          }
          return { enabled: day('enabled', isBool, fallback.enabled), start, end };
        }),
      },
      notificationButtons: top('notificationButtons', isBool, d.notificationButtons),
      keepOnScreen: top('keepOnScreen', isBool, d.keepOnScreen, v1),
      sound: {
        walkEnd: sound('walkEnd', isBool, d.sound.walkEnd, v1),
        reminders: sound('reminders', isBool, d.sound.reminders, v1),
        volume: sound('volume', range(VOLUME), d.sound.volume, v1),
      },
    },
    problems,
  };
}
