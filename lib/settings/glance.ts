/**
 * The few settings the popup shows, read from an untrusted stored value with the same per-field rules
 * as parseSettings() (a bad field falls back to its default), without the rest of the settings code:
 * the popup opens on every click.
 */
import { DEFAULT_SETTINGS, inRange, LIMITS, type DayWindow, type Settings } from './model';

export interface GlanceSettings {
  posture: { enabled: boolean };
  walk: { enabled: boolean; lengthMin: number };
  /** For "outside your schedule, back at …" (computed after the first paint: lib/reminders/schedule-view.ts). */
  schedule: Settings['schedule'];
}

const field = (raw: unknown, key: string): unknown =>
  typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
const bool = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
const MINUTE_OF_DAY = { min: 0, max: 1439 };

/** One weekday's window, as parseSettings reads it: a bad time falls back, equal times mean the default day. */
function day(raw: unknown, fallback: DayWindow): DayWindow {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...fallback };
  const start = field(raw, 'start');
  const end = field(raw, 'end');
  const window = {
    enabled: bool(field(raw, 'enabled'), fallback.enabled),
    start: inRange(start, MINUTE_OF_DAY) ? start : fallback.start,
    end: inRange(end, MINUTE_OF_DAY) ? end : fallback.end,
  };
  return window.start === window.end ? { ...fallback } : window;
}

export function readGlanceSettings(raw: unknown): GlanceSettings {
  const posture = field(raw, 'posture');
  const walk = field(raw, 'walk');
  const length = field(walk, 'lengthMin');
  const schedule = field(raw, 'schedule');
  const days = field(schedule, 'days');
  const defaults = DEFAULT_SETTINGS.schedule;
  return {
    posture: { enabled: bool(field(posture, 'enabled'), DEFAULT_SETTINGS.posture.enabled) },
    walk: {
      enabled: bool(field(walk, 'enabled'), DEFAULT_SETTINGS.walk.enabled),
      lengthMin: inRange(length, LIMITS.walkLengthMin) ? length : DEFAULT_SETTINGS.walk.lengthMin,
    },
    schedule: {
      enabled: bool(field(schedule, 'enabled'), defaults.enabled),
      days: defaults.days.map((fallback, i) =>
        Array.isArray(days) && days.length === 7 ? day(days[i], fallback) : { ...fallback },
      ),
    },
  };
}
