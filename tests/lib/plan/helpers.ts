import type { Feel, History, WalkEntry, Where } from '@/lib/history/model';
import { emptyHistory } from '@/lib/history/model';
import { startPlan, type Plan } from '@/lib/plan/plan';
import { addDays, localDay } from '@/lib/time/days';
import { DAY, HOUR, MINUTE } from '@/lib/time/units';

export { DAY, HOUR, MINUTE };
export const ZONE = 'UTC';
/** Monday 5 January 2026, 08:00 UTC: plan day 0. */
export const START = Date.UTC(2026, 0, 5, 8, 0);
export const START_DAY = localDay(START, ZONE);

/** Noon (or `hour`) of plan day `n`. */
export const dayAt = (n: number, hour = 12) => START - 8 * HOUR + n * DAY + hour * HOUR;
export const dayKey = (n: number) => addDays(START_DAY, n);

export interface WalkSpec {
  min: number;
  feel?: Feel;
  where?: Where;
}

/** One walk of `min` minutes, at `hour` on plan day `n`, with an optional check-in. */
export function walkOn(n: number, { min, feel, where }: WalkSpec, hour = 9): WalkEntry {
  const startedAt = dayAt(n, hour);
  const endedAt = startedAt + Math.ceil(min) * MINUTE;
  const walk: WalkEntry = {
    startedAt,
    endedAt,
    plannedMin: Math.max(1, Math.ceil(min)),
    actualMin: min,
    finished: true,
  };
  if (feel) walk.checkIn = where ? { at: endedAt + MINUTE, feel, where } : { at: endedAt + MINUTE, feel };
  return walk;
}

/** A history of walks per plan day: days[n] are the walks of day n (one hour apart from 09:00). */
export function historyOf(days: ReadonlyArray<ReadonlyArray<WalkSpec>>): History {
  return { ...emptyHistory(), walks: days.flatMap((walks, n) => walks.map((w, i) => walkOn(n, w, 9 + i))) };
}

/** `n` days each with one walk of `min` minutes. */
export const daysOf = (n: number, min: number, feel?: Feel): WalkSpec[][] =>
  Array.from({ length: n }, () => [{ min, feel }]);

export const planFrom = (startMin = 5, at = START): Plan => startPlan(at, startMin);
