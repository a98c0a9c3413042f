/**
 * Where a moment stands in the schedule, for the popup's status line. Pure. Kept apart from status.ts:
 * the calendar code (schedule windows in a time zone) is about 1 KB gzip, so the popup loads this
 * after its first paint, and only when a schedule is on.
 */
import type { Settings } from '../settings/model';
import { isInWindow, nextWindowStart } from './schedule-window';
import type { ScheduleView } from './status';

export function scheduleView(schedule: Settings['schedule'], now: number, timeZone: string): ScheduleView | null {
  if (!schedule.enabled) return null;
  const s = { schedule };
  return { open: isInWindow(s, now, timeZone), opensAt: nextWindowStart(s, now, timeZone) };
}
