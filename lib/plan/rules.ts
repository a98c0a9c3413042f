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

export const RULES = {
  /** Lowest and highest daily target, minutes. */
  floor: 5,
  ceiling: 30,
  /** Steps are 1 min below this target, 2 min from it. */
  bigStepsFrom: 20,
  weekDays: 7,
  /** Days of a week the target must be met on for it to grow. */
  daysToGrow: 4,
  /** Plan days without a walk after which the plan restarts lower. */
  idleDays: 14,
  restartShare: 0.8,
  /** Today's walking at this multiple of the target brings up "Can you walk too much?". */
  overWalking: 2,
} as const;

export const stepUp = (t: number): number => Math.min(RULES.ceiling, t + (t < RULES.bigStepsFrom ? 1 : 2));
export const stepDown = (t: number): number => Math.max(RULES.floor, t - (t > RULES.bigStepsFrom ? 2 : 1));
export const restartTarget = (t: number): number => Math.max(RULES.floor, Math.round(t * RULES.restartShare));

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

/** Where the replay stands after a day: what the next plan day starts from. */
export interface PlanState {
  target: number;
  weekDay: number;
  /** This week so far: days the target was met, and "Worse" check-ins. */
  met: number;
  worse: number;
  /** "Worse" check-ins since this week began or the target last stepped back. */
  worseSinceStep: number;
  lastWalkDayWorse: boolean;
  /** Plan days in a row without a walk, and whether this gap already restarted the plan. */
  idle: number;
  restarted: boolean;
  /** Plan weeks in a row that ended at the floor with a "Worse". */
  floorWorseWeeks: number;
  stuck: boolean;
  /** The change the next day starts with. */
  pending: Change;
}

export interface DayFacts {
  walkMin: number;
  walks: number;
  worse?: number;
}

const NO_WALKS: DayFacts = { walkMin: 0, walks: 0 };

/** Whether a local day is held by one of the plan's pauses (the days strictly between pause and resume). */
function pausedDays(plan: Plan, zone: string): (day: string) => boolean {
  const ranges = plan.pauses.map(([a, b]) => [localDay(a, zone), localDay(b, zone)] as const);
  const since = plan.pausedAt === null ? null : localDay(plan.pausedAt, zone);
  return (day) => (since !== null && day > since) || ranges.some(([a, b]) => day > a && day < b);
}

export function initialState(startMin: number): PlanState {
  return {
    target: startMin,
    weekDay: 0,
    met: 0,
    worse: 0,
    worseSinceStep: 0,
    lastWalkDayWorse: false,
    idle: 0,
    restarted: false,
    floorWorseWeeks: 0,
    stuck: false,
    pending: null,
  };
}

/** One plan day: its target, then what its walks and check-ins change for the days after it. */
export function stepDay(state: PlanState, day: string, facts: DayFacts): { state: PlanState; planDay: PlanDay } {
  const s = { ...state };
  let change = s.pending;
  s.pending = null;
  if (s.idle >= RULES.idleDays && !s.restarted) {
    Object.assign(s, initialState(restartTarget(s.target)), { stuck: s.stuck, restarted: true, idle: s.idle });
    change = 'restart';
  }
  const worse = facts.worse ?? 0;
  const planDay: PlanDay = {
    day,
    target: s.target,
    min: facts.walkMin,
    walks: facts.walks,
    worse,
    weekDay: s.weekDay,
    change,
  };

  if (facts.walkMin >= s.target) s.met += 1;
  let inARow = false;
  if (facts.walks > 0) {
    inARow = worse > 0 && s.lastWalkDayWorse;
    s.lastWalkDayWorse = worse > 0;
    s.idle = 0;
    s.restarted = false;
  } else s.idle += 1;
  s.worse += worse;
  s.worseSinceStep += worse;
  if (s.worseSinceStep >= 2 || inARow) {
    const lower = stepDown(s.target);
    if (lower < s.target) s.pending = 'down';
    s.target = lower;
    s.worseSinceStep = 0;
    s.lastWalkDayWorse = false;
  }

  s.weekDay += 1;
  if (s.weekDay === RULES.weekDays) {
    s.floorWorseWeeks = s.target === RULES.floor && s.worse > 0 ? s.floorWorseWeeks + 1 : 0;
    if (s.floorWorseWeeks >= 2) s.stuck = true;
    if (s.worse === 0 && s.met >= RULES.daysToGrow) {
      if (s.stuck) s.stuck = false;
      else if (s.target < RULES.ceiling) {
        s.target = stepUp(s.target);
        s.pending = 'up';
      }
    }
    Object.assign(s, { weekDay: 0, met: 0, worse: 0, worseSinceStep: 0 });
  }
  return { state: s, planDay };
}

/** Every plan day from the plan's first day to `lastDay` (paused days left out), and the state after it. */
export function replay(
  plan: Plan,
  facts: (day: string) => DayFacts | undefined,
  lastDay: string,
  zone: string,
): { days: PlanDay[]; state: PlanState } {
  const paused = pausedDays(plan, zone);
  const days: PlanDay[] = [];
  let state = initialState(plan.startMin);
  // Bounded by the days since the plan started; a clock set years back simply yields no plan days.
  for (let day = localDay(plan.startedAt, zone); day <= lastDay; day = addDays(day, 1)) {
    if (paused(day)) continue;
    const r = stepDay(state, day, facts(day) ?? NO_WALKS);
    state = r.state;
    days.push(r.planDay);
  }
  return { days, state };
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
