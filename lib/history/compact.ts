/**
 * Keeping history bounded: detail of local days older than COMPACT_AFTER_DAYS folds into daily totals.
 * Folding moves entries, never drops them. Pure.
 */
import { addDays, localDay } from '../time/days';
import { DAY } from '../time/units';
import { COMPACT_AFTER_DAYS, HISTORY_VERSION, MOMENT_LISTS, sortHistory, type History } from './model';
import { totalsByDay } from './totals';

/**
 * Folds walks and posture checks of local days older than COMPACT_AFTER_DAYS into daily totals. Whole
 * days move at once, so a day is either detailed or totalled (unless the time zone changed in between,
 * which the day totals tolerate: they add up).
 */
export function compactHistory(history: History, now: number, timeZone: string): History {
  const cutoff = addDays(localDay(now, timeZone), -COMPACT_AFTER_DAYS);
  // Only moments near or past the cutoff need the (slow) local-day lookup; no time zone is 2 days off.
  const surelyRecent = now - (COMPACT_AFTER_DAYS - 2) * DAY;
  const old = (at: number) => at < surelyRecent && localDay(at, timeZone) < cutoff;
  const oldWalks = history.walks.filter((w) => old(w.startedAt));
  if (!oldWalks.length && MOMENT_LISTS.every((name) => !history[name].some(old))) return history;
  const pick = (keep: boolean) => (at: number) => old(at) !== keep;
  const folded = totalsByDay(
    {
      version: HISTORY_VERSION,
      walks: oldWalks,
      postureChecks: history.postureChecks.filter(pick(false)),
      snoozes: history.snoozes.filter(pick(false)),
      skips: history.skips.filter(pick(false)),
      daily: history.daily,
    },
    timeZone,
  );
  return sortHistory({
    version: HISTORY_VERSION,
    walks: history.walks.filter((w) => !old(w.startedAt)),
    postureChecks: history.postureChecks.filter(pick(true)),
    snoozes: history.snoozes.filter(pick(true)),
    skips: history.skips.filter(pick(true)),
    daily: [...folded.values()],
  });
}
