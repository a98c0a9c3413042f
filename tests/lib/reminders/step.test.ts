import { desiredAlarms } from '@/lib/reminders/alarms';
import { step } from '@/lib/reminders/step';
import { ALARM, type ReminderEvent, type ReminderState } from '@/lib/reminders/types';
import { startOfNextLocalDay } from '@/lib/time/local-time';
import {
  ACTIVE,
  FULLSCREEN,
  HOUR,
  IDLE,
  LOCKED,
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
import { pauseWalk, startWalk } from '@/lib/walk/walk';

const postureAlarm: ReminderEvent = { type: 'alarm', name: ALARM.posture };
const walkAlarm: ReminderEvent = { type: 'alarm', name: ALARM.walk };
const kind = (dueAt: number | null, extra: Partial<ReminderState['posture']> = {}) => ({
  dueAt,
  pending: false,
  outstanding: false,
  ...extra,
});

describe('step: reminders on time', () => {
  const settings = makeSettings();

  it('shows the posture check when its alarm fires on time and restarts its interval', () => {
    const r = step(settings, fresh(settings), postureAlarm, ACTIVE, T0 + 30 * MIN, UTC);
    expect(r.effects).toEqual([{ type: 'show', kind: 'posture', catchUp: false }]);
    expect(r.state.posture).toEqual(kind(T0 + 60 * MIN, { outstanding: true }));
    expect(r.state.walk.dueAt).toBe(T0 + 60 * MIN);
  });

  it('accepts an alarm up to one second early', () => {
    const r = step(settings, fresh(settings), postureAlarm, ACTIVE, T0 + 30 * MIN - 1000, UTC);
    expect(shows(r.effects)).toHaveLength(1);
  });

  it('changes nothing when an alarm arrives before its due time (a stale alarm)', () => {
    const state = fresh(settings);
    const r = step(settings, state, postureAlarm, ACTIVE, T0 + 10 * MIN, UTC);
    expect(r).toEqual({ state, effects: [] });
  });

  it('treats any alarm as a wake-up: a kind long due is caught up whichever alarm woke it', () => {
    const state = stateWith(settings, { posture: kind(T0 - HOUR) });
    const r = step(settings, state, { type: 'alarm', name: ALARM.walkTimerTick }, ACTIVE, T0, UTC);
    expect(r.effects).toEqual([{ type: 'show', kind: 'posture', catchUp: 'slept' }]);
  });

  it('changes nothing for an alarm that fires before anything is due', () => {
    const state = fresh(settings);
    const r = step(settings, state, { type: 'alarm', name: ALARM.walkTimerTick }, ACTIVE, T0 + MIN, UTC);
    expect(r).toEqual({ state, effects: [] });
  });

  it('shows the walk and folds a posture check due at the same time into it, replacing a shown posture reminder', () => {
    const { state, effects } = run(settings, fresh(settings), [
      [T0 + 30 * MIN, postureAlarm],
      [T0 + 60 * MIN, walkAlarm],
      [T0 + 60 * MIN, postureAlarm],
    ]);
    expect(effects.map((e) => [e.type, 'kind' in e ? e.kind : null, (e.at - T0) / MIN])).toEqual([
      ['show', 'posture', 30],
      ['clear', 'posture', 60],
      ['show', 'walk', 60],
    ]);
    expect(state.posture).toEqual(kind(T0 + 90 * MIN));
    expect(state.walk).toEqual(kind(T0 + 120 * MIN, { outstanding: true }));
  });
});

describe('step: fold rule', () => {
  const settings = makeSettings();
  it.each([
    ['1 minute after', 1 * MIN, false],
    ['exactly 2 minutes after', 2 * MIN, false],
    ['2 minutes and 1 second after', 2 * MIN + 1000, true],
    ['30 minutes after', 30 * MIN, true],
  ])('posture due with the walk due %s: posture shown = %s', (_name, gap, shown) => {
    const now = T0 + 30 * MIN;
    const state = stateWith(settings, { posture: kind(now), walk: kind(now + gap) });
    const r = step(settings, state, postureAlarm, ACTIVE, now, UTC);
    expect(shows(r.effects).length).toBe(shown ? 1 : 0);
    expect(r.state.posture.dueAt).toBe(now + 30 * MIN);
    expect(r.state.walk.dueAt).toBe(now + gap);
  });

  it('shows posture when the walk is switched off, however close its old due time', () => {
    const off = makeSettings({ walk: { enabled: false } });
    const state = stateWith(off, { posture: kind(T0 + 30 * MIN) });
    expect(shows(step(off, state, postureAlarm, ACTIVE, T0 + 30 * MIN, UTC).effects)).toEqual([
      { type: 'show', kind: 'posture', catchUp: false },
    ]);
  });

  it.each([
    ['due 2 minutes after the walk: pushed to a fresh interval', 2 * MIN, 30 * MIN],
    ['due 5 minutes after the walk: kept', 5 * MIN, 5 * MIN],
  ])('when the walk shows, a posture check %s', (_name, gap, expected) => {
    const now = T0 + 60 * MIN;
    const state = stateWith(settings, { posture: kind(now + gap), walk: kind(now) });
    const r = step(settings, state, walkAlarm, ACTIVE, now, UTC);
    expect(shows(r.effects)).toEqual([{ type: 'show', kind: 'walk', catchUp: false }]);
    expect(r.state.posture.dueAt).toBe(now + expected);
  });
});

describe('step: holding reminders back', () => {
  const settings = makeSettings({ walk: { lengthMin: 10 } });
  const due = T0 + 30 * MIN;
  it.each([
    ['paused', ACTIVE, { pausedUntil: T0 + 2 * HOUR }, T0 + 2 * HOUR + 30 * MIN, false],
    ['the user is idle (fallback after one interval)', IDLE, {}, due + 30 * MIN, true],
    ['the screen is locked (fallback after one interval)', LOCKED, {}, due + 30 * MIN, true],
    ['the focused window is fullscreen (re-check in a minute)', FULLSCREEN, {}, due + MIN, true],
    ['a walk is running (after the walk)', walking(startWalk(due - 7 * MIN, 10)), {}, due + 33 * MIN, false],
    [
      'a walk is paused past its planned end (after the walk, if resumed now)',
      walking(pauseWalk(startWalk(due - 20 * MIN, 10), due - 15 * MIN)),
      {},
      due + 5 * MIN + 30 * MIN,
      false,
    ],
  ] as const)('shows nothing while %s', (_name, env, patch, nextDue, pending) => {
    const state = stateWith(settings, { ...patch, posture: kind(due) });
    const r = step(settings, state, postureAlarm, env, due, UTC);
    expect(shows(r.effects)).toEqual([]);
    expect(r.state.posture.dueAt).toBe(nextDue);
    expect(r.state.posture.pending).toBe(pending);
    expect(r.state.posture.outstanding).toBe(false);
  });

  it('shows a reminder held back by fullscreen at the first re-check after fullscreen ends', () => {
    const { state, effects } = run(settings, fresh(settings), [
      [T0 + 30 * MIN, postureAlarm, FULLSCREEN],
      [T0 + 31 * MIN, postureAlarm, FULLSCREEN],
      [T0 + 32 * MIN, postureAlarm, ACTIVE],
    ]);
    expect(effects).toEqual([{ type: 'show', kind: 'posture', catchUp: false, at: T0 + 32 * MIN }]);
    expect(state.posture).toEqual(kind(T0 + 62 * MIN, { outstanding: true }));
  });

  it('shows a pending reminder when the user comes back after a short absence', () => {
    const { state, effects } = run(settings, fresh(settings), [
      [T0 + 25 * MIN, { type: 'idle-changed', state: 'idle' }, IDLE],
      [T0 + 30 * MIN, postureAlarm, IDLE],
      [T0 + 33 * MIN, { type: 'idle-changed', state: 'active' }, ACTIVE],
    ]);
    expect(effects).toEqual([{ type: 'show', kind: 'posture', catchUp: false, at: T0 + 33 * MIN }]);
    expect(state.posture).toEqual(kind(T0 + 63 * MIN, { outstanding: true }));
    expect(state.away).toBeNull();
  });

  it('shows only the walk when both kinds were held back during a short absence', () => {
    const state = stateWith(settings, {
      posture: kind(T0 + 40 * MIN, { pending: true }),
      walk: kind(T0 + 80 * MIN, { pending: true }),
      away: { since: T0 + 15 * MIN, state: 'locked' },
    });
    const r = step(settings, state, { type: 'idle-changed', state: 'active' }, ACTIVE, T0 + 20 * MIN, UTC);
    expect(r.effects).toEqual([{ type: 'show', kind: 'walk', catchUp: false }]);
    expect(r.state.posture).toEqual(kind(T0 + 50 * MIN));
  });

  it('keeps a pending reminder pending when the user comes back into a fullscreen window', () => {
    const state = stateWith(settings, {
      posture: kind(T0 + 40 * MIN, { pending: true }),
      away: { since: T0, state: 'idle' },
    });
    const r = step(settings, state, { type: 'idle-changed', state: 'active' }, FULLSCREEN, T0 + 2 * MIN, UTC);
    expect(r.effects).toEqual([]);
    expect(r.state.posture).toEqual(kind(T0 + 3 * MIN, { pending: true }));
  });
});

describe('step: natural breaks', () => {
  it.each([
    ['away 4 min 59 s with a 5-minute walk: not a break, the pending reminder shows', 5, 5 * MIN - 1000, 1],
    ['away exactly the walk length: a natural break', 5, 5 * MIN, 0],
    ['away an hour: a natural break', 5, HOUR, 0],
    ['away 20 minutes with a 30-minute walk: not a break', 30, 20 * MIN, 1],
  ])('%s', (_name, lengthMin, awayMs, shown) => {
    const settings = makeSettings({ walk: { lengthMin } });
    const since = T0 + 29 * MIN;
    const { state, effects } = run(settings, fresh(settings), [
      [since, { type: 'idle-changed', state: 'idle' }, IDLE],
      [T0 + 30 * MIN, postureAlarm, IDLE],
      [since + awayMs, { type: 'idle-changed', state: 'active' }],
    ]);
    expect(shows(effects)).toHaveLength(shown);
    if (!shown) {
      expect(state.posture).toEqual(kind(since + awayMs + 30 * MIN));
      expect(state.walk).toEqual(kind(since + awayMs + 60 * MIN));
    }
  });

  it('clears reminders still on screen after a natural break', () => {
    const settings = makeSettings();
    const state = stateWith(settings, {
      walk: kind(T0 + HOUR, { outstanding: true }),
      away: { since: T0, state: 'locked' },
    });
    const r = step(settings, state, { type: 'idle-changed', state: 'active' }, ACTIVE, T0 + 20 * MIN, UTC);
    expect(r.effects).toEqual([{ type: 'clear', kind: 'walk' }]);
    expect(r.state.walk).toEqual(kind(T0 + 80 * MIN));
  });

  it('counts the absence from when the user first went idle, even if the screen locks later', () => {
    const settings = makeSettings();
    const { state } = run(settings, fresh(settings), [
      [T0 + MIN, { type: 'idle-changed', state: 'idle' }, IDLE],
      [T0 + 3 * MIN, { type: 'idle-changed', state: 'locked' }, LOCKED],
    ]);
    expect(state.away).toEqual({ since: T0 + MIN, state: 'locked' });
  });
});

describe('step: lateness (sleep, held worker)', () => {
  const settings = makeSettings();
  it.each([
    ['1 minute late: an ordinary reminder', 31 * MIN, [postureAlarm], 'posture', false],
    ['3 minutes late: a catch-up posture check', 33 * MIN, [postureAlarm], 'posture', 'slept'],
    ['past the walk too: one catch-up walk', 61 * MIN, [postureAlarm, walkAlarm], 'walk', 'slept'],
    ['after 5 hours asleep: one catch-up walk', 5 * HOUR, [postureAlarm, walkAlarm], 'walk', 'slept'],
    ['walk alarm first: still one catch-up walk', 5 * HOUR, [walkAlarm, postureAlarm], 'walk', 'slept'],
    [
      'after 3 days asleep: one catch-up walk',
      72 * HOUR,
      [postureAlarm, walkAlarm, { type: 'reconcile' }],
      'walk',
      'slept',
    ],
    [
      'a worker start while the browser kept running (asleep, then woken by the alarm)',
      5 * HOUR,
      [{ type: 'reconcile' }, walkAlarm],
      'walk',
      'slept',
    ],
    [
      'the first decision after the browser started again: it was closed',
      5 * HOUR,
      [{ type: 'reconcile', browserStarted: true }, postureAlarm, walkAlarm],
      'walk',
      'closed',
    ],
  ] as const)('%s', (_name, wakeAfter, events, expectedKind, catchUp) => {
    const wake = T0 + wakeAfter;
    const { state, effects } = run(
      settings,
      fresh(settings),
      events.map((e) => [wake, e] as [number, ReminderEvent]),
    );
    expect(shows(effects)).toEqual([{ type: 'show', kind: expectedKind, catchUp, at: wake }]);
    if (catchUp) {
      expect(state.posture.dueAt).toBe(wake + 30 * MIN);
      expect(state.walk.dueAt).toBe(wake + 60 * MIN);
    }
  });

  it('shows one catch-up reminder after a sleep through several due times, then carries on normally', () => {
    const wake = T0 + 4 * HOUR + 7 * MIN;
    const { effects } = run(settings, fresh(settings), [
      [wake, { type: 'reconcile' }],
      [wake, postureAlarm],
      [wake, walkAlarm],
      [wake + 30 * MIN, postureAlarm],
      [wake + 60 * MIN, walkAlarm],
    ]);
    expect(
      effects
        .filter((e) => e.type === 'show')
        .map((e) => [e.kind, (e.at - wake) / MIN, e.type === 'show' && e.catchUp]),
    ).toEqual([
      ['walk', 0, 'slept'],
      ['posture', 30, false],
      ['walk', 60, false],
    ]);
  });

  it('holds a late reminder back when the machine wakes while the user is away', () => {
    const r = step(settings, fresh(settings), postureAlarm, LOCKED, T0 + 3 * HOUR, UTC);
    expect(r.effects).toEqual([]);
    expect(r.state.posture.pending).toBe(true);
    expect(r.state.walk.pending).toBe(true);
  });
});

describe('step: snooze and acknowledge', () => {
  const settings = makeSettings({ snoozeMin: 10 });
  const shown = stateWith(settings, { posture: kind(T0 + 30 * MIN, { outstanding: true }) });

  it('snoozes a reminder: it comes back after the snooze time, and the snooze is counted', () => {
    const r = step(settings, shown, { type: 'snooze', kind: 'posture' }, ACTIVE, T0 + MIN, UTC);
    expect(r.effects).toEqual([{ type: 'clear', kind: 'posture' }, { type: 'record-snooze' }]);
    expect(r.state.posture).toEqual(kind(T0 + 11 * MIN));
  });

  it('records a posture check once when acknowledged, however often it is clicked', () => {
    const { state, effects } = run(settings, shown, [
      [T0 + MIN, { type: 'acknowledge', kind: 'posture' }],
      [T0 + MIN, { type: 'acknowledge', kind: 'posture' }],
    ]);
    expect(effects.map((e) => e.type)).toEqual(['clear', 'record-posture-check', 'clear']);
    expect(state.posture).toEqual(kind(T0 + 30 * MIN));
  });

  it('clears an acknowledged walk reminder without recording anything', () => {
    const state = stateWith(settings, { walk: kind(T0 + HOUR, { outstanding: true }) });
    const r = step(settings, state, { type: 'acknowledge', kind: 'walk' }, ACTIVE, T0, UTC);
    expect(r.effects).toEqual([{ type: 'clear', kind: 'walk' }]);
    expect(r.state.walk.outstanding).toBe(false);
  });
});

describe('step: pause and resume', () => {
  const settings = makeSettings();
  const pauseAt = T0 + 5 * MIN;
  const until = T0 + 2 * HOUR;

  it('pauses until a time: clears shown reminders and arms only the pause-end alarm', () => {
    const state = stateWith(settings, { posture: kind(T0 + 30 * MIN, { outstanding: true }) });
    const r = step(settings, state, { type: 'pause', until }, ACTIVE, pauseAt, UTC);
    expect(r.effects).toEqual([{ type: 'clear', kind: 'posture' }]);
    expect(r.state.pausedUntil).toBe(until);
    expect([...desiredAlarms(settings, r.state, null, pauseAt)]).toEqual([[ALARM.pauseEnd, { when: until }]]);
  });

  it.each([
    ['the pause-end alarm at the end of the pause', until, { type: 'alarm', name: ALARM.pauseEnd }, null, until],
    ['a late pause-end alarm', until + HOUR, { type: 'alarm', name: ALARM.pauseEnd }, null, until + HOUR],
    ['resume before the end', T0 + HOUR, { type: 'resume' }, null, T0 + HOUR],
    ['a stale pause-end alarm before the end', T0 + HOUR, { type: 'alarm', name: ALARM.pauseEnd }, until, until],
    ['any event after the end (the alarm was lost)', until + 5 * MIN, { type: 'reconcile' }, null, until + 5 * MIN],
  ] as const)('%s', (_name, at, event, pausedUntil, restartFrom) => {
    const { state, effects } = run(settings, fresh(settings), [
      [pauseAt, { type: 'pause', until }],
      [T0 + 30 * MIN, postureAlarm],
      [at, event as ReminderEvent],
    ]);
    expect(shows(effects)).toEqual([]);
    expect(state.pausedUntil).toBe(pausedUntil);
    expect(state.posture.dueAt).toBe(restartFrom + 30 * MIN);
    expect(state.walk.dueAt).toBe(restartFrom + 60 * MIN);
  });

  it('ignores a pause that would already be over', () => {
    const state = fresh(settings);
    expect(step(settings, state, { type: 'pause', until: T0 }, ACTIVE, T0, UTC).state).toEqual(state);
  });

  it('pauses "until tomorrow" across a DST night in Berlin, then counts down from local midnight', () => {
    const zone = 'Europe/Berlin';
    const evening = Date.UTC(2024, 2, 30, 20, 0); // Saturday 21:00 CET
    const midnight = startOfNextLocalDay(evening, zone);
    expect(midnight).toBe(Date.UTC(2024, 2, 30, 23, 0));
    let state = fresh(settings, evening, zone);
    state = step(settings, state, { type: 'pause', until: midnight }, ACTIVE, evening, zone).state;
    state = step(settings, state, { type: 'alarm', name: ALARM.pauseEnd }, ACTIVE, midnight, zone).state;
    expect(state.posture.dueAt).toBe(midnight + 30 * MIN);
  });
});

describe('step: walks', () => {
  const settings = makeSettings();
  const start = T0 + HOUR;
  const ends = start + 5 * MIN;
  const walk = startWalk(start, 5);

  it('holds both reminders back during a walk and restarts both when it ends', () => {
    const shown = stateWith(settings, { posture: kind(start + MIN), walk: kind(start + HOUR, { outstanding: true }) });
    const { state, effects } = run(settings, shown, [
      [start, { type: 'walk-started' }, walking(walk)],
      [start + MIN, postureAlarm, walking(walk)],
      [ends, { type: 'walk-ended' }],
    ]);
    expect(effects).toEqual([{ type: 'clear', kind: 'walk', at: start }]);
    expect(state.posture.dueAt).toBe(ends + 30 * MIN);
    expect(state.walk.dueAt).toBe(ends + 60 * MIN);
  });

  it('sets the next due times after the walk when it starts', () => {
    const r = step(settings, fresh(settings), { type: 'walk-started' }, walking(walk), start, UTC);
    expect(r.state.walk.dueAt).toBe(ends + 60 * MIN);
    expect(r.state.posture.dueAt).toBe(ends + 30 * MIN);
  });

  it.each([
    ['finished early', ends - 2 * MIN],
    ['cancelled', start + 30_000],
    ['ended on time', ends],
  ])('restarts both intervals from the moment a walk is %s', (_name, at) => {
    const r = step(settings, fresh(settings), { type: 'walk-ended' }, ACTIVE, at, UTC);
    expect(r.state.posture.dueAt).toBe(at + 30 * MIN);
    expect(r.state.walk.dueAt).toBe(at + 60 * MIN);
    expect(r.effects).toEqual([]);
  });

  it('holds reminders for as long as a walk is paused, past its planned end', () => {
    const paused = pauseWalk(walk, start + 2 * MIN);
    let state = step(settings, fresh(settings), { type: 'walk-started' }, walking(walk), start, UTC).state;
    state = step(settings, state, { type: 'walk-paused' }, walking(paused), start + 2 * MIN, UTC).state;
    // Long after the walk would have ended, both kinds come due: nothing is shown while it is paused.
    const { state: later, effects } = run(settings, state, [
      [ends + 30 * MIN, postureAlarm, walking(paused)],
      [ends + 60 * MIN, { type: 'alarm', name: ALARM.walk }, walking(paused)],
    ]);
    expect(shows(effects)).toEqual([]);
    // Their next due times count from when the walk could end if resumed now (3 min left).
    expect(later.walk.dueAt).toBe(ends + 60 * MIN + 3 * MIN + 60 * MIN);
  });
});

describe('step: settings changes', () => {
  const before = makeSettings();
  it.each([
    [
      'posture switched off: no due time, its reminder cleared',
      makeSettings({ posture: { enabled: false } }),
      'posture',
      null,
      true,
    ],
    [
      'posture shortened 30 → 10 min: due within 10 minutes',
      makeSettings({ posture: { intervalMin: 10 } }),
      'posture',
      T0 + 15 * MIN,
      false,
    ],
    [
      'posture lengthened 30 → 60 min: due 60 minutes after the last one',
      makeSettings({ posture: { intervalMin: 60 } }),
      'posture',
      T0 + 60 * MIN,
      false,
    ],
    ['walk lengthened 60 → 90 min', makeSettings({ walk: { intervalMin: 90 } }), 'walk', T0 + 90 * MIN, false],
    ['walk shortened 60 → 15 min', makeSettings({ walk: { intervalMin: 15 } }), 'walk', T0 + 20 * MIN, false],
    ['snooze length changed: nothing moves', makeSettings({ snoozeMin: 30 }), 'posture', T0 + 30 * MIN, false],
  ] as const)('%s', (_name, after, k, expected, cleared) => {
    // The last reminders were at T0; the change happens at T0 + 5 min; posture is on screen.
    const state = stateWith(before, { posture: kind(T0 + 30 * MIN, { outstanding: true }) });
    const r = step(after, state, { type: 'settings-changed', previous: before }, ACTIVE, T0 + 5 * MIN, UTC);
    expect(r.state[k].dueAt).toBe(expected);
    expect(r.effects).toEqual(cleared ? [{ type: 'clear', kind: 'posture' }] : []);
  });

  it('keeps the earlier due time when the interval is shortened but the reminder is already closer', () => {
    const after = makeSettings({ posture: { intervalMin: 10 } });
    const r = step(after, fresh(before), { type: 'settings-changed', previous: before }, ACTIVE, T0 + 25 * MIN, UTC);
    expect(r.state.posture.dueAt).toBe(T0 + 30 * MIN);
  });

  it('starts a kind switched on from now', () => {
    const off = makeSettings({ walk: { enabled: false } });
    const r = step(before, fresh(off), { type: 'settings-changed', previous: off }, ACTIVE, T0 + 7 * MIN, UTC);
    expect(r.state.walk).toEqual(kind(T0 + 67 * MIN));
  });

  it.each([
    [
      'a schedule that closes now: due at the next window start plus the interval',
      schedule({ 2: '09:00-17:00' }),
      Date.UTC(2024, 0, 2, 9, 30),
    ],
    ['a schedule that is open now: the running countdown goes on', schedule({ 1: '09:00-17:00' }), T0 + 30 * MIN],
  ])('re-evaluates the window for %s', (_name, sched, expected) => {
    const after = makeSettings({ schedule: sched });
    const r = step(after, fresh(before), { type: 'settings-changed', previous: before }, ACTIVE, T0 + 5 * MIN, UTC);
    expect(r.state.posture.dueAt).toBe(expected);
  });

  it('counts down from now when a schedule change opens the window', () => {
    const closed = makeSettings({ schedule: schedule({ 2: '09:00-17:00' }) });
    const open = makeSettings({ schedule: schedule({ 1: '09:00-17:00' }) });
    const r = step(open, fresh(closed), { type: 'settings-changed', previous: closed }, ACTIVE, T0 + 5 * MIN, UTC);
    expect(r.state.posture.dueAt).toBe(T0 + 35 * MIN);
    expect(r.state.inWindow).toBe(true);
  });

  it('brings a reminder forward when the window is widened to include a nearer time', () => {
    const narrow = makeSettings({ schedule: schedule({ 1: '09:00-10:20', 2: '09:00-10:20' }) });
    const wide = makeSettings({ schedule: schedule({ 1: '09:00-17:00', 2: '09:00-17:00' }) });
    const state = fresh(narrow);
    expect(state.posture.dueAt).toBe(Date.UTC(2024, 0, 2, 9, 30));
    const r = step(wide, state, { type: 'settings-changed', previous: narrow }, ACTIVE, T0 + 5 * MIN, UTC);
    expect(r.state.posture.dueAt).toBe(T0 + 35 * MIN);
  });
});

describe('step: reconcile', () => {
  const settings = makeSettings();
  it('keeps running countdowns', () => {
    const state = fresh(settings);
    const r = step(settings, state, { type: 'reconcile' }, ACTIVE, T0 + 10 * MIN, UTC);
    expect(r).toEqual({ state, effects: [] });
  });

  it.each([
    ['a kind with no due time gets one', { posture: kind(null) }, 'posture', T0 + 30 * MIN],
    [
      'a due time absurdly far ahead (clock moved back) is pulled in',
      { posture: kind(T0 + 5 * HOUR) },
      'posture',
      T0 + 30 * MIN,
    ],
    ['a snoozed due time beyond the interval is kept', { posture: kind(T0 + 100 * MIN) }, 'posture', T0 + 100 * MIN],
    [
      'a due time after a running walk is kept',
      { walkUntil: T0 + 10 * MIN, walk: kind(T0 + 70 * MIN) },
      'walk',
      T0 + 70 * MIN,
    ],
  ] as const)('%s', (_name, patch, k, expected) => {
    const s = makeSettings({ snoozeMin: 120 });
    const r = step(s, stateWith(s, patch as Partial<ReminderState>), { type: 'reconcile' }, ACTIVE, T0, UTC);
    expect(r.state[k].dueAt).toBe(expected);
  });

  it('handles a due time in the past as a late alarm: one catch-up', () => {
    const state = stateWith(settings, { posture: kind(T0 - 40 * MIN), walk: kind(T0 - 10 * MIN) });
    const r = step(settings, state, { type: 'reconcile' }, ACTIVE, T0, UTC);
    expect(r.effects).toEqual([{ type: 'show', kind: 'walk', catchUp: 'slept' }]);
  });

  it('ends an expired pause', () => {
    const state = stateWith(settings, { pausedUntil: T0 - MIN });
    const r = step(settings, state, { type: 'reconcile' }, ACTIVE, T0, UTC);
    expect(r.state.pausedUntil).toBeNull();
    expect(r.state.posture.dueAt).toBe(T0 + 30 * MIN);
  });

  it('clears a reminder of a kind that was switched off while the worker was stopped', () => {
    const off = makeSettings({ posture: { enabled: false } });
    const state = stateWith(settings, { posture: kind(T0 + MIN, { outstanding: true }) });
    const r = step(off, state, { type: 'reconcile' }, ACTIVE, T0, UTC);
    expect(r.effects).toEqual([{ type: 'clear', kind: 'posture' }]);
    expect(r.state.posture).toEqual(kind(null));
  });
});

describe('step: schedule windows', () => {
  const utc = (d: number, h: number, m = 0) => Date.UTC(2024, 0, d, h, m); // 1 January 2024 is a Monday

  it.each([
    // [name, schedule, time of the state, expected first posture due]
    ['outside: the next window start plus the interval', { 1: '11:00-17:00' }, utc(1, 10), utc(1, 11, 30)],
    ['inside: from now', { 1: '09:00-17:00' }, utc(1, 10), utc(1, 10, 30)],
    [
      'a due time after the window closes moves to the next window',
      { 1: '09:00-10:20', 2: '08:00-12:00' },
      utc(1, 10),
      utc(2, 8, 30),
    ],
    [
      'Friday evening with weekdays only: Monday morning',
      { 1: '09:00-17:00', 5: '09:00-17:00' },
      utc(5, 18),
      utc(8, 9, 30),
    ],
    ['a window crossing midnight, before it opens', { 5: '22:00-02:00' }, utc(5, 21), utc(5, 22, 30)],
    ['a window crossing midnight, after midnight', { 5: '22:00-02:00' }, utc(6, 1), utc(6, 1, 30)],
    ['a window crossing midnight, after it closed', { 5: '22:00-02:00' }, utc(6, 3), utc(12, 22, 30)],
    ['Saturday night into Sunday (week boundary)', { 6: '22:00-06:00' }, utc(7, 5), utc(7, 5, 30)],
  ])('%s', (_name, days, now, expected) => {
    const settings = makeSettings({ schedule: schedule(days) });
    expect(fresh(settings, now).posture.dueAt).toBe(expected);
  });

  it('restarts the intervals from the window start when its first alarm fires', () => {
    const settings = makeSettings({ schedule: schedule({ 1: '09:00-17:00', 2: '09:00-17:00' }) });
    const evening = utc(1, 18);
    const { state, effects } = run(settings, fresh(settings, evening), [[utc(2, 9, 30), postureAlarm]]);
    expect(effects).toEqual([{ type: 'show', kind: 'posture', catchUp: false, at: utc(2, 9, 30) }]);
    expect(state.walk.dueAt).toBe(utc(2, 10));
    expect(state.inWindow).toBe(true);
  });

  it('restarts from the window start even if the due times were set for other times', () => {
    const settings = makeSettings({ schedule: schedule({ 2: '09:00-17:00' }) });
    const state = stateWith(settings, { inWindow: false, posture: kind(utc(2, 9, 10)), walk: kind(utc(2, 9, 20)) });
    const r = step(settings, state, postureAlarm, ACTIVE, utc(2, 9, 10), UTC);
    expect(r.effects).toEqual([]);
    expect(r.state.posture.dueAt).toBe(utc(2, 9, 30));
    expect(r.state.walk.dueAt).toBe(utc(2, 10));
  });

  it('shows nothing after the window closed and waits for the next one', () => {
    const settings = makeSettings({ schedule: schedule({ 1: '09:00-17:00', 2: '09:00-17:00' }) });
    const state = stateWith(settings, { posture: kind(utc(1, 17, 5)), inWindow: true });
    const r = step(settings, state, postureAlarm, ACTIVE, utc(1, 17, 5), UTC);
    expect(r.effects).toEqual([]);
    expect(r.state.posture.dueAt).toBe(utc(2, 9, 30));
    expect(r.state.inWindow).toBe(false);
  });

  it.each([
    [
      'Berlin, spring forward: Sunday 09:00 is 07:00 UTC',
      'Europe/Berlin',
      Date.UTC(2024, 2, 30, 17),
      Date.UTC(2024, 2, 31, 7, 30),
    ],
    [
      'Berlin, fall back: Sunday 09:00 is 08:00 UTC',
      'Europe/Berlin',
      Date.UTC(2024, 9, 26, 16),
      Date.UTC(2024, 9, 27, 8, 30),
    ],
    [
      'New York, spring forward: Sunday 09:00 is 13:00 UTC',
      'America/New_York',
      Date.UTC(2024, 2, 9, 23),
      Date.UTC(2024, 2, 10, 13, 30),
    ],
    [
      'New York, fall back: Sunday 09:00 is 14:00 UTC',
      'America/New_York',
      Date.UTC(2024, 10, 2, 22),
      Date.UTC(2024, 10, 3, 14, 30),
    ],
    ['Kolkata: 09:00 is 03:30 UTC', 'Asia/Kolkata', Date.UTC(2024, 5, 15, 13), Date.UTC(2024, 5, 16, 4, 0)],
  ])('uses local times across DST: %s', (_name, zone, evening, expected) => {
    const settings = makeSettings({
      schedule: { enabled: true, days: Array.from({ length: 7 }, () => ({ enabled: true, start: 540, end: 1020 })) },
    });
    const state = fresh(settings, evening, zone);
    expect(state.inWindow).toBe(false);
    expect(state.posture.dueAt).toBe(expected);
  });

  it('never shows anything with a schedule that has no enabled day, and arms no reminder alarm', () => {
    const settings = makeSettings({ schedule: schedule({}) });
    const state = fresh(settings);
    expect(state.posture.dueAt).toBeNull();
    const r = step(settings, state, { type: 'reconcile' }, ACTIVE, T0 + 5 * HOUR, UTC);
    expect(r.effects).toEqual([]);
    expect(desiredAlarms(settings, r.state, null, T0 + 5 * HOUR).size).toBe(0);
  });
});

describe('step: travel across time zones (schedule Mon–Fri 09:00–17:30)', () => {
  const settings = makeSettings({
    schedule: schedule({ 1: '09:00-17:30', 2: '09:00-17:30', 3: '09:00-17:30', 4: '09:00-17:30', 5: '09:00-17:30' }),
  });
  const reopen = (state: ReminderState, at: number, zone: string) =>
    step(settings, state, { type: 'reconcile' }, ACTIVE, at, zone).state;

  it('west: closed in Tokyo at 22:35, reopened in New York at 08:35 the same day: posture at 09:30 there', () => {
    const tuesday2235Tokyo = Date.UTC(2024, 0, 9, 13, 35); // = Tuesday 08:35 in New York
    const tokyo = fresh(settings, tuesday2235Tokyo, 'Asia/Tokyo');
    expect(tokyo.posture.dueAt).toBe(Date.UTC(2024, 0, 10, 0, 30)); // Wednesday 09:30 Tokyo
    const state = reopen(tokyo, tuesday2235Tokyo, 'America/New_York');
    expect(state.posture.dueAt).toBe(Date.UTC(2024, 0, 9, 14, 30)); // Tuesday 09:30 New York
    expect(state.walk.dueAt).toBe(Date.UTC(2024, 0, 9, 15, 0));
    expect(state.zone).toBe('America/New_York');
  });

  it('east: closed in New York on Tuesday evening, reopened in Berlin on Wednesday at 08:00: posture at 09:30 there', () => {
    const newYork = fresh(settings, Date.UTC(2024, 0, 9, 23, 0), 'America/New_York');
    const state = reopen(newYork, Date.UTC(2024, 0, 10, 7, 0), 'Europe/Berlin');
    expect(state.posture.dueAt).toBe(Date.UTC(2024, 0, 10, 8, 30));
  });

  it('notices a zone change at the next event, not only at start-up', () => {
    const tuesday2235Tokyo = Date.UTC(2024, 0, 9, 13, 35);
    const tokyo = fresh(settings, tuesday2235Tokyo, 'Asia/Tokyo');
    const { state } = run(
      settings,
      tokyo,
      [[tuesday2235Tokyo + MIN, { type: 'idle-changed', state: 'active' }]],
      'America/New_York',
    );
    expect(state.posture.dueAt).toBe(Date.UTC(2024, 0, 9, 14, 30));
  });

  it('a zone change during a walk holds reminders, then counts down inside the new zone’s window', () => {
    const start = Date.UTC(2024, 0, 9, 10, 0); // Tuesday 11:00 Berlin, 10:00 London
    const walk = startWalk(start, 10);
    let state = fresh(settings, start - HOUR, 'Europe/Berlin');
    state = step(settings, state, { type: 'walk-started' }, walking(walk), start, 'Europe/Berlin').state;
    const during = step(settings, state, { type: 'reconcile' }, walking(walk), start + 5 * MIN, 'Europe/London');
    expect(shows(during.effects)).toEqual([]);
    const after = step(settings, during.state, { type: 'walk-ended' }, ACTIVE, start + 10 * MIN, 'Europe/London');
    expect(after.state.posture.dueAt).toBe(start + 40 * MIN);
  });

  it('across a DST change nothing moves that was computed in the same zone', () => {
    const friday = Date.UTC(2024, 2, 29, 15, 0); // Friday 16:00 CET, before the spring-forward weekend
    const berlin = fresh(settings, friday, 'Europe/Berlin');
    const monday = Date.UTC(2024, 3, 1, 6, 0); // Monday 08:00 CEST
    const state = reopen(berlin, monday, 'Europe/Berlin');
    expect(state.posture.dueAt).toBe(Date.UTC(2024, 3, 1, 7, 30)); // Monday 09:30 CEST
  });
});

describe('step: snooze choices and skipping', () => {
  const settings = makeSettings();
  const shownAt = T0 + 30 * MIN;
  const shown = () => run(settings, fresh(settings), [[shownAt, { type: 'alarm', name: ALARM.posture }]]).state;

  it.each([5, 10, 30])('snoozes for %i minutes when the popup asks, and records one snooze', (minutes) => {
    const r = step(settings, shown(), { type: 'snooze', kind: 'posture', minutes }, ACTIVE, shownAt + MIN, UTC);
    expect(r.state.posture.dueAt).toBe(shownAt + MIN + minutes * MIN);
    expect(r.effects).toEqual([{ type: 'clear', kind: 'posture' }, { type: 'record-snooze' }]);
  });

  it('records nothing for a snooze of a reminder that no longer waits', () => {
    const state = step(settings, shown(), { type: 'snooze', kind: 'posture' }, ACTIVE, shownAt + MIN, UTC).state;
    const again = step(settings, state, { type: 'snooze', kind: 'posture' }, ACTIVE, shownAt + 2 * MIN, UTC);
    expect(again.effects.filter((e) => e.type === 'record-snooze')).toEqual([]);
  });

  it('skips a reminder: it goes, a whole interval counts from now, one skip is recorded', () => {
    const r = step(settings, shown(), { type: 'skip', kind: 'posture' }, ACTIVE, shownAt + MIN, UTC);
    expect(r.state.posture).toEqual(kind(shownAt + MIN + 30 * MIN));
    expect(r.effects).toEqual([{ type: 'clear', kind: 'posture' }, { type: 'record-skip' }]);
    expect(shows(r.effects)).toEqual([]);
  });
});
