/**
 * What the popup and the options page show of a running plan: today's target and minutes, the week's
 * days met, what happens next, and which of the document's answers the plan brings up. Pure.
 */
import type { History, WalkEntry } from '../history/model';
import { totalsByDay } from '../history/totals';
import { addDays, localDay } from '../time/days';
import type { Plan } from './plan';
import { PLAN_START } from './plan';
import {
  CEILING,
  DAYS_TO_GROW,
  OVER_WALKING,
  replayHistory,
  stepUp,
  WEEK_DAYS,
  type Change,
  type PlanDay,
} from './rules';

/** What happens next, as the plan's rules see it today (the UI words it; never the document's). */
export type Next =
  /** Two "Worse" (or two walk days in a row): the target is lower from tomorrow. */
  | { kind: 'down'; target: number }
  /** At the floor with "Worse" for two weeks: no increases for now. */
  | { kind: 'stuck'; target: number }
  /** A "Worse" this week: the target holds next week. */
  | { kind: 'hold-worse'; target: number }
  /** Already at the highest target. */
  | { kind: 'top'; target: number }
  /** Too few days left this week to meet the target on enough of them. */
  | { kind: 'hold-days'; target: number }
  /** The target grows to `target` next week (tomorrow when today ends the week), after `days` more days met. */
  | { kind: 'grow'; target: number; days: number; tomorrow: boolean };

export interface PlanStatus {
  paused: boolean;
  /** Today's target, or the target the plan was paused at. */
  target: number;
  todayMin: number;
  /** Days of this plan week the target was met on, today included once it is met. */
  weekMet: number;
  /** Plan days left in this week after today. */
  weekDaysLeft: number;
  /** How this plan week's target came about: its latest change (grew, stepped back, restarted), all week. */
  change: Change;
  next: Next;
  stuck: boolean;
  /** The walk that brought today's walking to twice the target (the plan shows "Can you walk too much?" with it). */
  overWalkingWalk: number | null;
}

/**
 * The walk of a day after which the day's walking first reached the over-walking mark, or null. One
 * walk at most per day: later walks that day never bring the answer up again.
 */
export function overWalkingWalk(walks: readonly WalkEntry[], target: number): number | null {
  let sum = 0;
  for (const w of walks) {
    sum += w.actualMin;
    if (Math.round(sum * 10) / 10 >= OVER_WALKING * target) return w.startedAt;
  }
  return null;
}

export function planStatus(plan: Plan, history: History, now: number, zone: string): PlanStatus {
  const { days, state, today } = replayHistory(plan, history, now, zone);
  const last: PlanDay | undefined = days.at(-1);
  const isToday = last?.day === today;
  // This plan week so far: the days since it began (today included when it is a plan day).
  const week = days.slice(days.length - (isToday ? last!.weekDay + 1 : state.weekDay));
  const target = isToday ? last!.target : state.target;
  const todayMin = isToday ? last!.min : 0;
  const metToday = isToday && last!.min >= target;
  const weekMet = week.filter((d) => d.min >= d.target).length;
  const weekDaysLeft = WEEK_DAYS - week.length;
  const worse = week.reduce((sum, d) => sum + d.worse, 0);

  let next: Next;
  if (isToday && state.target < target) next = { kind: 'down', target: state.target };
  else if (state.stuck) next = { kind: 'stuck', target };
  else if (worse > 0) next = { kind: 'hold-worse', target };
  else if (target >= CEILING) next = { kind: 'top', target };
  else if (weekMet + (isToday && !metToday ? 1 : 0) + weekDaysLeft < DAYS_TO_GROW) next = { kind: 'hold-days', target };
  else
    next = {
      kind: 'grow',
      target: stepUp(target),
      days: Math.max(0, DAYS_TO_GROW - weekMet),
      tomorrow: weekDaysLeft === 0,
    };

  const todayWalks = history.walks.filter((w) => localDay(w.startedAt, zone) === today);
  return {
    paused: plan.pausedAt !== null,
    target,
    todayMin,
    weekMet,
    weekDaysLeft,
    // The week's latest change, all week: its words say "this week" (it was said on its day only).
    change: isToday ? (week.findLast((d) => d.change !== null)?.change ?? null) : null,
    next,
    stuck: next.kind === 'stuck',
    overWalkingWalk: isToday && plan.pausedAt === null ? overWalkingWalk(todayWalks, target) : null,
  };
}

/** The plan's target of each of `days` (local day keys), null for days outside the plan or paused. */
export function planTargets(plan: Plan, history: History, days: readonly string[], now: number, zone: string) {
  const byDay = new Map(replayHistory(plan, history, now, zone).days.map((d) => [d.day, d.target]));
  return days.map((day) => byDay.get(day) ?? null);
}

/**
 * The target a new plan starts at: 5 min, or, when the last 14 days show regular walks (on at least 7
 * of them), the typical (median) minutes of the days walked, kept within 5–10.
 */
export function suggestedStartMin(history: History, now: number, zone: string): number {
  const totals = totalsByDay(history, zone);
  const today = localDay(now, zone);
  const walked: number[] = [];
  for (let i = 1; i <= 14; i++) {
    const min = totals.get(addDays(today, -i))?.walkMin ?? 0;
    if (min > 0) walked.push(min);
  }
  if (walked.length < 7) return PLAN_START.min;
  walked.sort((a, b) => a - b);
  const median = walked[Math.floor(walked.length / 2)]!;
  return Math.min(PLAN_START.max, Math.max(PLAN_START.min, Math.round(median)));
}
