/**
 * The reminder engine: one event in, the next state and the effects out. Pure: settings, state,
 * environment (idle, fullscreen, the walk), time and time zone are all parameters; the background
 * only applies the effects and arms the alarms that desiredAlarms() names.
 *
 * The stored due times are the only truth about when a kind is due; alarms merely wake the engine.
 * So an alarm re-armed from outside, delivered twice, or delivered after a start-up that already
 * handled its due time shows nothing (each due time is shown at most once), and the alarms are put
 * back at the engine's due times after every event.
 *
 * Every event runs through the same pipeline:
 * 1. housekeeping: an expired pause ends (both intervals restart from now), kinds switched off lose
 *    their due time, kinds switched on get one; at reconcile, or when the time zone changed since the
 *    last decision, every due time is judged again (see rejudge);
 * 2. the event itself;
 * 3. the schedule window: entering it restarts the intervals from the window start, leaving it moves
 *    the due times to the next window start plus the interval;
 * 4. settling: every kind that is due (due time within 1 s, or pending) is shown, held back or
 *    folded, by the rules below. So any event — not only its own alarm — handles a kind that is due,
 *    and after every event each enabled kind's due time is at or after `now`.
 *
 * Settling rules (in order):
 * - paused, during a walk (running or paused), or outside the window: nothing is shown; due kinds
 *   count down afresh from the end of the pause / walk, or from the next window start;
 * - user idle or locked: due kinds become pending and re-arm a fallback one interval later;
 * - focused window fullscreen: due kinds become pending and are re-checked every minute;
 * - any due kind more than 2 minutes late (sleep, held worker, closed browser): ONE catch-up reminder
 *   (the walk if it is due, it absorbs posture; else posture), then both intervals restart from now; it
 *   says why: 'closed' at the first decision since the browser started, else 'slept';
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
  countdownFrom,
  intervalMs,
  latestLegitimateDue,
  restartDue,
} from './due';
import { MINUTE } from '../time/units';
import { walkHoldsUntil } from '../walk/walk';
import { currentWindowStart, isInWindow } from './schedule-window';
import {
  ALARM,
  REMINDER_KINDS,
  type CatchUp,
  type Environment,
  REMINDER_STATE_VERSION,
  type IdleState,
  type ReminderEffect,
  type ReminderEvent,
  type ReminderKind,
  type ReminderState,
  type StepResult,
} from './types';

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
  const s = cloneState(state);
  s.version = REMINDER_STATE_VERSION;
  const effects: ReminderEffect[] = [];
  const enabled = (k: ReminderKind) => settings[k].enabled;
  const enabledKinds = () => REMINDER_KINDS.filter(enabled);

  const walkUntil = env.walk ? walkHoldsUntil(env.walk, now) : null;
  /** The earliest time a countdown may start: not before the end of a pause or of the walk. */
  const base = () => Math.max(now, s.pausedUntil ?? now, walkUntil ?? now);
  const restart = (k: ReminderKind, from: number = base()) => {
    s[k].dueAt = enabled(k) ? restartDue(settings, k, from, timeZone) : null;
    s[k].pending = false;
  };
  const clear = (k: ReminderKind, always = false) => {
    if (s[k].outstanding || always) effects.push({ type: 'clear', kind: k });
    s[k].outstanding = false;
  };
  const show = (k: ReminderKind, catchUp: CatchUp) => {
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
  for (const k of REMINDER_KINDS) {
    if (!enabled(k)) {
      clear(k);
      s[k] = { dueAt: null, pending: false, outstanding: false };
    } else if (s[k].dueAt === null) {
      restart(k);
    }
  }

  if (event.type === 'reconcile' || s.zone !== timeZone) rejudge(s.zone !== timeZone);
  s.zone = timeZone;

  // 2. The event.
  let idle: IdleState = env.idle;
  switch (event.type) {
    case 'alarm':
    case 'reconcile':
    case 'wake':
      // Nothing of their own: the due times decide (see the top), rejudged above at reconcile.
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

    case 'snooze': {
      const wasOutstanding = s[event.kind].outstanding;
      clear(event.kind, true);
      if (enabled(event.kind)) {
        s[event.kind].dueAt = countdownFrom(settings, now, (event.minutes ?? settings.snoozeMin) * MINUTE, timeZone);
        s[event.kind].pending = false;
      }
      // Counted once per reminder out, however often the button is pressed.
      if (wasOutstanding) effects.push({ type: 'record-snooze' });
      break;
    }

    case 'skip': {
      const wasOutstanding = s[event.kind].outstanding;
      clear(event.kind, true);
      if (enabled(event.kind)) restart(event.kind, now);
      if (wasOutstanding) effects.push({ type: 'record-skip' });
      break;
    }

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
    case 'walk-resumed':
      for (const k of REMINDER_KINDS) clear(k);
      holdForWalk();
      break;

    case 'walk-paused':
      // The walk still holds reminders (settling does), for as long as it is paused.
      break;

    case 'walk-ended':
      for (const k of enabledKinds()) restart(k);
      break;
  }

  // 3. The schedule window.
  const inNow = isInWindow(settings, now, timeZone);
  if (inNow !== s.inWindow) {
    if (inNow) {
      // Entering the window starts the intervals afresh, from the moment it opened.
      const opened = currentWindowStart(settings, now, timeZone) ?? now;
      const from = Math.max(opened, s.pausedUntil ?? opened, walkUntil ?? opened);
      for (const k of enabledKinds()) restart(k, from);
    } else {
      for (const k of enabledKinds()) restart(k);
    }
    s.inWindow = inNow;
  }

  // 4. Settle due kinds.
  settle({ idle, fullscreen: env.fullscreen });

  return { state: s, effects };

  /**
   * Due times judged again against the current zone and clock: one further out than any countdown
   * could have set (the clock moved back, or the user travelled east), or outside the schedule's
   * windows in this zone (travelled west: yesterday's "tomorrow 09:30" is tonight here) counts down
   * afresh. After a zone change, no due time stays later than a countdown started now: a window the
   * old zone had not opened yet may be open here.
   */
  function rejudge(zoneChanged: boolean): void {
    for (const k of enabledKinds()) {
      const due = s[k].dueAt;
      if (due === null) continue;
      const longest = Math.max(intervalMs(settings, k), settings.snoozeMin * MINUTE, FULLSCREEN_RECHECK_MS);
      const tooFar = due > latestLegitimateDue(settings, base(), longest, timeZone) + MINUTE;
      const outside = settings.schedule.enabled && !isInWindow(settings, due, timeZone);
      const fresh = zoneChanged ? restartDue(settings, k, base(), timeZone) : null;
      if (tooFar || outside) restart(k);
      else if (fresh !== null && due > fresh) s[k].dueAt = fresh;
    }
  }

  /**
   * A walk (re)started: the walk reminder counts down from its end; a posture check due before then
   * waits for it (never earlier than it was).
   */
  function holdForWalk(): void {
    if (walkUntil === null) return;
    if (enabled('walk')) restart('walk', Math.max(walkUntil, s.pausedUntil ?? 0));
    if (enabled('posture')) {
      const held = restartDue(settings, 'posture', Math.max(walkUntil, s.pausedUntil ?? 0), timeZone);
      const current = s.posture.dueAt;
      s.posture.dueAt = held === null ? null : Math.max(held, current ?? held);
      s.posture.pending = false;
    }
  }

  function applySettingsChange(previous: Settings): void {
    for (const k of enabledKinds()) {
      const due = s[k].dueAt;
      // Switched on: housekeeping started its countdown from now (it had no due time).
      if (!previous[k].enabled) continue;
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

  function settle(environment: Pick<Environment, 'idle' | 'fullscreen'>): void {
    const kinds = enabledKinds().filter((k) => s[k].dueAt !== null);
    const isDue = (k: ReminderKind) => s[k].pending || (s[k].dueAt as number) <= now + ALARM_TOLERANCE_MS;

    const heldBack = s.pausedUntil !== null || env.walk !== null || !s.inWindow;
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
        s[k].dueAt = countdownFrom(settings, now, FULLSCREEN_RECHECK_MS, timeZone);
      }
      return;
    }

    const late = due.some((k) => now - (s[k].dueAt as number) > LATE_AFTER_MS);
    if (late) {
      const kind: ReminderKind = due.includes('walk') ? 'walk' : 'posture';
      if (kind === 'walk') clear('posture');
      // The first decision since the browser started: it was closed. Otherwise the browser kept running
      // and its alarms (or the worker start they caused) came late: the computer slept.
      show(kind, event.type === 'reconcile' && event.browserStarted ? 'closed' : 'slept');
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
