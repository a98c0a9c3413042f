/**
 * Merging an imported history into the stored one. Idempotent: importing the same file twice, or an
 * older backup of days compacted since, never counts anything twice. Pure.
 */
import { localDay } from '../time/days';
import { sortHistory, type DailyTotal, type History, type WalkEntry } from './model';
import { totalsByDay } from './totals';

const maxTotal = (a: DailyTotal | undefined, b: DailyTotal | undefined, day: string): DailyTotal => ({
  day,
  walkMin: Math.max(a?.walkMin ?? 0, b?.walkMin ?? 0),
  walks: Math.max(a?.walks ?? 0, b?.walks ?? 0),
  finishedWalks: Math.max(a?.finishedWalks ?? 0, b?.finishedWalks ?? 0),
  postureChecks: Math.max(a?.postureChecks ?? 0, b?.postureChecks ?? 0),
});

/** Two copies of one walk: the longer, the finished one, so that merging copies agrees with merging totals. */
const fuller = (a: WalkEntry, b: WalkEntry): WalkEntry => ({
  startedAt: a.startedAt,
  endedAt: Math.max(a.endedAt, b.endedAt),
  plannedMin: Math.max(a.plannedMin, b.plannedMin),
  actualMin: Math.max(a.actualMin, b.actualMin),
  finished: a.finished || b.finished,
});

/**
 * A day that either side holds as a daily total is compared as totals: each side's total for that
 * day (its total plus any detail it still has of the day) and the larger count of each kind is kept,
 * because both are views of the same day. Other days keep their detail: the same startedAt is the
 * same walk (two differing copies of it merge into the fuller one, as totals do), the same time the
 * same check.
 */
export function mergeHistory(a: History, b: History, timeZone: string): History {
  const totalled = new Set([...a.daily, ...b.daily].map((d) => d.day));
  const onTotalledDay = (at: number) => totalled.size > 0 && totalled.has(localDay(at, timeZone));
  const split = (h: History) => ({
    totals: totalsByDay(
      {
        version: 2,
        walks: h.walks.filter((w) => onTotalledDay(w.startedAt)),
        postureChecks: h.postureChecks.filter(onTotalledDay),
        daily: h.daily,
      },
      timeZone,
    ),
    walks: h.walks.filter((w) => !onTotalledDay(w.startedAt)),
    checks: h.postureChecks.filter((at) => !onTotalledDay(at)),
  });
  const sa = split(a);
  const sb = split(b);
  const walks = new Map<number, WalkEntry>();
  for (const w of [...sa.walks, ...sb.walks]) {
    const seen = walks.get(w.startedAt);
    walks.set(w.startedAt, seen ? fuller(seen, w) : w);
  }
  return sortHistory({
    version: 2,
    walks: [...walks.values()],
    postureChecks: [...new Set([...sa.checks, ...sb.checks])],
    daily: [...totalled].map((day) => maxTotal(sa.totals.get(day), sb.totals.get(day), day)),
  });
}
