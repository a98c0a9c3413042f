/**
 * The popup's one-line summary of the reminders. Pure.
 */
import { DAY } from '../time/units';
import { PLAUSIBLE_DUE_MS, PLAUSIBLE_PAUSE_MS, REMINDER_KINDS, type ReminderKind, type ReminderState } from './types';

export type ReminderStatus =
  | { kind: 'paused'; until: number }
  /** Both kinds switched off, or a schedule with no enabled day. */
  | { kind: 'off' }
  /**
   * Outside the schedule's hours: nothing fires until `resumesAt`, the next window start. Reminders
   * shown before the window closed and not yet acted on still wait.
   */
  | { kind: 'outside'; resumesAt: number; outstanding: ReminderKind[] }
  | {
      kind: 'upcoming';
      /** Next due time of each kind (epoch ms), null when the kind is off. */
      posture: number | null;
      walk: number | null;
      /** Reminders shown and not yet acted on, in the order posture, walk. */
      outstanding: ReminderKind[];
    };

/**
 * Where `now` stands in the schedule: inside a window or not, and when the next one opens (null: no
 * day enabled). Null as a whole when the schedule is off. The popup computes it after its first paint
 * (lib/reminders/schedule-view.ts): the calendar code would weigh on every click otherwise.
 */
export interface ScheduleView {
  open: boolean;
  opensAt: number | null;
}

/** Only whether each kind is on: the popup passes its light settings, the background the full ones. */
type KindSwitches = Record<ReminderKind, { enabled: boolean }>;

/**
 * One state at a time, in this order: paused; off; outside the schedule (with when it resumes); the
 * next due times. Reminders waiting on screen travel with the last two (the popup shows them first).
 */
export function reminderStatus(
  settings: KindSwitches,
  state: ReminderState,
  now: number,
  schedule: ScheduleView | null = null,
): ReminderStatus {
  if (state.pausedUntil !== null && state.pausedUntil > now) return { kind: 'paused', until: state.pausedUntil };
  const posture = settings.posture.enabled ? state.posture.dueAt : null;
  const walk = settings.walk.enabled ? state.walk.dueAt : null;
  if (posture === null && walk === null) return { kind: 'off' };
  const outstanding = REMINDER_KINDS.filter((k) => settings[k].enabled && state[k].outstanding);
  if (schedule && !schedule.open) {
    return schedule.opensAt === null ? { kind: 'off' } : { kind: 'outside', resumesAt: schedule.opensAt, outstanding };
  }
  return { kind: 'upcoming', posture, walk, outstanding };
}

const isTime = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));
const isKindState = (v: unknown): boolean => {
  const k = v as Record<string, unknown> | null;
  return (
    typeof k === 'object' &&
    k !== null &&
    isTime(k.dueAt) &&
    typeof k.pending === 'boolean' &&
    typeof k.outstanding === 'boolean'
  );
};

/**
 * The stored engine state if it has the shape reminderStatus() reads, else null (the popup then shows
 * no status line rather than breaking). A light check: the background's parseReminderState does the
 * full repair, and the popup should not pay for it.
 */
export function asStatusState(raw: unknown): ReminderState | null {
  const s = raw as Record<string, unknown> | null;
  if (typeof s !== 'object' || s === null) return null;
  return isKindState(s.posture) && isKindState(s.walk) && isTime(s.pausedUntil)
    ? (s as unknown as ReminderState)
    : null;
}

/** A due or pause end long past (or further ahead than the engine puts them) was not written by a working engine. */
const PLAUSIBLE_BEHIND_MS = DAY;

/**
 * Whether a stored state can be shown as it is: times within reach of `now`, and decided in the
 * zone the popup runs in. Otherwise the popup shows no times and asks the background to decide again
 * (which also notices a time zone change before any alarm would).
 */
export function isCurrentState(state: ReminderState, now: number, timeZone: string): boolean {
  const near = (t: number | null, ahead = PLAUSIBLE_DUE_MS) =>
    t === null || (t > now - PLAUSIBLE_BEHIND_MS && t < now + ahead);
  return (
    near(state.posture.dueAt) &&
    near(state.walk.dueAt) &&
    near(state.pausedUntil, PLAUSIBLE_PAUSE_MS) &&
    state.zone === timeZone
  );
}
