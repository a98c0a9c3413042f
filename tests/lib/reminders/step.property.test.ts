/**
 * Property-based tests of the reminder engine: random valid settings and random event sequences run
 * through a simulated browser (alarms that fire when armed, or late after a sleep; idle changes;
 * clock jumps; settings changes; snooze, pause, walks) and every step is checked against the
 * product's promises.
 */
import fc from 'fast-check';
import { startOfNextLocalDay } from '@/lib/time/local-time';
import { alarmChanges, desiredAlarms } from '@/lib/reminders/alarms';
import { isInWindow, scheduleCanOpen } from '@/lib/reminders/schedule-window';
import { initialReminderState, parseReminderState } from '@/lib/reminders/state';
import { step } from '@/lib/reminders/step';
import {
  ALARM,
  REMINDER_KINDS,
  type Environment,
  type IdleState,
  type ReminderEffect,
  type ReminderEvent,
  type ReminderKind,
  type ReminderState,
} from '@/lib/reminders/types';
import { LIMITS, type Settings } from '@/lib/settings/model';
import { HOUR, MIN } from './helpers';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'] as const;
const mostly = (p: boolean) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(p) }, { weight: 1, arbitrary: fc.constant(!p) });

const dayArb = fc
  .record({
    enabled: mostly(true),
    start: fc.oneof(
      fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
      fc.integer({ min: 0, max: 1439 }),
    ),
    end: fc.oneof(
      fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
      fc.integer({ min: 0, max: 1439 }),
    ),
  })
  .filter((d) => d.start !== d.end);

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  posture: fc.record({ enabled: mostly(true), intervalMin: fc.integer(LIMITS.postureIntervalMin) }),
  walk: fc.record({
    enabled: mostly(true),
    intervalMin: fc.integer(LIMITS.walkIntervalMin),
    lengthMin: fc.integer(LIMITS.walkLengthMin),
  }),
  snoozeMin: fc.integer(LIMITS.snoozeMin),
  idleThresholdMin: fc.integer(LIMITS.idleThresholdMin),
  schedule: fc.record({ enabled: fc.boolean(), days: fc.array(dayArb, { minLength: 7, maxLength: 7 }) }),
  notificationButtons: fc.boolean(),
});

/** Start times around the 2024 DST changes in Europe and North America, and anywhere in 2024–2026. */
const startArb = fc.oneof(
  fc.integer({ min: Date.UTC(2024, 2, 8), max: Date.UTC(2024, 2, 31, 12) }),
  fc.integer({ min: Date.UTC(2024, 9, 25), max: Date.UTC(2024, 10, 4) }),
  fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) }),
);

const kindArb = fc.constantFrom<ReminderKind>('posture', 'walk');

type Action =
  | { t: 'tick' }
  | { t: 'sleep'; ms: number; reconcile: boolean }
  | { t: 'clock-back'; ms: number; reconcile: boolean }
  | { t: 'idle'; state: IdleState; afterMs: number }
  | { t: 'fullscreen'; on: boolean }
  /** An alarm delivered although it is not (or no longer) armed: stale, duplicate or early. */
  | { t: 'stale-alarm'; name: (typeof ALARM)['posture' | 'walk' | 'pauseEnd'] }
  | { t: 'settings'; settings: Settings; afterMs: number }
  | { t: 'snooze' | 'acknowledge'; kind: ReminderKind; afterMs: number }
  | { t: 'pause'; choice: 0 | 1 | 2 | 3; afterMs: number }
  | { t: 'resume' | 'walk-end' | 'reconcile'; afterMs: number }
  | { t: 'walk-start'; lengthMin: number; afterMs: number };

const afterMs = fc.oneof(fc.integer({ min: 0, max: 5 * MIN }), fc.integer({ min: 0, max: 90 * MIN }));
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 10, arbitrary: fc.constant({ t: 'tick' as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('sleep' as const),
      ms: fc.oneof(fc.integer({ min: 1000, max: 10 * MIN }), fc.integer({ min: 10 * MIN, max: 3 * 24 * HOUR })),
      reconcile: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('clock-back' as const),
      ms: fc.integer({ min: 1000, max: 3 * HOUR }),
      reconcile: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant('idle' as const),
      state: fc.constantFrom<IdleState>('active', 'idle', 'locked'),
      afterMs,
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('fullscreen' as const), on: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('stale-alarm' as const),
      name: fc.constantFrom(ALARM.posture, ALARM.walk, ALARM.pauseEnd),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('settings' as const), settings: settingsArb, afterMs }) },
  {
    weight: 3,
    arbitrary: fc.record({ t: fc.constantFrom('snooze' as const, 'acknowledge' as const), kind: kindArb, afterMs }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('pause' as const),
      choice: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
      afterMs,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constantFrom('resume' as const, 'walk-end' as const, 'reconcile' as const), afterMs }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('walk-start' as const),
      lengthMin: fc.integer({ min: 1, max: 60 }),
      afterMs,
    }),
  },
);

