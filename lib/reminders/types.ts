/**
 * Contracts of the reminder engine: its persistent state, the events it reacts to and the effects it
 * asks the background to carry out. The engine itself is pure (see step.ts); the background applies
 * effects with browser APIs and arms the alarms that desiredAlarms() names.
 */
import type { Settings } from '../settings/model';
import type { Walk } from '../walk/walk';
import { DAY } from '../time/units';

export type ReminderKind = 'posture' | 'walk';
export const REMINDER_KINDS: readonly ReminderKind[] = ['posture', 'walk'];

/** Alarm and notification names are part of the observable contract (PRODUCT.md): keep them stable. */
export const ALARM = {
  posture: 'posture-reminder',
  walk: 'walk-reminder',
  pauseEnd: 'pause-end',
  walkTimerEnd: 'walk-timer-end',
  walkTimerTick: 'walk-timer-tick',
} as const;
export type AlarmName = (typeof ALARM)[keyof typeof ALARM];

export const NOTIFICATION = {
  posture: 'posture-reminder',
  walk: 'walk-reminder',
  walkComplete: 'walk-complete',
} as const;

export type IdleState = 'active' | 'idle' | 'locked';

export interface KindState {
  /** When this kind next needs attention (epoch ms); null when the kind is off. */
  dueAt: number | null;
  /** A reminder is owed but was held back (user away, fullscreen); shown as soon as allowed. */
  pending: boolean;
  /** A reminder was shown and not yet acted on (drives the badge and the popup's "due" line). */
  outstanding: boolean;
}

export const REMINDER_STATE_VERSION = 2;

/**
 * How far ahead the engine can put a pause end: "until tomorrow" ends when the next window opens, at
 * most eight days on. Further out, it was not written by a working engine and would silence reminders.
 */
export const PLAUSIBLE_PAUSE_MS = 9 * DAY;
/**
 * How far ahead the engine can put a due time: a countdown may wait up to eight days for a window, hop
 * a window too short for its interval (up to eight hours) and wait again (lib/reminders/due.ts).
 */
export const PLAUSIBLE_DUE_MS = 19 * DAY;

export interface ReminderState {
  version: typeof REMINDER_STATE_VERSION;
  posture: KindState;
  walk: KindState;
  /** Reminders are paused until this time (epoch ms); null when not paused. */
  pausedUntil: number | null;
  /** Set while the idle API says the user is idle or locked. */
  away: { since: number; state: Exclude<IdleState, 'active'> } | null;
  /** Whether the schedule window was open at the last decision (entering it restarts intervals). */
  inWindow: boolean;
  /**
   * The time zone of the last decision. When it differs at the next event (the user travelled, or
   * the system zone changed), every due time is judged again against the new zone's windows.
   */
  zone: string;
}

/** What the background knows about the browser at the moment of an event. */
export interface Environment {
  idle: IdleState;
  /** The focused window is fullscreen (presentation, video call, film). */
  fullscreen: boolean;
  /**
   * The stored walk, running or paused (null when none): reminders are held for as long as it
   * exists. The engine reads the same record the popup shows; it keeps no copy.
   */
  walk: Walk | null;
}

export type ReminderEvent =
  /**
   * An alarm fired; `scheduledTime` is the time it was armed for (from the browser's alarm object).
   * Alarms only wake the engine: its stored due times decide what is due, so an alarm that was
   * re-armed, duplicated or delivered after a start-up that already handled it shows nothing twice.
   */
  | { type: 'alarm'; name: AlarmName; scheduledTime?: number }
  /**
   * Worker start, install, update, browser start-up: bring state and alarms up to date.
   * `browserStarted`: the first decision since the browser started (the background knows it from
   * session storage, which the browser empties when it closes), so a reminder owed from before was
   * held because the browser was closed, not because the computer slept.
   */
  | { type: 'reconcile'; browserStarted?: boolean }
  /** Nothing of its own (a command that changed nothing): the engine only settles what is due. */
  | { type: 'wake' }
  | { type: 'idle-changed'; state: IdleState }
  | { type: 'settings-changed'; previous: Settings }
  /** Later, please: `minutes` from the popup's choices, else the snooze length of the settings. */
  | { type: 'snooze'; kind: ReminderKind; minutes?: number }
  /** "Skip this one": the reminder goes, and the kind counts a whole interval from now. */
  | { type: 'skip'; kind: ReminderKind }
  /** Posture "Done" or any acknowledgement of a shown reminder (click, popup opened on it). */
  | { type: 'acknowledge'; kind: ReminderKind }
  /** The user closed a shown reminder without acting on it. */
  | { type: 'dismiss'; kind: ReminderKind }
  | { type: 'pause'; until: number }
  | { type: 'resume' }
  /** The walk in the environment started, or resumed after a pause. */
  | { type: 'walk-started' }
  | { type: 'walk-resumed' }
  | { type: 'walk-paused' }
  /** The walk ended, whichever way (finished, finished early, cancelled, its pause ran out). */
  | { type: 'walk-ended' };

/**
 * Why a reminder is a catch-up for due times that passed unseen: the computer slept (an alarm or a
 * worker start while the browser kept running), or the browser was closed. False: on time.
 */
export type CatchUp = false | 'slept' | 'closed';

export type ReminderEffect =
  | { type: 'show'; kind: ReminderKind; catchUp: CatchUp }
  | { type: 'clear'; kind: ReminderKind }
  | { type: 'record-posture-check' }
  | { type: 'record-snooze' }
  | { type: 'record-skip' };

export interface StepResult {
  state: ReminderState;
  effects: ReminderEffect[];
}
