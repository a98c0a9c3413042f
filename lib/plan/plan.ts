/**
 * The walking plan's own facts: when it started, the daily target it started at, and when it was
 * paused. Nothing derived is stored: the target of every day is worked out from the history each
 * time (rules.ts), so it can never disagree with the walks and check-ins it comes from. Pure.
 *
 * The plan stays on this device (storage.local), like the history its target is derived from: synced
 * to another browser, it would meet a different history there and show a different target.
 */
import { timeProblem, type Rules } from '../history/parse';
import { inRange } from '../settings/model';
import { isRecord } from '../validate';
import { show } from '../validate-fields';

export interface Plan {
  version: 1;
  /** When the user started the plan; the local day of this moment is its first day. */
  startedAt: number;
  /** The daily target the plan started at, in whole minutes (PLAN_START.min–max). */
  startMin: number;
  /** Since when the plan is paused; null while it runs. */
  pausedAt: number | null;
  /**
   * Earlier pauses, oldest first, as [pausedAt, resumedAt]. The local days strictly between the two
   * do not count as plan days: a pause holds the plan's weeks, its 14-day rule and its target.
   */
  pauses: Array<[number, number]>;
}

/** The daily targets a plan may start at: the document's "5 to 10-minute walk". */
export const PLAN_START = { min: 5, max: 10 } as const;
/** More pauses than this are not kept (the oldest go): a plan paused every day for years. */
export const MAX_PAUSES = 200;

export function startPlan(now: number, startMin: number): Plan {
  return { version: 1, startedAt: now, startMin, pausedAt: null, pauses: [] };
}

export function pausePlan(plan: Plan, now: number): Plan {
  return plan.pausedAt === null ? { ...plan, pausedAt: Math.max(now, plan.startedAt) } : plan;
}

export function resumePlan(plan: Plan, now: number): Plan {
  if (plan.pausedAt === null) return plan;
  const pause: [number, number] = [plan.pausedAt, Math.max(now, plan.pausedAt)];
  return { ...plan, pausedAt: null, pauses: [...plan.pauses, pause].slice(-MAX_PAUSES) };
}

/** What is wrong with a stored or imported plan, or null. Nothing is repaired: a bad plan is no plan. */
export function planProblem(raw: unknown, rules: Rules = {}): string | null {
  if (!isRecord(raw)) return 'plan: not an object';
  const { version, startedAt, startMin, pausedAt, pauses } = raw;
  if (version !== 1) return `plan.version ${show(version)} is not 1`;
  if (!inRange(startMin, PLAN_START))
    return `plan.startMin ${show(startMin)} is not a whole number from ${PLAN_START.min} to ${PLAN_START.max}`;
  if (!Array.isArray(pauses) || pauses.length > MAX_PAUSES || !pauses.every((p) => Array.isArray(p) && p.length === 2))
    return `plan.pauses: not a list of up to ${MAX_PAUSES} [paused, resumed] pairs`;
  // Every moment of the plan, in the order they happened: start, each pause and resume, a pause now.
  const moments: unknown[] = [startedAt, ...pauses.flat(), ...(pausedAt === null ? [] : [pausedAt])];
  let before = 0;
  for (const at of moments) {
    const problem = timeProblem(at, rules, at === startedAt ? 'plan.startedAt ' : 'plan: ');
    if (problem) return problem;
    if ((at as number) < before) return 'plan: its pauses are out of order';
    before = at as number;
  }
  return null;
}

/** Reads a stored plan: a valid one, or null (none, or not valid: reported by the caller). */
export function parsePlan(raw: unknown, rules: Rules = {}): { plan: Plan | null; problem: string | null } {
  if (raw === null || raw === undefined) return { plan: null, problem: null };
  const problem = planProblem(raw, rules);
  if (problem) return { plan: null, problem };
  const r = raw as unknown as Plan;
  return {
    plan: {
      version: 1,
      startedAt: r.startedAt,
      startMin: r.startMin,
      pausedAt: r.pausedAt,
      pauses: r.pauses.map(([a, b]) => [a, b]),
    },
    problem: null,
  };
}
