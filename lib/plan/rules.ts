/**
 * The walking plan's rules: the daily target of every plan day, worked out from the plan's own facts
 * (plan.ts) and the history, every time it is needed. These rules are the product's, not the source
 * document's: the document only says to "start with a short, 5 to 10-minute walk every day and
 * gradually work your way up". Pure; cheap to import (the background uses it for the walk reminder).
 *
 * The plan is replayed day by day from its first day:
 * - a plan week is 7 plan days from the plan's start (or its last restart); paused days do not count;
 * - at the end of a week the target grows one step (+1 min under 20 min, then +2, never above 30) when
 *   it was met on at least 4 days of the week and no check-in of the week said "Worse";
 * - two "Worse" in a week, or "Worse" on two walk days in a row, step it back one step from the next
 *   day (never below 5); one "Worse" holds it (the week cannot grow);
 * - at 5 min with "Worse" in two plan weeks in a row the plan is stuck: it stops growing until a week
 *   that would have grown it (met on 4 days, no "Worse") has passed;
 * - after 14 plan days without a walk the plan restarts at 80 % of its target (at least 5 min), with a
 *   new week.
 * The target of a day depends only on the days before it: what happens today changes tomorrow.
 */
import type { History } from '../history/model';
import { totalsByDay } from '../history/totals';
import { addDays, localDay } from '../time/days';
import type { Plan } from './plan';

/** Lowest and highest daily target, minutes. */
export const FLOOR = 5;
export const CEILING = 30;
/** Steps are 1 min below this target, 2 min from it. */
const BIG_STEPS_FROM = 20;
export const WEEK_DAYS = 7;
/** Days of a week the target must be met on for it to grow. */
export const DAYS_TO_GROW = 4;
/** Plan days without a walk after which the plan restarts lower, at this share of its target. */
export const IDLE_DAYS = 14;
const RESTART_SHARE = 0.8;
/** Today's walking at this multiple of the target brings up "Can you walk too much?". */
export const OVER_WALKING = 2;

export const stepUp = (t: number): number => Math.min(CEILING, t + (t < BIG_STEPS_FROM ? 1 : 2));
export const stepDown = (t: number): number => Math.max(FLOOR, t - (t > BIG_STEPS_FROM ? 2 : 1));
export const restartTarget = (t: number): number => Math.max(FLOOR, Math.round(t * RESTART_SHARE));

/** Why a day's target differs from the plan day before it. */
export type Change = 'up' | 'down' | 'restart' | null;

export interface PlanDay {
  day: string;
  target: number;
  /** Minutes walked that day. */
  min: number;
  walks: number;
  /** Check-ins of that day's walks that said "Worse". */
  worse: number;
  /** Position in its plan week, 0–6. */
  weekDay: number;
  change: Change;
}

/** Where the replay ends, for the days after it. */
export interface PlanState {
  /** The next plan day's target. */
  target: number;
  /** The next plan day's position in its week, 0–6. */
  weekDay: number;
  /** At the floor with "Worse" for two weeks: no growth until a week that would have grown it. */
  stuck: boolean;
}

export interface DayFacts {
  walkMin: number;
  walks: number;
  worse?: number;
}

/** Whether a local day is held by one of the plan's pauses (the days strictly between pause and resume). */
function pausedDays(plan: Plan, zone: string): (day: string) => boolean {
  const ranges = plan.pauses.map(([a, b]) => [localDay(a, zone), localDay(b, zone)] as const);
  const since = plan.pausedAt === null ? null : localDay(plan.pausedAt, zone);
  return (day) => (since !== null && day > since) || ranges.some(([a, b]) => day > a && day < b);
}

/**
 * Every plan day from the plan's first day to `lastDay` (paused days left out), each with its target,
 * and where the replay ends. Written as one loop over local variables: the background runs it for
 * every walk reminder, and its bytes count there.
 */
export function replay(
  plan: Plan,
  facts: (day: string) => DayFacts | undefined,
  lastDay: string,
  zone: string,
): { days: PlanDay[]; state: PlanState } {
  const paused = pausedDays(plan, zone);
  const days: PlanDay[] = [];
  let target = plan.startMin;
  let pending: Change = null;
  let stuck = false;
  // This plan week: its next day's position, days the target was met, "Worse" check-ins.
  let weekDay = 0;
  let met = 0;
  let worse = 0;
  // "Worse" check-ins since the week began or the target last stepped back; the last walk day's "Worse".
  let recentWorse = 0;
  let lastWorse = false;
  // Plan days in a row without a walk, and whether this gap already restarted the plan.
  let idle = 0;
  let restarted = false;
  // Plan weeks in a row that ended at the floor with a "Worse".
  let floorWeeks = 0;

  // Bounded by the days since the plan started; a clock set years back simply yields no plan days.
  for (let day = localDay(plan.startedAt, zone); day <= lastDay; day = addDays(day, 1)) {
    if (paused(day)) continue;
    const { walkMin: min, walks, worse: dayWorse = 0 } = facts(day) ?? { walkMin: 0, walks: 0 };
    let change: Change = pending;
    pending = null;
    if (idle >= IDLE_DAYS && !restarted) {
      target = restartTarget(target);
      weekDay = met = worse = recentWorse = floorWeeks = 0;
      lastWorse = false;
      restarted = true;
      change = 'restart';
    }
    days.push({ day, target, min, walks, worse: dayWorse, weekDay, change });

    if (min >= target) met += 1;
    let inARow = false;
    if (walks > 0) {
      inARow = dayWorse > 0 && lastWorse;
      lastWorse = dayWorse > 0;
      idle = 0;
      restarted = false;
    } else idle += 1;
    worse += dayWorse;
    recentWorse += dayWorse;
    if (recentWorse >= 2 || inARow) {
      if (target > FLOOR) pending = 'down';
      target = stepDown(target);
      recentWorse = 0;
      lastWorse = false;
    }

    if (++weekDay === WEEK_DAYS) {
      floorWeeks = target === FLOOR && worse > 0 ? floorWeeks + 1 : 0;
      if (floorWeeks >= 2) stuck = true;
      if (worse === 0 && met >= DAYS_TO_GROW) {
        if (stuck) stuck = false;
        else if (target < CEILING) {
          target = stepUp(target);
          pending = 'up';
        }
      }
      weekDay = met = worse = recentWorse = 0;
    }
  }
  return { days, state: { target, weekDay, stuck } };
}

/** The replay of a plan over a history, up to and including today. */
export function replayHistory(plan: Plan, history: History, now: number, zone: string) {
  const totals = totalsByDay(history, zone);
  const today = localDay(now, zone);
  return { today, totals, ...replay(plan, (day) => totals.get(day), today, zone) };
}

/**
 * The length the walk reminder suggests while a plan runs: what is left of today's target, in whole
 * minutes; once today's target is met (or while no plan runs), the settings' walk length.
 */
export function suggestedWalkMin(
  plan: Plan | null,
  history: History,
  settingsMin: number,
  now: number,
  zone: string,
): number {
  if (!plan || plan.pausedAt !== null) return settingsMin;
  const { days, today } = replayHistory(plan, history, now, zone);
  const last = days.at(-1);
  if (!last || last.day !== today) return settingsMin;
  const left = Math.ceil(Math.round((last.target - last.min) * 10) / 10);
  return left >= 1 ? left : settingsMin;
}
