/**
 * The walk: one stored record that every page and the reminder engine read (nothing copies it), kept
 * as timestamps so that any page or a restarted worker computes the same time left. Pure.
 */
import type { WalkEntry } from '../history/model';
import { MINUTE } from '../time/units';
import { isWalkLength } from '../settings/model';
import { isRecord, isTimestamp } from '../validate';

export interface Walk {
  startedAt: number;
  plannedMin: number;
  /** When the walk was paused; null while it runs. */
  pausedAt: number | null;
  /** Total milliseconds spent paused before `pausedAt`. */
  pausedMs: number;
}

/** A walk paused this long ends by itself, cut short: a forgotten walk must not hold reminders for ever. */
export const MAX_PAUSE_MS = 30 * MINUTE;
/** A walk shorter than this is not a walk: ending it is a cancel (nothing logged, no "walk done"). */
export const MIN_WALK_MS = MINUTE;

export function startWalk(now: number, plannedMin: number): Walk {
  return { startedAt: now, plannedMin, pausedAt: null, pausedMs: 0 };
}

/** Milliseconds walked so far, not counting pauses. */
export function elapsedMs(walk: Walk, now: number): number {
  const until = walk.pausedAt ?? now;
  return Math.max(0, until - walk.startedAt - walk.pausedMs);
}

export function remainingMs(walk: Walk, now: number): number {
  return Math.max(0, walk.plannedMin * MINUTE - elapsedMs(walk, now));
}

/** When the walk ends if it keeps running; null while paused. */
export function endsAt(walk: Walk, now: number): number | null {
  return walk.pausedAt === null ? now + remainingMs(walk, now) : null;
}

/** The next moment the walk changes by itself: its planned end while it runs, the pause limit while paused. */
export function walkDeadline(walk: Walk): number {
  return walk.pausedAt === null
    ? walk.startedAt + walk.pausedMs + walk.plannedMin * MINUTE
    : walk.pausedAt + MAX_PAUSE_MS;
}

/** The earliest moment reminders may come back if the walk goes on as it is now (paused: resumed now). */
export function walkHoldsUntil(walk: Walk, now: number): number {
  return now + remainingMs(walk, now);
}

export function pauseWalk(walk: Walk, now: number): Walk {
  return walk.pausedAt === null ? { ...walk, pausedAt: now } : walk;
}

export function resumeWalk(walk: Walk, now: number): Walk {
  if (walk.pausedAt === null) return walk;
  return { ...walk, pausedAt: null, pausedMs: walk.pausedMs + Math.max(0, now - walk.pausedAt) };
}

export function isComplete(walk: Walk, now: number): boolean {
  return remainingMs(walk, now) === 0;
}

/** Whole minutes left, rounded up so 1 shows until the very end (the badge and its title). */
export function minutesLeft(walk: Walk, now: number): number {
  return Math.max(1, Math.ceil(remainingMs(walk, now) / MINUTE));
}

/** Badge text: the minutes left in plain digits (the badge is drawn with the system's UI font). */
export function badgeMinutes(walk: Walk, now: number): string {
  return String(minutesLeft(walk, now));
}

/**
 * Whether the walk record names moments after `now`: the clock was set back while it ran (a manual
 * change, a correction after sleep). Read as it is, such a walk would show the same time left until the
 * clock caught up again.
 */
export function isAheadOfClock(walk: Walk, now: number): boolean {
  return walk.pausedAt === null ? walk.startedAt + walk.pausedMs > now : walk.pausedAt > now;
}

/**
 * The walk moved back to the clock: the time walked so far (0 for a running walk the clock went back
 * under: how long it ran before is unknowable) is kept, and its time left counts down from `now`. The
 * start stays as it was when it is not in the future, so the logged walk keeps its real start.
 */
export function alignWalkToClock(walk: Walk, now: number): Walk {
  const walked = elapsedMs(walk, now);
  const at = Math.min(walk.pausedAt ?? now, now);
  const startedAt = Math.min(walk.startedAt, at - walked);
  return { ...walk, startedAt, pausedAt: walk.pausedAt === null ? null : at, pausedMs: at - startedAt - walked };
}

/** Why a walk ends: its time ran out, the user finished it early, its pause ran too long. */
export type WalkEnd = 'finished' | 'finish-now' | 'pause-expired';

/** Whether the walk has ended by itself at `now`, and how. */
export function expiredWalk(walk: Walk, now: number): WalkEnd | null {
  if (now < walkDeadline(walk)) return null;
  return walk.pausedAt === null ? 'finished' : 'pause-expired';
}

/**
 * The history entry of a walk that ends, or null when it is too short to count (then it is a cancel).
 * A walk whose end passed while the browser was closed ended at its planned time, not at start-up; a
 * walk whose pause ran out ended when it was paused.
 */
export function walkEntry(walk: Walk, end: WalkEnd, now: number): WalkEntry | null {
  const planned = walk.plannedMin * MINUTE;
  const finished = end === 'finished' || (end === 'finish-now' && isComplete(walk, now));
  const walkedMs = finished ? planned : Math.min(elapsedMs(walk, now), planned);
  if (walkedMs < MIN_WALK_MS) return null;
  const endedAt = finished ? walk.startedAt + walk.pausedMs + planned : (walk.pausedAt ?? now);
  return {
    startedAt: walk.startedAt,
    endedAt: Math.max(walk.startedAt, endedAt),
    plannedMin: walk.plannedMin,
    actualMin: Math.round((walkedMs / MINUTE) * 10) / 10,
    finished,
  };
}

/** Reads a stored walk; anything malformed reads as "no walk". */
export function parseWalk(raw: unknown): Walk | null {
  if (!isRecord(raw)) return null;
  const { startedAt, plannedMin, pausedAt, pausedMs } = raw;
  if (!isTimestamp(startedAt) || !isWalkLength(plannedMin) || !isTimestamp(pausedMs)) return null;
  if (pausedAt !== null && !(isTimestamp(pausedAt) && pausedAt >= startedAt)) return null;
  return { startedAt, plannedMin, pausedAt, pausedMs };
}
