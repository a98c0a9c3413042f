import { step } from '@/lib/reminders/step';
import { ALARM } from '@/lib/reminders/types';
import { ACTIVE, MIN, T0, UTC, fresh, makeSettings, run, shows } from './helpers';

describe('step: alarms that carry their scheduled time', () => {
  const settings = makeSettings();

  it('shows nothing for an alarm re-armed from outside to fire early: the stored due time decides', () => {
    const now = T0 + 5 * MIN;
    const state = fresh(settings);
    const r = step(settings, state, { type: 'alarm', name: ALARM.posture, scheduledTime: now - 50 }, ACTIVE, now, UTC);
    expect(r.effects).toEqual([]);
    expect(r.state.posture.dueAt).toBe(state.posture.dueAt);
  });

  it('shows a due time once when start-up and the alarm that woke the worker both handle it', () => {
    // The alarm wakes the stopped worker: its start-up reconcile runs first and shows the reminder;
    // then the queued alarm event arrives, on time by its scheduledTime.
    const due = T0 + 30 * MIN;
    const { effects } = run(settings, fresh(settings), [
      [due + 40, { type: 'reconcile' }],
      [due + 60, { type: 'alarm', name: ALARM.posture, scheduledTime: due }],
    ]);
    expect(shows(effects)).toEqual([{ type: 'show', kind: 'posture', catchUp: false, at: due + 40 }]);
  });

  it('shows a due time once when the alarm event comes first and a reconcile follows', () => {
    const due = T0 + 30 * MIN;
    const { effects } = run(settings, fresh(settings), [
      [due + 10, { type: 'alarm', name: ALARM.posture, scheduledTime: due }],
      [due + 30, { type: 'reconcile' }],
      [due + 50, { type: 'alarm', name: ALARM.posture, scheduledTime: due }],
    ]);
    expect(shows(effects)).toEqual([{ type: 'show', kind: 'posture', catchUp: false, at: due + 10 }]);
  });

  it('shows only one reminder when two alarms queued during a sleep arrive after the catch-up', () => {
    // Asleep from T0 + 10 min to T0 + 5 h: both alarms were due long ago and arrive one after the other.
    const wake = T0 + 5 * 60 * MIN;
    const { effects } = run(settings, fresh(settings), [
      [wake, { type: 'alarm', name: ALARM.walk, scheduledTime: T0 + 60 * MIN }],
      [wake + 20, { type: 'alarm', name: ALARM.posture, scheduledTime: T0 + 30 * MIN }],
    ]);
    expect(shows(effects)).toEqual([{ type: 'show', kind: 'walk', catchUp: 'slept', at: wake }]);
  });

  it('ignores a late alarm for a kind that is no longer due (it was queued behind a reschedule)', () => {
    const state = fresh(settings, T0 + 5 * 60 * MIN);
    const r = step(
      settings,
      state,
      { type: 'alarm', name: ALARM.posture, scheduledTime: T0 },
      ACTIVE,
      T0 + 5 * 60 * MIN,
      UTC,
    );
    expect(r).toEqual({ state, effects: [] });
  });
});

describe('step: dismiss', () => {
  it('stops a shown reminder from waiting and records nothing', () => {
    const settings = makeSettings();
    const { state, effects } = run(settings, fresh(settings), [
      [T0 + 30 * MIN, { type: 'alarm', name: ALARM.posture }],
      [T0 + 31 * MIN, { type: 'dismiss', kind: 'posture' }],
    ]);
    expect(state.posture.outstanding).toBe(false);
    expect(effects.filter((e) => e.type === 'record-posture-check')).toEqual([]);
  });
});
