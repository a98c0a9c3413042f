/**
 * The back check-in after a walk: which walk the popup asks about, and which of the document's
 * answers a check-in brings up. The choice of answers is the product's; the answers are the
 * document's (lib/content/advice.ts). Pure.
 */
import type { AdviceId } from '../content/advice';
import type { Feel, History, WalkEntry, Where } from '../history/model';
import { totalsByDay } from '../history/totals';
import { HOUR } from '../time/units';

/** The popup asks about a walk for this long after it ended. */
export const CHECK_IN_WINDOW_MS = 3 * HOUR;

/**
 * The walk the popup asks about: the last walk in the history, when it has no check-in yet, ended
 * less than CHECK_IN_WINDOW_MS ago and was not skipped (`skipped`: the startedAt of the walk whose
 * check-in the user skipped). Derived from the history each time: nothing else records it.
 */
export function walkToCheckIn(history: History, now: number, skipped: number | null): WalkEntry | null {
  const last = history.walks.at(-1);
  if (!last || last.checkIn || last.startedAt === skipped) return null;
  return now - last.endedAt <= CHECK_IN_WINDOW_MS ? last : null;
}

export interface AdviceContext {
  /** The walk's day went beyond the plan's target for that day (only while a plan runs). */
  beyondPlan: boolean;
}

/**
 * The document's answers for a check-in, in the order shown. Better or the same: keep working up, with
 * the posture cue. Worse: rest first, then the shallow pool; flat ground for the hip or buttock; "Can
 * you walk too much?" when the day went beyond the plan; retro walking; the sciatica answer for the leg.
 */
export function adviceFor(feel: Feel, where: Where | undefined, context: AdviceContext): AdviceId[] {
  if (feel !== 'worse') return ['workUp', 'posture'];
  const ids: AdviceId[] = ['rest', 'shallowPool'];
  if (where === 'hip') ids.push('flatGround');
  if (context.beyondPlan) ids.push('tooMuch');
  ids.push('retroWalking');
  if (where === 'leg') ids.push('sciatica');
  return ids;
}

/**
 * Whether "Worse" persists, so the health note goes with the answers: the last two days with walks
 * both had a "Worse" check-in (the plan, when one runs, also says so when it is stuck at its floor).
 */
export function worsePersists(history: History, zone: string): boolean {
  const walkDays = [...totalsByDay(history, zone).values()]
    .filter((d) => d.walks > 0)
    .sort((a, b) => (a.day < b.day ? -1 : 1))
    .slice(-2);
  return walkDays.length === 2 && walkDays.every((d) => (d.worse ?? 0) > 0);
}
