/**
 * Merging an imported history into the stored one. Idempotent: importing the same file twice, or an
 * older backup of days compacted since, never counts anything twice. Pure.
 */
import { localDay } from '../time/days';
import {
  addCount,
  emptyDay,
  HISTORY_VERSION,
  sortHistory,
  type DailyTotal,
  type History,
  type MomentList,
  type WalkEntry,
} from './model';
import { totalsByDay } from './totals';

const maxTotal = (a: DailyTotal | undefined, b: DailyTotal | undefined, day: string): DailyTotal => {
  const [x, y] = [a ?? emptyDay(day), b ?? emptyDay(day)];
  const total: DailyTotal = {
    day,
    walkMin: Math.max(x.walkMin, y.walkMin),
    walks: Math.max(x.walks, y.walks),
    finishedWalks: Math.max(x.finishedWalks, y.finishedWalks),
    postureChecks: Math.max(x.postureChecks, y.postureChecks),
  };
  for (const key of ['snoozes', 'skips', 'worse'] as const) addCount(total, key, Math.max(x[key] ?? 0, y[key] ?? 0));
  return total;
};

/** Two copies of one walk: the longer, the finished one, so that merging copies agrees with merging totals. */
const fuller = (a: WalkEntry, b: WalkEntry): WalkEntry => {
  const walk: WalkEntry = {
    startedAt: a.startedAt,
    endedAt: Math.max(a.endedAt, b.endedAt),
    plannedMin: Math.max(a.plannedMin, b.plannedMin),
    actualMin: Math.max(a.actualMin, b.actualMin),
    finished: a.finished || b.finished,
  };
  // The later answer is the user's last word on that walk.
  const checkIn = [a.checkIn, b.checkIn].filter((c) => c !== undefined).sort((x, y) => y.at - x.at)[0];
  if (checkIn) walk.checkIn = checkIn;
  return walk;
};

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
  const detail = (list: number[]) => list.filter((at) => !onTotalledDay(at));
  const split = (h: History) => ({
    totals: totalsByDay(
      {
        version: HISTORY_VERSION,
        walks: h.walks.filter((w) => onTotalledDay(w.startedAt)),
        postureChecks: h.postureChecks.filter(onTotalledDay),
        snoozes: h.snoozes.filter(onTotalledDay),
        skips: h.skips.filter(onTotalledDay),
        daily: h.daily,
      },
      timeZone,
    ),
    walks: h.walks.filter((w) => !onTotalledDay(w.startedAt)),
    postureChecks: detail(h.postureChecks),
    snoozes: detail(h.snoozes),
    skips: detail(h.skips),
  });
  const sa = split(a);
  const sb = split(b);
  const walks = new Map<number, WalkEntry>();
  for (const w of [...sa.walks, ...sb.walks]) {
    const seen = walks.get(w.startedAt);
    walks.set(w.startedAt, seen ? fuller(seen, w) : w);
  }
  const union = (name: MomentList) => [...new Set([...sa[name], ...sb[name]])];
  return sortHistory({
    version: HISTORY_VERSION,
    walks: [...walks.values()],
    postureChecks: union('postureChecks'),
    snoozes: union('snoozes'),
    skips: union('skips'),
    daily: [...totalled].map((day) => maxTotal(sa.totals.get(day), sb.totals.get(day), day)),
  });
}
