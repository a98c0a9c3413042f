/**
 * The engine's edges that a mutation run showed no test pinned down: tolerances, boundaries, and
 * what must happen to notifications on screen.
 */
import { step } from '@/lib/reminders/step';
import { ALARM, type ReminderState } from '@/lib/reminders/types';
import { startWalk } from '@/lib/walk/walk';
import {
  ACTIVE,
  HOUR,
  IDLE,
  MIN,
  T0,
  UTC,
  fresh,
  makeSettings,
  run,
  schedule,
  shows,
  stateWith,
  walking,
} from './helpers';

const settings = makeSettings();
const kind = (dueAt: number | null, extra: Partial<ReminderState['posture']> = {}) => ({
  dueAt,
  pending: false,
  outstanding: false,
  ...extra,
});

describe('step: the one-second tolerance', () => {
  it.each([
    ['exactly at its due time', 0, 1],
    ['one second early (alarms may fire a little early)', -1000, 1],
    ['a second and a bit early', -1001, 0],
  ])('shows a posture check %s', (_name, offset, count) => {
    const due = T0 + 30 * MIN;
    const r = step(settings, fresh(settings), { type: 'alarm', name: ALARM.posture }, ACTIVE, due + offset, UTC);
    expect(shows(r.effects)).toHaveLength(count);
  });

  it.each([
    ['exactly at its end', 0, null],
    ['one second before its end (its own alarm)', -1000, null],
    ['a second and a bit before its end', -1001, T0 + HOUR],
  ])('ends a pause %s', (_name, offset, stillPaused) => {
    const paused = stateWith(settings, { pausedUntil: T0 + HOUR });
    const r = step(settings, paused, { type: 'alarm', name: ALARM.pauseEnd }, ACTIVE, T0 + HOUR + offset, UTC);
    expect(r.state.pausedUntil).toBe(stillPaused);
  });

  it('ends a pause at its end on any event, not only its own alarm', () => {
    const paused = stateWith(settings, { pausedUntil: T0 + HOUR });
    expect(step(settings, paused, { type: 'wake' }, ACTIVE, T0 + HOUR, UTC).state.pausedUntil).toBeNull();
    expect(step(settings, paused, { type: 'wake' }, ACTIVE, T0 + HOUR - 500, UTC).state.pausedUntil).toBe(T0 + HOUR);
  });
});

describe('step: late reminders', () => {
  const due = T0 + 30 * MIN;
  it.each([
    ['exactly two minutes late: on time', 2 * MIN, false],
    ['a moment more than two minutes late: a catch-up (the computer slept)', 2 * MIN + 1, 'slept'],
  ])('is %s', (_name, late, catchUp) => {
    const r = step(settings, fresh(settings), { type: 'alarm', name: ALARM.posture }, ACTIVE, due + late, UTC);
    expect(shows(r.effects)).toEqual([{ type: 'show', kind: 'posture', catchUp }]);
  });

  it('clears a posture reminder still on screen when the catch-up is the walk', () => {
    const state = stateWith(settings, {
      posture: kind(T0 + 50 * MIN, { outstanding: true }),
      walk: kind(T0 + 60 * MIN),
    });
    const r = step(settings, state, { type: 'reconcile' }, ACTIVE, T0 + 3 * HOUR, UTC);
    expect(r.effects).toEqual([
      { type: 'clear', kind: 'posture' },
      { type: 'show', kind: 'walk', catchUp: 'slept' },
    ]);
    expect(r.state.posture.outstanding).toBe(false);
  });
});

describe('step: notifications on screen', () => {
  it.each(['snooze', 'dismiss', 'skip'] as const)(
    'a %s clears the notification even when the state does not know it is shown',
    (type) => {
      const r = step(settings, fresh(settings), { type, kind: 'walk' }, ACTIVE, T0 + MIN, UTC);
      expect(r.effects).toContainEqual({ type: 'clear', kind: 'walk' });
    },
  );

  it('snoozing a reminder held back by fullscreen starts the snooze from now', () => {
    const held = stateWith(settings, { posture: kind(T0 + MIN, { pending: true }) });
    const r = step(settings, held, { type: 'snooze', kind: 'posture' }, ACTIVE, T0, UTC);
    expect(r.state.posture).toEqual(kind(T0 + 10 * MIN));
  });
});