const shown = (effects: ReminderEffect[]) =>
  effects.filter((e): e is Extract<ReminderEffect, { type: 'show' }> => e.type === 'show');

/** A simulated browser around the engine: a clock, armed alarms, idle and fullscreen state. */
class Browser {
  now: number;
  state: ReminderState;
  env: Environment = { idle: 'active', fullscreen: false };
  /** Armed alarms by name; the walk timer's end is armed like the real background does. */
  alarms = new Map<string, number>();
  log: string[] = [];

  constructor(
    public settings: Settings,
    start: number,
    public zone: string,
  ) {
    this.now = start;
    this.state = initialReminderState(settings, start, zone);
    this.syncAlarms();
  }

  syncAlarms(): void {
    const existing = [...this.alarms].map(([name, scheduledTime]) => ({ name, scheduledTime }));
    const { create, clear } = alarmChanges(desiredAlarms(this.settings, this.state), existing);
    for (const name of clear) this.alarms.delete(name);
    for (const { name, when } of create) this.alarms.set(name, when);
  }

  /** Runs one event through the engine at the current time and checks every invariant. Returns the shows. */
  dispatch(event: ReminderEvent): number {
    const before = this.state;
    const at = this.now;
    const { state, effects } = step(this.settings, before, event, this.env, at, this.zone);
    this.log.push(
      `${new Date(at).toISOString()} ${JSON.stringify(event)} ${JSON.stringify(this.env)} -> ${JSON.stringify(effects)}`,
    );
    checkStep(this.settings, this.zone, before, event, this.env, at, state, effects);
    this.state = state;
    this.syncAlarms();
    return shown(effects).length;
  }

  /** Fires one armed alarm (removing it, as one-shot alarms are) at the current time. */
  fire(name: string): number {
    this.alarms.delete(name);
    if (name === ALARM.walkTimerEnd) {
      // The background ends the walk; the engine ignores the walk-timer alarm itself.
      const before = this.state;
      expect(
        step(this.settings, before, { type: 'alarm', name: ALARM.walkTimerEnd }, this.env, this.now, this.zone),
      ).toEqual({
        state: before,
        effects: [],
      });
      return this.dispatch({ type: 'walk-ended' });
    }
    return this.dispatch({ type: 'alarm', name: name as (typeof ALARM)[keyof typeof ALARM] });
  }

  nextAlarm(): [string, number] | undefined {
    return [...this.alarms].sort((a, b) => a[1] - b[1])[0];
  }

  /** Lets time pass until `t`, firing every alarm on time on the way. */
  advanceTo(t: number): void {
    for (let i = 0; i < 1000; i++) {
      const next = this.nextAlarm();
      if (!next || next[1] > t) break;
      this.now = Math.max(this.now, next[1]);
      this.fire(next[0]);
    }
    this.now = Math.max(this.now, t);
  }

  /** The machine sleeps: on waking, every alarm that passed fires at once. Returns the shows. */
  sleep(ms: number, reconcile: boolean): number {
    this.now += ms;
    let count = reconcile ? this.dispatch({ type: 'reconcile' }) : 0;
    for (let i = 0; i < 10; i++) {
      const next = this.nextAlarm();
      if (!next || next[1] > this.now) break;
      count += this.fire(next[0]);
    }
    return count;
  }

