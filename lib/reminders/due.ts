/**
 * How due times are computed from intervals and the schedule window. Pure.
 */
import { MINUTE } from '../time/units';
import type { Settings } from '../settings/model';
import { isInWindow, nextWindowStart } from './schedule-window';
import type { ReminderKind } from './types';

/** An alarm this close before its due time counts as on time (alarms may fire a little early). */
export const ALARM_TOLERANCE_MS = 1000;
/** Later than this after its due time, a reminder is late: the machine slept or the worker was held. */
export const LATE_AFTER_MS = 2 * MINUTE;
/** A posture check this close to a walk is folded into the walk. */
export const FOLD_WINDOW_MS = 2 * MINUTE;
/** While the focused window is fullscreen, a due reminder is re-checked this often. */
export const FULLSCREEN_RECHECK_MS = MINUTE;

export function intervalMs(settings: Settings, kind: ReminderKind): number {
  return settings[kind].intervalMin * MINUTE;
}

/**
 * The due time of a countdown of `ms` that (re)starts at `base`, respecting the schedule:
 * - outside the window the countdown starts when the next window opens ("entering the window starts
 *   intervals afresh");
 * - a due time that would fall outside the window moves to the next window start plus the countdown.
 * Null when the schedule can never open (no day enabled).
 */
export function countdownFrom(settings: Settings, base: number, ms: number, timeZone: string): number | null {
  if (!settings.schedule.enabled) return base + ms;
  const start = isInWindow(settings, base, timeZone) ? base : nextWindowStart(settings, base, timeZone);
  if (start === null) return null;
  const due = start + ms;
  if (isInWindow(settings, due, timeZone)) return due;
  const next = nextWindowStart(settings, due, timeZone);
  return next === null ? null : next + ms;
}

/** The due time of `kind` when its interval restarts at `base` (see countdownFrom). */
export function restartDue(settings: Settings, kind: ReminderKind, base: number, timeZone: string): number | null {
  return countdownFrom(settings, base, intervalMs(settings, kind), timeZone);
}

/**
 * The latest due time that can legitimately have been computed at or before `base` for a countdown
 * of at most `ms` (used by reconcile to spot due times pushed absurdly far by a clock moved back).
 */
export function latestLegitimateDue(settings: Settings, base: number, ms: number, timeZone: string): number {
  let latest = base + ms;
  if (settings.schedule.enabled) {
    const next = nextWindowStart(settings, base + ms, timeZone);
    if (next !== null) latest = Math.max(latest, next + ms);
    // A countdown started now may hop a window too short for it: that is legitimate too.
    latest = Math.max(latest, countdownFrom(settings, base, ms, timeZone) ?? latest);
  }
  return latest;
}
