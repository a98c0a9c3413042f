/**
 * The one pipeline from an event to everything the background must do: event → walk life cycle →
 * step → alarm plan → badge view. The background, the bench's wake-up simulation and the property
 * tests all run this, so none of them copies the wiring. Pure.
 *
 * The walk is part of it: walk commands arrive here as events, a walk whose deadline passed (its end,
 * or the end of its longest pause) ends here before anything else is decided, and the engine learns
 * of every change of the walk as an event of its own.
 */
import type { WalkEntry } from '../history/model';
import type { Settings } from '../settings/model';
import {
  alignWalkToClock,
  expiredWalk,
  isAheadOfClock,
  pauseWalk,
  resumeWalk,
  startWalk,
  walkEntry,
  type Walk,
  type WalkEnd,
} from '../walk/walk';
import { alarmChanges, desiredAlarms, type AlarmChanges, type ArmedAlarm } from './alarms';
import { badgeView, type BadgeView } from './badge';
import { step } from './step';
import type { Environment, ReminderEffect, ReminderEvent, ReminderState } from './types';

/** What happens to the walk: started, paused, resumed, ended by the user or by its deadline. */
export type WalkEvent =
  | { type: 'walk-start'; minutes: number }
  | { type: 'walk-pause' }
  | { type: 'walk-resume' }
  | { type: 'walk-finish' }
  | { type: 'walk-cancel' };

/** Engine events the pipeline derives from the walk itself; callers never send them. */
type DerivedEvent = 'walk-started' | 'walk-resumed' | 'walk-paused' | 'walk-ended' | 'wake';
export type BackgroundEvent = Exclude<ReminderEvent, { type: DerivedEvent }> | WalkEvent;

export interface DecideInput {
  settings: Settings;
  state: ReminderState;
  /** Idle, fullscreen, and the stored walk as it was before this event. */
  env: Environment;
  now: number;
  timeZone: string;
  /** The UI's locale, for the times and numbers of the toolbar button's title (undefined: the runtime's). */
  locale?: string;
  /** What `alarms.getAll()` says is armed right now. */
  armed: readonly ArmedAlarm[];
}

export interface Decision {
  state: ReminderState;
  /** The walk record after this event (write it when `walkChanged`). */
  walk: Walk | null;
  walkChanged: boolean;
  /** A walk that ended: how, and its history entry (null: under a minute, so nothing is logged). */
  ended: { end: WalkEnd | 'cancel'; entry: WalkEntry | null } | null;
  /** Why a walk command changed nothing, for the page that sent it. */
  refused: 'walk-running' | 'no-walk' | null;
  effects: ReminderEffect[];
  alarms: AlarmChanges;
  badge: BadgeView;
}

export function decide(input: DecideInput, event: BackgroundEvent): Decision {
  const { settings, now, timeZone } = input;
  let state = input.state;
  let walk = input.env.walk;
  let walkChanged = false;
  let ended: Decision['ended'] = null;
  let refused: Decision['refused'] = null;
  const effects: ReminderEffect[] = [];

  let ran = false;
  const run = (e: ReminderEvent) => {
    ran = true;
    const r = step(settings, state, e, { ...input.env, walk }, now, timeZone);
    state = r.state;
    effects.push(...r.effects);
  };
  const end = (how: WalkEnd | 'cancel', current: Walk) => {
    ended = { end: how, entry: how === 'cancel' ? null : walkEntry(current, how, now) };
    walk = null;
    walkChanged = true;
    run({ type: 'walk-ended' });
  };
  const change = (next: Walk, e: Exclude<DerivedEvent, 'wake'>) => {
    if (next === walk) return;
    walk = next;
    walkChanged = true;
    run({ type: e });
  };

  // A walk the clock was set back under counts down from now; the engine's hold (the time left, from
  // now) is the same either way, so only the record changes.
  if (walk && isAheadOfClock(walk, now)) {
    walk = alignWalkToClock(walk, now);
    walkChanged = true;
  }
  // A walk whose time is up ends before anything else happens.
  const expired = walk && expiredWalk(walk, now);
  if (walk && expired) end(expired, walk);

  switch (event.type) {
    case 'walk-start':
      if (walk) refused = 'walk-running';
      else change(startWalk(now, event.minutes), 'walk-started');
      break;
    case 'walk-pause':
    case 'walk-resume':
      if (!walk) refused = 'no-walk';
      else if (event.type === 'walk-pause') change(pauseWalk(walk, now), 'walk-paused');
      else change(resumeWalk(walk, now), 'walk-resumed');
      break;
    case 'walk-finish':
    case 'walk-cancel':
      if (!walk) refused = ended ? null : 'no-walk';
      else end(event.type === 'walk-finish' ? 'finish-now' : 'cancel', walk);
      break;
    default:
      run(event);
  }
  // A command that changed nothing still lets the engine settle: every decision leaves the state current.
  if (!ran) run({ type: 'wake' });

  return {
    state,
    walk,
    walkChanged,
    ended,
    refused,
    effects,
    alarms: alarmChanges(desiredAlarms(settings, state, walk, now), input.armed),
    badge: badgeView(walk, state, now, timeZone, input.locale),
  };
}
