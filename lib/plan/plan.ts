/**
 * The walking plan's own facts: when it started, the daily target it started at, and when it was
 * paused. Nothing derived is stored: the target of every day is worked out from the history each
 * time (rules.ts), so it can never disagree with the walks and check-ins it comes from. Pure.
 *
 * The plan stays on this device (storage.local), like the history its target is derived from: synced
 * to another browser, it would meet a different history there and show a different target.
 */
import { isFiniteNumber, isRecord, show } from '../validate';
import { DAY } from '../time/units';

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

interface Rules {
  /** Judge dates against this clock (imported files only, as history does). */
  now?: number;
}

const EARLIEST = Date.UTC(2020, 0, 1);

function timeProblem(v: unknown, rules: Rules): string | null {
  if (!isFiniteNumber(v) || !Number.isInteger(v) || v < 0) return `${show(v)} is not a date`;
  if (rules.now !== undefined && (v < EARLIEST || v > rules.now + DAY))
    return `${show(v)} is not a date between 2020 and now`;
  return null;
}

/** What is wrong with a stored or imported plan, or null. Nothing is repaired: a bad plan is no plan. */
export function planProblem(raw: unknown, rules: Rules = {}): string | null {
  if (!isRecord(raw)) return 'plan: not an object';
  if (raw.version !== 1) return `plan.version: ${show(raw.version)} is not 1`;
  const started = timeProblem(raw.startedAt, rules);
  if (started) return `plan.startedAt: ${started}`;
  const { startMin, pausedAt, pauses } = raw;
  if (!Number.isInteger(startMin) || (startMin as number) < PLAN_START.min || (startMin as number) > PLAN_START.max)
    return `plan.startMin: ${show(startMin)} is not a whole number from ${PLAN_START.min} to ${PLAN_START.max}`;
  const startedAt = raw.startedAt as number;
  if (pausedAt !== null) {
    const problem = timeProblem(pausedAt, rules);
    if (problem) return `plan.pausedAt: ${problem}`;
    if ((pausedAt as number) < startedAt) return 'plan.pausedAt is before the plan started';
  }
  if (!Array.isArray(pauses)) return 'plan.pauses: not a list';
  if (pauses.length > MAX_PAUSES) return `plan.pauses: ${pauses.length} entries, more than ${MAX_PAUSES}`;
  let after = startedAt;
  for (const [i, pause] of pauses.entries()) {
    if (!Array.isArray(pause) || pause.length !== 2) return `plan.pauses[${i}]: not a [paused, resumed] pair`;
    const problem = timeProblem(pause[0], rules) ?? timeProblem(pause[1], rules);
    if (problem) return `plan.pauses[${i}]: ${problem}`;
    if (pause[0] < after || pause[1] < pause[0]) return `plan.pauses[${i}]: out of order`;
    after = pause[1];
  }
  if (pausedAt !== null && (pausedAt as number) < after) return 'plan.pausedAt is before its last pause ended';
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
