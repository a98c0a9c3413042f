/**
 * The reminder engine: one event in, the next state and the effects out. Pure: settings, state,
 * environment, time and time zone are all parameters; the background only applies the effects and
 * arms the alarms that desiredAlarms() names.
 *
 * Every event runs through the same pipeline:
 * 1. housekeeping: an expired pause ends (both intervals restart from now), an expired walk is
 *    forgotten, kinds switched off lose their due time, kinds switched on get one;
 * 2. the event itself;
 * 3. the schedule window: entering it restarts the intervals from the window start, leaving it moves
 *    the due times to the next window start plus the interval;
 * 4. settling: every kind that is due (due time within 1 s, or pending) is shown, held back or
 *    folded, by the rules below. So any event — not only its own alarm — handles a kind that is due,
 *    and after every event each enabled kind's due time is at or after `now`.
 *
 * Settling rules (in order):
 * - paused, during a walk, or outside the window: nothing is shown; due kinds count down afresh from
 *   the end of the pause / walk, or from the next window start;
 * - user idle or locked: due kinds become pending and re-arm a fallback one interval later;
 * - focused window fullscreen: due kinds become pending and are re-checked every minute;
 * - any due kind more than 2 minutes late (sleep, held worker): ONE catch-up reminder (the walk if it
 *   is due, it absorbs posture; else posture), then both intervals restart from now;
 * - otherwise the walk is shown if due (a posture check due within 2 minutes is folded into it and any
 *   shown posture reminder cleared); posture is shown if due, unless the walk is due within 2 minutes
 *   (then posture just restarts and the walk covers it).
 * At most one `show` per step.
 */
import type { Settings } from '../settings/model';
import {
  ALARM_TOLERANCE_MS,
  FOLD_WINDOW_MS,
  FULLSCREEN_RECHECK_MS,
  LATE_AFTER_MS,
  MINUTE,
  countdownFrom,
  intervalMs,
  latestLegitimateDue,
  restartDue,
} from './due';
import { currentWindowStart, isInWindow } from './schedule-window';
import {
  ALARM,
  REMINDER_KINDS,
  type Environment,
  type IdleState,
  type ReminderEffect,
  type ReminderEvent,
  type ReminderKind,
  type ReminderState,
  type StepResult,
} from './types';

/** Alarm names the engine owns; any other alarm (the walk timer's) is ignored by step(). */
export const REMINDER_ALARMS: ReadonlySet<string> = new Set([ALARM.posture, ALARM.walk, ALARM.pauseEnd]);

function cloneState(state: ReminderState): ReminderState {
  return {
    ...state,
    posture: { ...state.posture },
    walk: { ...state.walk },
    away: state.away ? { ...state.away } : null,
  };
}