  act(a: Action): void {
    switch (a.t) {
      case 'tick': {
        const next = this.nextAlarm();
        if (next) this.advanceTo(next[1]);
        else this.now += MIN;
        return;
      }
      case 'sleep': {
        const count = this.sleep(a.ms, a.reconcile);
        // However long the sleep and however many due times it swallowed: at most one reminder.
        expect(count, this.log.slice(-8).join('\n')).toBeLessThanOrEqual(1);
        return;
      }
      case 'clock-back':
        this.now -= a.ms;
        if (a.reconcile) this.dispatch({ type: 'reconcile' });
        return;
      case 'fullscreen':
        this.env = { ...this.env, fullscreen: a.on };
        return;
      case 'stale-alarm':
        this.dispatch({ type: 'alarm', name: a.name });
        return;
    }
    this.advanceTo(this.now + a.afterMs);
    switch (a.t) {
      case 'idle':
        this.env = { ...this.env, idle: a.state };
        this.dispatch({ type: 'idle-changed', state: a.state });
        return;
      case 'settings': {
        const previous = this.settings;
        this.settings = a.settings;
        this.dispatch({ type: 'settings-changed', previous });
        return;
      }
      case 'snooze':
      case 'acknowledge':
        this.dispatch({ type: a.t, kind: a.kind });
        return;
      case 'pause': {
        const until =
          [30 * MIN, HOUR, 2 * HOUR].map((d) => this.now + d)[a.choice] ?? startOfNextLocalDay(this.now, this.zone);
        this.dispatch({ type: 'pause', until });
        return;
      }
      case 'resume':
      case 'reconcile':
        this.dispatch({ type: a.t });
        return;
      case 'walk-start': {
        const endsAt = this.now + a.lengthMin * MIN;
        this.alarms.set(ALARM.walkTimerEnd, endsAt);
        this.dispatch({ type: 'walk-started', endsAt });
        return;
      }
      case 'walk-end':
        if (this.alarms.delete(ALARM.walkTimerEnd)) this.dispatch({ type: 'walk-ended' });
        return;
    }
  }
}

function checkStep(
  settings: Settings,
  zone: string,
  before: ReminderState,
  event: ReminderEvent,
  env: Environment,
  now: number,
  after: ReminderState,
  effects: ReminderEffect[],
): void {
  const shows = shown(effects);
  // Never two reminders of one kind in one step (in fact never two reminders at all).
  for (const kind of REMINDER_KINDS) expect(shows.filter((e) => e.kind === kind).length).toBeLessThanOrEqual(1);
  expect(shows.length).toBeLessThanOrEqual(1);

  if (shows.length) {
    const idle = event.type === 'idle-changed' ? event.state : env.idle;
    const kind = shows[0]!.kind;
    expect(settings[kind].enabled, 'shown kind is enabled').toBe(true);
    expect(after.pausedUntil, 'no reminder while paused').toBeNull();
    expect(
      before.pausedUntil === null || before.pausedUntil <= now + 1000 || event.type === 'resume',
      'no reminder while paused',
    ).toBe(true);
    expect(idle, 'no reminder while idle or locked').toBe('active');
    expect(env.fullscreen, 'no reminder over a fullscreen window').toBe(false);
    expect(isInWindow(settings, now, zone), 'no reminder outside the window').toBe(true);
    expect(after.walkUntil, 'no reminder during a walk').toBeNull();
    expect(
      before.walkUntil === null || before.walkUntil <= now || event.type === 'walk-ended',
      'no reminder during a walk',
    ).toBe(true);
    expect(after[kind].outstanding).toBe(true);
  }

  // Alarms: while paused only pause-end; otherwise exactly one per enabled kind (none for kinds off).
  const desired = desiredAlarms(settings, after);
  if (after.pausedUntil !== null) {
    expect([...desired.keys()]).toEqual([ALARM.pauseEnd]);
    expect(after.pausedUntil).toBeGreaterThan(now);
  } else {
    expect(desired.has(ALARM.pauseEnd)).toBe(false);
    for (const kind of REMINDER_KINDS) {
      expect(desired.has(ALARM[kind]), `${kind} alarm`).toBe(settings[kind].enabled && scheduleCanOpen(settings));
    }
  }
  for (const when of desired.values()) expect(when).toBeGreaterThanOrEqual(now);

  // Due times: never in the past; kinds that are off have nothing.
  for (const kind of REMINDER_KINDS) {
    const k = after[kind];
    if (settings[kind].enabled) {
      expect(k.dueAt === null, `${kind} has a due time`).toBe(!scheduleCanOpen(settings));
      if (k.dueAt !== null) expect(k.dueAt, `${kind} due time not in the past`).toBeGreaterThanOrEqual(now);
    } else {
      expect(k).toEqual({ dueAt: null, pending: false, outstanding: false });
    }
  }

  // Nothing is shown while the pause/walk is on, and a walk clears what is on screen.
  if (event.type === 'walk-started' && event.endsAt > now)
    expect(after.posture.outstanding || after.walk.outstanding).toBe(false);

  // The state survives storage.
  const reread = parseReminderState(JSON.parse(JSON.stringify(after)), settings, now, zone);
  expect(reread.problems).toEqual([]);
  expect(reread.state).toEqual(after);
}

