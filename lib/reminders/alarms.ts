/**
 * Which alarms the background wants armed, and the smallest change that gets the browser there.
 * Pure: the background reads `alarms.getAll()`, calls alarmChanges() and applies the result, so a
 * worker start never re-creates alarms that are already right, and an alarm cleared, moved or
 * re-armed from outside is put back after the next event.
 */
import type { Settings } from '../settings/model';
import { MINUTE } from '../time/units';
import { walkDeadline, type Walk } from '../walk/walk';
import { ALARM, REMINDER_KINDS, type AlarmName, type ReminderState } from './types';

export interface AlarmPlan {
  when: number;
  /** Repeats every this many minutes; its next time is then not compared. */
  periodInMinutes?: number;
}

/** Every alarm this planner owns; other alarms (none today) are left alone. */
export const OWNED_ALARMS: ReadonlySet<string> = new Set(Object.values(ALARM));

/**
 * - While reminders are paused, only `pause-end` at the end of the pause; otherwise one alarm per
 *   enabled kind at its due time (a kind has none only when the schedule never opens).
 * - While a walk exists, `walk-timer-end` at its next deadline (its end, or the end of the longest
 *   pause), and while it runs `walk-timer-tick` every minute, when a minute of the walk is used up,
 *   so the badge's minutes stay right.
 */
export function desiredAlarms(
  settings: Settings,
  state: ReminderState,
  walk: Walk | null,
  now: number,
): Map<AlarmName, AlarmPlan> {
  const desired = new Map<AlarmName, AlarmPlan>();
  if (state.pausedUntil !== null) {
    desired.set(ALARM.pauseEnd, { when: state.pausedUntil });
  } else {
    for (const kind of REMINDER_KINDS) {
      const due = state[kind].dueAt;
      if (settings[kind].enabled && due !== null) desired.set(ALARM[kind], { when: due });
    }
  }
  if (walk) {
    const deadline = walkDeadline(walk);
    desired.set(ALARM.walkTimerEnd, { when: deadline });
    if (walk.pausedAt === null) {
      const firstTick = now + ((deadline - now) % MINUTE || MINUTE);
      desired.set(ALARM.walkTimerTick, { when: firstTick, periodInMinutes: 1 });
    }
  }
  return desired;
}

export interface AlarmChanges {
  /** Alarms to (re)create; creating an alarm replaces one of the same name. */
  create: Array<{ name: AlarmName } & AlarmPlan>;
  /** Owned alarms that are armed but no longer wanted. */
  clear: string[];
}

export interface ArmedAlarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

/**
 * Compares the desired alarms with the armed ones. Touches only alarms that are missing, whose time
 * (or period) differs by more than `toleranceMs`, or that are owned and no longer wanted.
 */
export function alarmChanges(
  desired: ReadonlyMap<AlarmName, AlarmPlan>,
  existing: ReadonlyArray<ArmedAlarm>,
  toleranceMs = 1000,
): AlarmChanges {
  const armed = new Map(existing.map((a) => [a.name, a]));
  const create: AlarmChanges['create'] = [];
  for (const [name, plan] of desired) {
    const at = armed.get(name);
    const right =
      at !== undefined &&
      (plan.periodInMinutes
        ? at.periodInMinutes === plan.periodInMinutes
        : !at.periodInMinutes && Math.abs(at.scheduledTime - plan.when) <= toleranceMs);
    if (!right) create.push({ name, ...plan });
  }
  const clear = [...new Set(existing.map((a) => a.name))].filter(
    (name) => OWNED_ALARMS.has(name) && !desired.has(name as AlarmName),
  );
  return { create, clear };
}
