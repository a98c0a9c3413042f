/**
 * What the options page shows of the history: totals per local day, the chart's minutes, the streak.
 * Pure: time and zone are parameters.
 */
import { addDays, lastDays, localDay } from '../time/days';
import { addCount, emptyDay, type DailyTotal, type History } from './model';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Totals per local day of everything in the history (detailed entries and compacted days together). */
export function totalsByDay(history: History, timeZone: string): Map<string, DailyTotal> {
  const totals = new Map<string, DailyTotal>();
  const get = (day: string) => {
    let total = totals.get(day);
    if (!total) totals.set(day, (total = emptyDay(day)));
    return total;
  };
  for (const d of history.daily) {
    const total = get(d.day);
    total.walkMin += d.walkMin;
    total.walks += d.walks;
    total.finishedWalks += d.finishedWalks;
    total.postureChecks += d.postureChecks;
    addCount(total, 'snoozes', d.snoozes ?? 0);
    addCount(total, 'skips', d.skips ?? 0);
    addCount(total, 'worse', d.worse ?? 0);
  }
  for (const w of history.walks) {
    const total = get(localDay(w.startedAt, timeZone));
    total.walkMin += w.actualMin;
    total.walks += 1;
    if (w.finished) total.finishedWalks += 1;
    if (w.checkIn?.feel === 'worse') addCount(total, 'worse', 1);
  }
  for (const at of history.postureChecks) get(localDay(at, timeZone)).postureChecks += 1;
  for (const at of history.snoozes) addCount(get(localDay(at, timeZone)), 'snoozes', 1);
  for (const at of history.skips) addCount(get(localDay(at, timeZone)), 'skips', 1);
  for (const total of totals.values()) total.walkMin = round1(total.walkMin);
  return totals;
}

/** How many walks the history holds: those in detail and those folded into daily totals. */
export const walkCount = (history: History): number =>
  history.daily.reduce((n, d) => n + d.walks, history.walks.length);

/** Walking minutes per local day for the last `days` days, oldest first (today last). */
export function dailyWalkMinutes(history: History, now: number, timeZone: string, days = 28): number[] {
  const totals = totalsByDay(history, timeZone);
  return lastDays(now, timeZone, days).map((day) => totals.get(day)?.walkMin ?? 0);
}

/** Answered posture checks per local day for the last `days` days, oldest first. */
export function dailyPostureChecks(history: History, now: number, timeZone: string, days = 7): number[] {
  const totals = totalsByDay(history, timeZone);
  return lastDays(now, timeZone, days).map((day) => totals.get(day)?.postureChecks ?? 0);
}

/**
 * Consecutive local days with at least one walk, ending today — or yesterday when today has none yet,
 * so the streak does not read 0 every morning. A walk ended with "Finish now" counts: the user walked
 * (only a walk under a minute is not logged at all).
 */
export function currentStreak(history: History, now: number, timeZone: string): number {
  const totals = totalsByDay(history, timeZone);
  const active = (day: string) => (totals.get(day)?.walks ?? 0) > 0;
  let day = localDay(now, timeZone);
  if (!active(day)) day = addDays(day, -1);
  let streak = 0;
  while (active(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}
