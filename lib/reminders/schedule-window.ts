/**
 * The schedule's time windows as instants. Pure: time and zone are parameters.
 *
 * Each weekday (index 0 = Sunday) has a window { enabled, start, end } in minutes after local
 * midnight. When `end <= start` the window crosses midnight: it belongs to the weekday it starts on
 * and ends on the next day (`end === start` is a full 24 hours). Windows are half-open,
 * [start, end). Overlapping or touching windows form one open stretch. Local times are resolved in
 * `timeZone` with lib/local-time.ts, so DST days are right: a start in the spring-forward gap opens
 * at the transition; an ambiguous fall-back time means its first occurrence.
 *
 * With `schedule.enabled === false` the window is always open.
 */
import { addLocalDays, localParts, weekdayOf, zonedTime, type LocalDate } from '../time/local-time';
import type { Settings } from '../settings/model';

/** Only the schedule is read (the popup passes its light settings). */
type Schedule = Pick<Settings, 'schedule'>;

export interface WindowInterval {
  start: number;
  end: number;
}

/** Whether a window can ever be open: the schedule is off, or at least one day is enabled. */
export function scheduleCanOpen(settings: Schedule): boolean {
  return !settings.schedule.enabled || settings.schedule.days.some((d) => d.enabled);
}

/** The window that starts on the local date `date`, or null (day not enabled, or empty on a DST day). */
export function windowOn(settings: Schedule, date: LocalDate, timeZone: string): WindowInterval | null {
  const day = settings.schedule.days[weekdayOf(date)];
  if (!day || !day.enabled) return null;
  const start = zonedTime(date.year, date.month, date.day, day.start, timeZone);
  const end =
    day.end > day.start
      ? zonedTime(date.year, date.month, date.day, day.end, timeZone)
      : zonedTime(date.year, date.month, date.day + 1, day.end, timeZone);
  return end > start ? { start, end } : null;
}

function dateOf(ts: number, timeZone: string): LocalDate {
  const p = localParts(ts, timeZone);
  return { year: p.year, month: p.month, day: p.day };
}

/** The windows (at most two: yesterday's crossing midnight and today's) that contain `ts`. */
function windowsContaining(settings: Schedule, ts: number, timeZone: string): WindowInterval[] {
  const today = dateOf(ts, timeZone);
  const found: WindowInterval[] = [];
  for (const offset of [-1, 0]) {
    const w = windowOn(settings, addLocalDays(today, offset), timeZone);
    if (w && w.start <= ts && ts < w.end) found.push(w);
  }
  return found;
}

/** Whether reminders may be shown at `ts`. Always true when the schedule is off. */
export function isInWindow(settings: Schedule, ts: number, timeZone: string): boolean {
  if (!settings.schedule.enabled) return true;
  return windowsContaining(settings, ts, timeZone).length > 0;
}

/**
 * The earliest window start at or after `ts`. Null when the schedule is off (there are no window
 * starts: it is always open) or no day is enabled.
 */
export function nextWindowStart(settings: Schedule, ts: number, timeZone: string): number | null {
  if (!settings.schedule.enabled || !scheduleCanOpen(settings)) return null;
  const today = dateOf(ts, timeZone);
  // Nine days: a full week plus slack for today's window having already started.
  for (let offset = 0; offset <= 8; offset++) {
    const w = windowOn(settings, addLocalDays(today, offset), timeZone);
    if (w && w.start >= ts) return w.start;
  }
  return null;
}

/**
 * The start of the window that contains `ts` (the latest start if two windows overlap there).
 * Null when the schedule is off or `ts` is outside every window.
 */
export function currentWindowStart(settings: Settings, ts: number, timeZone: string): number | null {
  if (!settings.schedule.enabled) return null;
  const found = windowsContaining(settings, ts, timeZone);
  return found.length ? Math.max(...found.map((w) => w.start)) : null;
}

/**
 * When the open stretch closes: for `ts` inside a window, the end of that window (following
 * overlapping or touching windows); for `ts` outside, the end of the next window. Null when the
 * schedule is off (never closes) or no day is enabled. A stretch that never closes (every day
 * open around the clock) reports the end of its eighth day.
 */
export function windowEndAfter(settings: Settings, ts: number, timeZone: string): number | null {
  if (!settings.schedule.enabled || !scheduleCanOpen(settings)) return null;
  let at = ts;
  if (!isInWindow(settings, at, timeZone)) {
    const start = nextWindowStart(settings, at, timeZone);
    if (start === null) return null;
    at = start;
  }
  for (let i = 0; i < 8; i++) {
    const found = windowsContaining(settings, at, timeZone);
    if (!found.length) return at;
    at = Math.max(...found.map((w) => w.end));
  }
  return at;
}
