/**
 * The walk timer as timestamps, so that any page or a restarted worker computes the same time left.
 * Pure: no browser calls.
 */

export interface WalkTimer {
  startedAt: number;
  plannedMin: number;
  /** When the walk was paused; null while it runs. */
  pausedAt: number | null;
  /** Total milliseconds spent paused before `pausedAt`. */
  pausedMs: number;
}

export const MINUTE = 60_000;

export function startWalk(now: number, plannedMin: number): WalkTimer {
  return { startedAt: now, plannedMin, pausedAt: null, pausedMs: 0 };
}

/** Milliseconds walked so far, not counting pauses. */
export function elapsedMs(timer: WalkTimer, now: number): number {
  const until = timer.pausedAt ?? now;
  return Math.max(0, until - timer.startedAt - timer.pausedMs);
}

export function remainingMs(timer: WalkTimer, now: number): number {
  return Math.max(0, timer.plannedMin * MINUTE - elapsedMs(timer, now));
}

/** When the walk ends if it keeps running; null while paused. */
export function endsAt(timer: WalkTimer, now: number): number | null {
  return timer.pausedAt === null ? now + remainingMs(timer, now) : null;
}

export function pauseWalk(timer: WalkTimer, now: number): WalkTimer {
  return timer.pausedAt === null ? { ...timer, pausedAt: now } : timer;
}

export function resumeWalk(timer: WalkTimer, now: number): WalkTimer {
  if (timer.pausedAt === null) return timer;
  return { ...timer, pausedAt: null, pausedMs: timer.pausedMs + Math.max(0, now - timer.pausedAt) };
}

export function isComplete(timer: WalkTimer, now: number): boolean {
  return remainingMs(timer, now) === 0;
}

/** Badge text: whole minutes left, rounded up so "1" shows until the very end. */
export function badgeMinutes(timer: WalkTimer, now: number): string {
  return String(Math.max(1, Math.ceil(remainingMs(timer, now) / MINUTE)));
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Reads a stored timer; anything malformed reads as "no walk running". */
export function parseWalkTimer(raw: unknown): WalkTimer | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!isNum(r.startedAt) || !isNum(r.plannedMin) || !isNum(r.pausedMs)) return null;
  if (r.plannedMin < 1 || r.plannedMin > 60 || r.pausedMs < 0) return null;
  if (r.pausedAt !== null && !isNum(r.pausedAt)) return null;
  return { startedAt: r.startedAt, plannedMin: r.plannedMin, pausedAt: r.pausedAt, pausedMs: r.pausedMs };
}