export function step(
  settings: Settings,
  state: ReminderState,
  event: ReminderEvent,
  env: Environment,
  now: number,
  timeZone: string,
): StepResult {
  if (event.type === 'alarm' && !REMINDER_ALARMS.has(event.name)) return { state, effects: [] };

  const s = cloneState(state);
  s.version = 1;
  const effects: ReminderEffect[] = [];
  const enabled = (k: ReminderKind) => settings[k].enabled;
  const enabledKinds = () => REMINDER_KINDS.filter(enabled);

  /** The earliest time a countdown may start: not before the end of a pause or a running walk. */
  const base = () => Math.max(now, s.pausedUntil ?? now, s.walkUntil ?? now);
  const restart = (k: ReminderKind, from: number = base()) => {
    s[k].dueAt = enabled(k) ? restartDue(settings, k, from, timeZone) : null;
    s[k].pending = false;
  };
  const clear = (k: ReminderKind, always = false) => {
    if (s[k].outstanding || always) effects.push({ type: 'clear', kind: k });
    s[k].outstanding = false;
  };
  const show = (k: ReminderKind, catchUp: boolean) => {
    effects.push({ type: 'show', kind: k, catchUp });
    s[k].outstanding = true;
    restart(k, now);
  };
  const endPause = () => {
    s.pausedUntil = null;
    for (const k of enabledKinds()) restart(k, base());
  };

  // 1. Housekeeping.
  if (s.pausedUntil !== null) {
    const pauseEndAlarm = event.type === 'alarm' && event.name === ALARM.pauseEnd;
    if (s.pausedUntil <= now || (pauseEndAlarm && s.pausedUntil <= now + ALARM_TOLERANCE_MS)) endPause();
  }
  if (s.walkUntil !== null && s.walkUntil <= now) s.walkUntil = null;
  for (const k of REMINDER_KINDS) {
    if (!enabled(k)) {
      clear(k);
      s[k] = { dueAt: null, pending: false, outstanding: false };
    } else if (s[k].dueAt === null) {
      restart(k);
    }
  }

  // 2. The event.
  let idle: IdleState = env.idle;
  switch (event.type) {
    case 'alarm': {
      // Normally the alarm's kind is handled by settling like any due kind, and an early alarm finds
      // nothing due. But an alarm that fires on its own scheduled time while the state says "later" was
      // re-armed outside the engine (by hand, by another tool, or before a crash kept the state from
      // being saved): the browser is saying "now", so its kind is due. A late alarm for a time the
      // state has moved past is stale (queued behind the catch-up after a sleep): it changes nothing.
      const kind = event.name === ALARM.posture ? 'posture' : event.name === ALARM.walk ? 'walk' : null;
      const due = kind && enabled(kind) ? s[kind].dueAt : null;
      const onTime = event.scheduledTime !== undefined && now - event.scheduledTime <= LATE_AFTER_MS;
      if (onTime && kind && due !== null && due > now) s[kind].dueAt = now;
      break;
    }

    case 'reconcile':
      // A due time further out than any countdown could have set (the clock moved back) is pulled in.
      for (const k of enabledKinds()) {
        const due = s[k].dueAt;
        if (due === null) continue;
        const longest = Math.max(intervalMs(settings, k), settings.snoozeMin * MINUTE, FULLSCREEN_RECHECK_MS);
        if (due > latestLegitimateDue(settings, base(), longest, timeZone) + MINUTE) restart(k);
      }
      break;

    case 'idle-changed':
      idle = event.state;
      if (event.state !== 'active') {
        s.away = { since: s.away?.since ?? now, state: event.state };
      } else {
        const away = s.away;
        s.away = null;
        if (away && now - away.since >= settings.walk.lengthMin * MINUTE) {
          // A natural break: the user was away at least a walk's length. Start over, owe nothing.
          for (const k of enabledKinds()) {
            restart(k);
            clear(k);
          }
        }
      }
      break;

    case 'settings-changed':
      applySettingsChange(event.previous);
      break;

    case 'snooze':
      clear(event.kind, true);
      if (enabled(event.kind)) {
        s[event.kind].dueAt = countdownFrom(settings, now, settings.snoozeMin * MINUTE, timeZone);
        s[event.kind].pending = false;
      }
      break;

    case 'dismiss':
      // Closed by the user without acting: it no longer waits, and nothing is recorded.
      clear(event.kind, true);
      break;

    case 'acknowledge': {
      const wasOutstanding = s[event.kind].outstanding;
      clear(event.kind, true);
      // Only a reminder that was actually out counts as a check (a repeated click must not count twice).
      if (event.kind === 'posture' && wasOutstanding) effects.push({ type: 'record-posture-check' });
      break;
    }

    case 'pause':
      if (event.until > now) {
        s.pausedUntil = event.until;
        for (const k of REMINDER_KINDS) clear(k);
        for (const k of enabledKinds()) restart(k);
      }
      break;

    case 'resume':
      if (s.pausedUntil !== null) endPause();
      break;

    case 'walk-started':
      if (event.endsAt > now) {
        s.walkUntil = event.endsAt;
        for (const k of REMINDER_KINDS) clear(k);
        if (enabled('walk')) restart('walk', event.endsAt);
        if (enabled('posture')) {
          const held = restartDue(settings, 'posture', Math.max(event.endsAt, s.pausedUntil ?? 0), timeZone);
          const current = s.posture.dueAt;
          s.posture.dueAt = held === null ? null : Math.max(held, current ?? held);
          s.posture.pending = false;
        }
        break;
      }
      // A walk that has already ended is a walk-ended.
      s.walkUntil = null;
      for (const k of enabledKinds()) restart(k);
      break;

    case 'walk-ended':
      s.walkUntil = null;
      for (const k of enabledKinds()) restart(k);
      break;
  }

  // 3. The schedule window.
  const inNow = isInWindow(settings, now, timeZone);
  if (inNow !== s.inWindow) {
    if (inNow) {
      // Entering the window starts the intervals afresh, from the moment it opened.
      const opened = currentWindowStart(settings, now, timeZone) ?? now;
      const from = Math.max(opened, s.pausedUntil ?? opened, s.walkUntil ?? opened);
      for (const k of enabledKinds()) restart(k, from);
    } else {
      for (const k of enabledKinds()) restart(k);
    }
    s.inWindow = inNow;
  }

  // 4. Settle due kinds.
  settle({ idle, fullscreen: env.fullscreen });

  return { state: s, effects };

  function applySettingsChange(previous: Settings): void {
    for (const k of enabledKinds()) {
      const due = s[k].dueAt;
      if (!previous[k].enabled) {
        // Switched on: count down from now (housekeeping did it if there was no due time).
        restart(k);
        continue;
      }
      const oldMs = previous[k].intervalMin * MINUTE;
      const newMs = intervalMs(settings, k);
      if (due === null || oldMs === newMs) continue;
      const fresh = restartDue(settings, k, base(), timeZone);
      if (fresh === null) continue;
      if (newMs < oldMs) {
        // Shorter: the next reminder within the new interval, never later than it was.
        s[k].dueAt = Math.min(due, fresh);
      } else {
        // Longer: keep the running countdown's origin (normally the last reminder), so the reminder
        // comes the new interval after it; never later than a fresh countdown.
        let shifted = due + (newMs - oldMs);
        if (!isInWindow(settings, shifted, timeZone))
          shifted = countdownFrom(settings, shifted, newMs, timeZone) ?? fresh;
        s[k].dueAt = Math.min(shifted, fresh);
      }
    }

    if (JSON.stringify(previous.schedule) !== JSON.stringify(settings.schedule)) {
      const open = isInWindow(settings, now, timeZone);
      for (const k of enabledKinds()) {
        const due = s[k].dueAt;
        const fresh = restartDue(settings, k, base(), timeZone);
        // Outside the new window, or just entered it (from now, not from when it would have opened):
        // start afresh. Still inside: keep countdowns the new window allows, but none later than a
        // fresh one (a widened window should not wait for tomorrow's due time).
        if (!open || !s.inWindow || due === null || fresh === null) restart(k);
        else if (!isInWindow(settings, due, timeZone) || due > fresh) s[k].dueAt = fresh;
      }
      s.inWindow = open;
    }
  }

  function settle(environment: Environment): void {
    const kinds = enabledKinds().filter((k) => s[k].dueAt !== null);
    const isDue = (k: ReminderKind) => s[k].pending || (s[k].dueAt as number) <= now + ALARM_TOLERANCE_MS;

    const heldBack = s.pausedUntil !== null || s.walkUntil !== null || !s.inWindow;
    if (heldBack) {
      for (const k of kinds) if (isDue(k)) restart(k);
      return;
    }

    const due = kinds.filter(isDue);
    if (!due.length) return;

    if (environment.idle !== 'active') {
      for (const k of due) {
        s[k].pending = true;
        if ((s[k].dueAt as number) <= now + ALARM_TOLERANCE_MS) s[k].dueAt = restartDue(settings, k, now, timeZone);
      }
      return;
    }

    if (environment.fullscreen) {
      for (const k of due) {
        s[k].pending = true;
        s[k].dueAt = now + FULLSCREEN_RECHECK_MS;
      }
      return;
    }

    const late = due.some((k) => now - (s[k].dueAt as number) > LATE_AFTER_MS);
    if (late) {
      const kind: ReminderKind = due.includes('walk') ? 'walk' : 'posture';
      if (kind === 'walk') clear('posture');
      show(kind, true);
      for (const k of enabledKinds()) restart(k, now);
      return;
    }

    if (due.includes('walk')) {
      clear('posture');
      show('walk', false);
      const posture = s.posture.dueAt;
      if (enabled('posture') && posture !== null && (s.posture.pending || posture - now <= FOLD_WINDOW_MS))
        restart('posture', now);
      return;
    }

    // Only posture is due.
    const walk = enabled('walk') ? s.walk.dueAt : null;
    if (walk !== null && walk - now <= FOLD_WINDOW_MS) restart('posture', now);
    else show('posture', false);
  }
}