describe('step (properties)', () => {
  it('keeps every promise through random days of alarms, sleeps, clock jumps, idle, settings, pauses and walks', () => {
    fc.assert(
      fc.property(
        settingsArb,
        startArb,
        fc.constantFrom(...ZONES),
        fc.array(actionArb, { maxLength: 25 }),
        (settings, start, zone, actions) => {
          const browser = new Browser(settings, start, zone);
          browser.dispatch({ type: 'reconcile' });
          for (const a of actions) browser.act(a);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('shows nothing during a pause or a walk, whatever happens meanwhile', () => {
    const soon = fc.integer({ min: 0, max: 5 * MIN });
    const duringHold: fc.Arbitrary<Action> = fc.oneof(
      fc.constant({ t: 'tick' as const }),
      fc.record({ t: fc.constantFrom('snooze' as const, 'acknowledge' as const), kind: kindArb, afterMs: soon }),
      fc.record({
        t: fc.constant('stale-alarm' as const),
        name: fc.constantFrom(ALARM.posture, ALARM.walk, ALARM.pauseEnd),
      }),
      fc.record({
        t: fc.constant('idle' as const),
        state: fc.constantFrom<IdleState>('active', 'idle', 'locked'),
        afterMs: soon,
      }),
      fc.record({ t: fc.constant('fullscreen' as const), on: fc.boolean() }),
      fc.record({ t: fc.constant('settings' as const), settings: settingsArb, afterMs: soon }),
      fc.record({
        t: fc.constantFrom('reconcile' as const, 'walk-start' as const),
        lengthMin: fc.integer({ min: 1, max: 60 }),
        afterMs: soon,
      }),
      fc.record({
        t: fc.constant('sleep' as const),
        ms: fc.integer({ min: 1000, max: 20 * MIN }),
        reconcile: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(
        // Short snoozes, so that snoozed reminders fall due while the pause or walk still runs.
        settingsArb.map((s) => ({ ...s, snoozeMin: 1 + (s.snoozeMin % 3) })),
        startArb,
        fc.constantFrom(...ZONES),
        fc.oneof(
          fc.record({
            t: fc.constant('pause' as const),
            choice: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
            afterMs: soon,
          }),
          fc.record({
            t: fc.constant('walk-start' as const),
            lengthMin: fc.integer({ min: 10, max: 60 }),
            afterMs: soon,
          }),
        ),
        fc.array(duringHold, { maxLength: 15 }),
        (settings, start, zone, hold, actions) => {
          const browser = new Browser(settings, start, zone);
          browser.act(hold);
          for (const a of actions) browser.act(a);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('shows exactly one catch-up reminder when an active user wakes the machine after sleeping through every due time', () => {
    const alwaysOn = settingsArb.map((s) => ({ ...s, schedule: { ...s.schedule, enabled: false } }));
    fc.assert(
      fc.property(
        alwaysOn.filter((s) => s.posture.enabled || s.walk.enabled),
        startArb,
        fc.constantFrom(...ZONES),
        fc.array(
          fc.constantFrom<Action>({ t: 'tick' }, { t: 'tick' }, { t: 'snooze', kind: 'posture', afterMs: 3 * MIN }),
          { maxLength: 6 },
        ),
        fc.integer({ min: 8 * HOUR + 3 * MIN, max: 3 * 24 * HOUR }),
        fc.boolean(),
        (settings, start, zone, before, sleepMs, reconcile) => {
          const browser = new Browser(settings, start, zone);
          for (const a of before) browser.act(a);
          const shows: ReminderEffect[] = [];
          const wake = browser.now + sleepMs;
          browser.now = wake;
          const events: ReminderEvent[] = [
            ...(reconcile ? [{ type: 'reconcile' } as const] : []),
            ...[...browser.alarms.keys()].map((name) => ({ type: 'alarm', name }) as ReminderEvent),
          ];
          for (const event of events) {
            const r = step(browser.settings, browser.state, event, browser.env, wake, zone);
            checkStep(browser.settings, zone, browser.state, event, browser.env, wake, r.state, r.effects);
            browser.state = r.state;
            shows.push(...shown(r.effects));
          }
          expect(shows).toHaveLength(1);
          expect(shows[0]).toMatchObject({
            type: 'show',
            catchUp: true,
            kind: settings.walk.enabled ? 'walk' : 'posture',
          });
          // Both intervals restart from the wake-up.
          for (const kind of REMINDER_KINDS) {
            if (settings[kind].enabled) expect(browser.state[kind].dueAt).toBe(wake + settings[kind].intervalMin * MIN);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