describe('step: idle', () => {
  it('takes the idle event’s own state over a stale reading of the environment', () => {
    const r = step(settings, fresh(settings), { type: 'idle-changed', state: 'locked' }, ACTIVE, T0 + 30 * MIN, UTC);
    expect(shows(r.effects)).toEqual([]);
    expect(r.state.posture.pending).toBe(true);
    expect(r.state.away).toEqual({ since: T0 + 30 * MIN, state: 'locked' });
  });

  it('shows what waited when the user comes back, although the reading is still idle', () => {
    const { effects } = run(settings, fresh(settings), [
      [T0 + 29 * MIN, { type: 'idle-changed', state: 'idle' }, IDLE],
      [T0 + 30 * MIN, { type: 'alarm', name: ALARM.posture }, IDLE],
      [T0 + 31 * MIN, { type: 'idle-changed', state: 'active' }, IDLE],
    ]);
    expect(shows(effects)).toHaveLength(1);
  });
});

describe('step: a walk started part-way through an interval', () => {
  const start = T0 + 20 * MIN;
  const walk = startWalk(start, 5);

  it('moves a posture check due during the walk to one interval after it, and holds every alarm', () => {
    const r = step(settings, fresh(settings), { type: 'walk-started' }, walking(walk), start, UTC);
    expect(r.state.posture.dueAt).toBe(start + 5 * MIN + 30 * MIN);
    expect(r.state.walk.dueAt).toBe(start + 5 * MIN + HOUR);
  });

  it('keeps a posture check already due later than that', () => {
    const later = stateWith(settings, { posture: kind(start + 50 * MIN) });
    const r = step(settings, later, { type: 'walk-started' }, walking(walk), start, UTC);
    expect(r.state.posture.dueAt).toBe(start + 50 * MIN);
  });

  it('shows a reminder due exactly when the walk has ended', () => {
    const ended = step(settings, fresh(settings), { type: 'walk-ended' }, ACTIVE, T0 + 30 * MIN, UTC);
    expect(ended.state.posture.dueAt).toBe(T0 + 60 * MIN);
  });
});

describe('step: schedule edits', () => {
  const closed = makeSettings({ schedule: schedule({ 2: '09:00-17:00' }) }); // Tuesday only; T0 is Monday
  const open = makeSettings({ schedule: schedule({ 1: '09:00-17:00' }) });

  it('shows nothing when a change opens the window, and counts down from now', () => {
    const state = fresh(closed);
    const r = step(open, state, { type: 'settings-changed', previous: closed }, ACTIVE, T0, UTC);
    expect(shows(r.effects)).toEqual([]);
    expect(r.state.posture.dueAt).toBe(T0 + 30 * MIN);
    expect(r.state.inWindow).toBe(true);
  });

  it('moves a due time a change puts outside the window to the next window', () => {
    const state = fresh(settings);
    const shorter = makeSettings({ schedule: schedule({ 1: '09:00-10:15', 2: '09:00-17:00' }) });
    const r = step(shorter, state, { type: 'settings-changed', previous: settings }, ACTIVE, T0, UTC);
    expect(r.state.walk.dueAt).toBe(Date.UTC(2024, 0, 2, 10, 0));
  });

  it('keeps a snoozed reminder due on Monday morning through a weekend reconcile', () => {
    const weekdays = makeSettings({
      schedule: schedule({ 1: '09:00-17:00', 2: '09:00-17:00', 3: '09:00-17:00', 4: '09:00-17:00', 5: '09:00-17:00' }),
    });
    const mondayMorning = Date.UTC(2024, 0, 8, 9, 5);
    const state = stateWith(weekdays, { posture: kind(mondayMorning), inWindow: false }, Date.UTC(2024, 0, 5, 16, 58));
    const saturday = Date.UTC(2024, 0, 6, 12, 0);
    const r = step(weekdays, state, { type: 'reconcile' }, ACTIVE, saturday, UTC);
    expect(r.state.posture.dueAt).toBe(mondayMorning);
  });
});

describe('step: the window opens during a walk', () => {
  // Monday 09:00–17:00 (T0 is Monday 10:00 UTC); a 30-minute walk started at 08:50 ends at 09:20.
  const mondays = makeSettings({ schedule: schedule({ 1: '09:00-17:00' }) });
  const startedAt = Date.UTC(2024, 0, 1, 8, 50);
  const walkEnd = startedAt + 30 * MIN;

  it('counts down from the walk’s end, not from the opening, so no alarm wakes the worker mid-walk', () => {
    const before = stateWith(mondays, { inWindow: false }, startedAt);
    const r = step(
      mondays,
      before,
      { type: 'wake' },
      walking(startWalk(startedAt, 30)),
      Date.UTC(2024, 0, 1, 9, 1),
      UTC,
    );
    expect(r.state.inWindow).toBe(true);
    expect(r.state.posture.dueAt).toBe(walkEnd + 30 * MIN);
    expect(r.state.walk.dueAt).toBe(walkEnd + HOUR);
    expect(shows(r.effects)).toEqual([]);
  });
});
