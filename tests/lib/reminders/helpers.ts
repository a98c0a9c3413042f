/** Shared builders for the reminder engine's tests. */
import { initialReminderState } from '@/lib/reminders/state';
import { step } from '@/lib/reminders/step';
import type { Environment, ReminderEffect, ReminderEvent, ReminderState } from '@/lib/reminders/types';
import { defaultSettings, type DayWindow, type Settings } from '@/lib/settings/model';
import type { Walk } from '@/lib/walk/walk';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const UTC = 'UTC';
/** Monday 1 January 2024, 10:00 UTC. */
export const T0 = Date.UTC(2024, 0, 1, 10, 0);

export const ACTIVE: Environment = { idle: 'active', fullscreen: false, walk: null };
export const IDLE: Environment = { idle: 'idle', fullscreen: false, walk: null };
export const LOCKED: Environment = { idle: 'locked', fullscreen: false, walk: null };
export const FULLSCREEN: Environment = { idle: 'active', fullscreen: true, walk: null };
/** The user at the keyboard with this walk stored (running or paused). */
export const walking = (walk: Walk): Environment => ({ ...ACTIVE, walk });

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

export function makeSettings(
  patch: DeepPartial<Omit<Settings, 'schedule'>> & { schedule?: Settings['schedule'] } = {},
): Settings {
  const d = defaultSettings();
  return {
    ...d,
    ...patch,
    posture: { ...d.posture, ...patch.posture },
    walk: { ...d.walk, ...patch.walk },
    schedule: patch.schedule ?? d.schedule,
  } as Settings;
}

const hm = (s: string) => {
  const [h, m] = s.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** A schedule from weekday index to "HH:MM-HH:MM"; unlisted days are off. */
export function schedule(days: Partial<Record<0 | 1 | 2 | 3 | 4 | 5 | 6, string>>): Settings['schedule'] {
  const list: DayWindow[] = Array.from({ length: 7 }, (_, i) => {
    const spec = days[i as 0];
    if (!spec) return { enabled: false, start: 540, end: 1050 };
    const [start, end] = spec.split('-') as [string, string];
    return { enabled: true, start: hm(start), end: hm(end) };
  });
  return { enabled: true, days: list };
}

export function fresh(settings: Settings, now = T0, timeZone = UTC): ReminderState {
  return initialReminderState(settings, now, timeZone);
}

/** A state with explicit due times (ms after T0 given in minutes), everything else fresh. */
export function stateWith(settings: Settings, patch: Partial<ReminderState> = {}, now = T0): ReminderState {
  return { ...fresh(settings, now), ...patch };
}

export const shows = (effects: ReminderEffect[]) => effects.filter((e) => e.type === 'show');

/** Runs events in order, each at its own time; returns the final state and every effect with its time. */
export function run(
  settings: Settings,
  state: ReminderState,
  events: Array<[at: number, event: ReminderEvent, env?: Environment]>,
  timeZone = UTC,
): { state: ReminderState; effects: Array<ReminderEffect & { at: number }> } {
  const effects: Array<ReminderEffect & { at: number }> = [];
  for (const [at, event, env] of events) {
    const r = step(settings, state, event, env ?? ACTIVE, at, timeZone);
    state = r.state;
    for (const e of r.effects) effects.push({ ...e, at });
  }
  return { state, effects };
}
