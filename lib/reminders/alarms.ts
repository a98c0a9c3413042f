/**
 * Which alarms the reminder engine wants armed, and the smallest change that gets the browser there.
 * Pure: the background reads `alarms.getAll()`, calls alarmChanges() and applies the result, so a
 * worker start never re-creates alarms that are already right.
 */
import type { Settings } from '../settings/model';
import { REMINDER_ALARMS } from './step';
import { ALARM, REMINDER_KINDS, type AlarmName, type ReminderState } from './types';

/**
 * While paused, only `pause-end` at the end of the pause. Otherwise one alarm per enabled kind at its
 * due time (a kind has none only when the schedule has no enabled day and so never opens).
 */
export function desiredAlarms(settings: Settings, state: ReminderState): Map<AlarmName, number> {
  const desired = new Map<AlarmName, number>();
  if (state.pausedUntil !== null) {
    desired.set(ALARM.pauseEnd, state.pausedUntil);
    return desired;
  }
  for (const kind of REMINDER_KINDS) {
    const due = state[kind].dueAt;
    if (settings[kind].enabled && due !== null) desired.set(ALARM[kind], due);
  }
  return desired;
}

export interface AlarmChanges {
  /** Alarms to (re)create; creating an alarm replaces one of the same name. */
  create: { name: AlarmName; when: number }[];
  /** Reminder alarms that are armed but no longer wanted. */
  clear: string[];
}

/**
 * Compares the desired alarms with the armed ones. Touches only alarms that are missing, whose time
 * differs by more than `toleranceMs`, or that are reminder alarms no longer wanted; alarms the engine
 * does not own (the walk timer's) are left alone.
 */
export function alarmChanges(
  desired: ReadonlyMap<AlarmName, number>,
  existing: ReadonlyArray<{ name: string; scheduledTime: number }>,
  toleranceMs = 1000,
): AlarmChanges {
  const armed = new Map(existing.map((a) => [a.name, a.scheduledTime]));
  const create: AlarmChanges['create'] = [];
  for (const [name, when] of desired) {
    const at = armed.get(name);
    if (at === undefined || Math.abs(at - when) > toleranceMs) create.push({ name, when });
  }
  const clear = [...new Set(existing.map((a) => a.name))].filter(
    (name) => REMINDER_ALARMS.has(name) && !desired.has(name as AlarmName),
  );
  return { create, clear };
}
