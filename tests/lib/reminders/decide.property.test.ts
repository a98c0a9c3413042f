/**
 * Property-based tests of the background's pipeline (decide: walk life cycle → reminder engine →
 * alarm plan → badge): random valid settings and random event sequences run through a simulated
 * browser — alarms that fire with their scheduledTime, late after a sleep, twice, or after someone
 * moved them; a worker that stops and reconciles before the event that wakes it; clock jumps; travel
 * across time zones; idle changes; settings changes; snooze, pause, walks paused past their end —
 * and every decision is checked against the product's promises, both ways: nothing is shown when it
 * must not be, and what is due is shown, once.
 */
import fc from 'fast-check';
import { latestLegitimateDue, restartDue } from '@/lib/reminders/due';
import { decide, type BackgroundEvent, type Decision } from '@/lib/reminders/decide';
import { PAUSE_CHOICES, pauseUntil } from '@/lib/reminders/pause';
import { isInWindow, scheduleCanOpen, windowOn } from '@/lib/reminders/schedule-window';
import { addLocalDays, localParts } from '@/lib/time/local-time';
import { initialReminderState, parseReminderState } from '@/lib/reminders/state';
import {
  ALARM,
  REMINDER_KINDS,
  type AlarmName,
  type Environment,
  type IdleState,
  type ReminderEffect,
  type ReminderKind,
  type ReminderState,
} from '@/lib/reminders/types';
import { DEFAULT_SETTINGS, LIMITS, SETTINGS_VERSION, VOLUME, type Settings } from '@/lib/settings/model';
import { walkHoldsUntil, type Walk } from '@/lib/walk/walk';
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
  version: fc.constant(SETTINGS_VERSION),
  keepOnScreen: fc.boolean(),
  sound: fc.record({ walkEnd: fc.boolean(), reminders: fc.boolean(), volume: fc.integer(VOLUME) }),
});

/** Start times around the 2024 DST changes in Europe and North America, and anywhere in 2024–2026. */
const startArb = fc.oneof(
  fc.integer({ min: Date.UTC(2024, 2, 8), max: Date.UTC(2024, 2, 31, 12) }),
  fc.integer({ min: Date.UTC(2024, 9, 25), max: Date.UTC(2024, 10, 4) }),
  fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) }),
);

const kindArb = fc.constantFrom<ReminderKind>('posture', 'walk');
const ALARM_NAMES = [ALARM.posture, ALARM.walk, ALARM.pauseEnd, ALARM.walkTimerEnd, ALARM.walkTimerTick] as const;

type Action =
  | { t: 'tick' }
  | { t: 'sleep'; ms: number; reconcile: boolean }
  | { t: 'clock-back'; ms: number; reconcile: boolean }
  /** The worker is stopped: the next event starts it, and its start-up reconcile runs first. */
  | { t: 'worker-stop' }
  /** The user travels (or the system zone changes); the browser may restart. */
  | { t: 'travel'; zone: string; afterMs: number; restart: boolean }
  | { t: 'idle'; state: IdleState; afterMs: number }
  | { t: 'fullscreen'; on: boolean }
  /** Someone else touches an alarm: clears it, moves it, or the browser delivers an event twice. */
  | { t: 'tamper'; name: (typeof ALARM_NAMES)[number]; how: 'clear' | 'early' | 'late' | 'duplicate' }
  | { t: 'settings'; settings: Settings; afterMs: number }
  | { t: 'snooze' | 'acknowledge' | 'dismiss'; kind: ReminderKind; afterMs: number }
  | { t: 'pause'; choice: 0 | 1 | 2 | 3; afterMs: number }
  | { t: 'resume' | 'reconcile'; afterMs: number }
  | { t: 'walk-start'; lengthMin: number; afterMs: number }
  | { t: 'walk-pause' | 'walk-resume' | 'walk-finish' | 'walk-cancel'; afterMs: number };

const afterMs = fc.oneof(fc.integer({ min: 0, max: 5 * MIN }), fc.integer({ min: 0, max: 90 * MIN }));
const zoneArb = fc.constantFrom(...ZONES, 'Asia/Tokyo', 'America/Los_Angeles');
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
  { weight: 3, arbitrary: fc.constant({ t: 'worker-stop' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('travel' as const), zone: zoneArb, afterMs, restart: fc.boolean() }),
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
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('tamper' as const),
      name: fc.constantFrom(...ALARM_NAMES),
      how: fc.constantFrom('clear' as const, 'early' as const, 'late' as const, 'duplicate' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('settings' as const), settings: settingsArb, afterMs }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constantFrom('snooze' as const, 'acknowledge' as const, 'dismiss' as const),
      kind: kindArb,
      afterMs,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('pause' as const),
      choice: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
      afterMs,
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constantFrom('resume' as const, 'reconcile' as const), afterMs }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('walk-start' as const),
      lengthMin: fc.integer({ min: 1, max: 60 }),
      afterMs,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constantFrom('walk-pause' as const, 'walk-resume' as const, 'walk-finish' as const, 'walk-cancel' as const),
      afterMs,
    }),
  },
);

interface Armed {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

interface Show {
  kind: ReminderKind;
  at: number;
  /** The due time that was shown (the state's before the decision). */
  due: number | null;
}

/**
 * A simulated browser around the background's pipeline (decide): a clock that can jump and sleep, a
 * time zone that can change, alarms that fire with their scheduledTime (one-shot ones removed first,
 * periodic ones moved on), a worker that stops and, when an event wakes it, reconciles first.
 */
class Sim {
  now: number;
  state: ReminderState;
  walk: Walk | null = null;
  idle: IdleState = 'active';
  fullscreen = false;
  alarms = new Map<string, Armed>();
  workerStopped = false;
  /** How far the clock was set back in all: shows are compared in real time. */
  setBack = 0;
  /** The clock moved back and no reconcile has judged the due times since (the browser says nothing). */
  unjudgedClockBack = false;
  shows: Show[] = [];
  log: string[] = [];

  constructor(
    public settings: Settings,
    start: number,
    public zone: string,
  ) {
    this.now = start;
    this.state = initialReminderState(settings, start, zone);
    this.dispatch({ type: 'reconcile' });
  }

  env(): Environment {
    return { idle: this.idle, fullscreen: this.fullscreen, walk: this.walk };
  }

  /** One event through the pipeline, as entrypoints/background/dispatch.ts runs it. Returns the decision. */
  dispatch(event: BackgroundEvent): Decision {
    if (this.workerStopped && event.type !== 'reconcile') {
      this.workerStopped = false;
      this.dispatch({ type: 'reconcile' });
    }
    this.workerStopped = false;
    const before = { state: this.state, walk: this.walk, env: this.env() };
    const d = decide(
      {
        settings: this.settings,
        state: this.state,
        env: before.env,
        now: this.now,
        timeZone: this.zone,
        armed: [...this.alarms.values()],
      },
      event,
    );
    this.log.push(
      `${new Date(this.now).toISOString()} ${this.zone} ${JSON.stringify(event)} idle=${this.idle} fs=${this.fullscreen} walk=${JSON.stringify(this.walk)} -> ${JSON.stringify(d.effects)}`,
    );
    for (const name of d.alarms.clear) this.alarms.delete(name);
    for (const { name, when, periodInMinutes } of d.alarms.create)
      this.alarms.set(name, { name, scheduledTime: when, periodInMinutes });
    this.state = d.state;
    this.walk = d.walk;
    for (const e of d.effects)
      if (e.type === 'show')
        this.shows.push({ kind: e.kind, at: this.now + this.setBack, due: before.state[e.kind].dueAt });
    if (event.type === 'reconcile') this.unjudgedClockBack = false;
    checkDecision(this, before, event, d);
    return d;
  }

  nextAlarm(): Armed | undefined {
    return [...this.alarms.values()].sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
  }

  /** The browser fires an alarm: a one-shot one is gone from the list before its event arrives. */
  fire(alarm: Armed): Decision {
    if (alarm.periodInMinutes)
      this.alarms.set(alarm.name, { ...alarm, scheduledTime: alarm.scheduledTime + alarm.periodInMinutes * MIN });
    else this.alarms.delete(alarm.name);
    return this.dispatch({ type: 'alarm', name: alarm.name as AlarmName, scheduledTime: alarm.scheduledTime });
  }

  /** Lets time pass until `t`, firing every alarm on time on the way. */
  advanceTo(t: number): void {
    for (let i = 0; i < 2000; i++) {
      const next = this.nextAlarm();
      if (!next || next.scheduledTime > t) break;
      this.now = Math.max(this.now, next.scheduledTime);
      this.fire(next);
    }
    this.now = Math.max(this.now, t);
  }

  /** The machine sleeps: on waking, every alarm that passed fires at once. Returns the reminders shown. */
  sleep(ms: number, reconcile: boolean): number {
    const shown = this.shows.length;
    this.now += ms;
    this.workerStopped = true;
    if (reconcile) this.dispatch({ type: 'reconcile' });
    const due = [...this.alarms.values()].filter((a) => a.scheduledTime <= this.now);
    for (const a of due) this.fire(a);
    return this.shows.length - shown;
  }

  act(a: Action): void {
    switch (a.t) {
      case 'tick': {
        const next = this.nextAlarm();
        if (next) this.advanceTo(next.scheduledTime);
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
        this.setBack += a.ms;
        this.unjudgedClockBack = true;
        if (a.reconcile) this.dispatch({ type: 'reconcile' });
        return;
      case 'worker-stop':
        this.workerStopped = true;
        return;
      case 'fullscreen':
        this.fullscreen = a.on;
        return;
      case 'tamper': {
        const armed = this.alarms.get(a.name);
        if (a.how === 'clear') this.alarms.delete(a.name);
        else if (a.how === 'duplicate') {
          if (armed) this.dispatch({ type: 'alarm', name: a.name, scheduledTime: armed.scheduledTime });
        } else {
          const when = this.now + (a.how === 'early' ? 30_000 : 10 * HOUR);
          this.alarms.set(a.name, { name: a.name, scheduledTime: when });
        }
        return;
      }
    }
    this.advanceTo(this.now + a.afterMs);
    switch (a.t) {
      case 'travel':
        this.zone = a.zone;
        if (a.restart) this.workerStopped = true;
        return;
      case 'idle':
        this.idle = a.state;
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
      case 'dismiss':
        this.dispatch({ type: a.t, kind: a.kind });
        return;
      case 'pause': {
        const until = pauseUntil(PAUSE_CHOICES[a.choice], this.settings, this.now, this.zone);
        this.dispatch({ type: 'pause', until });
        return;
      }
      case 'resume':
      case 'reconcile':
        this.dispatch({ type: a.t });
        return;
      case 'walk-start':
        this.dispatch({ type: 'walk-start', minutes: a.lengthMin });
        return;
      default:
        this.dispatch({ type: a.t });
    }
  }
}

/** Whether some enabled day's window is shorter than a countdown of this kind (or a snooze). */
function countdownLongerThanAWindow(settings: Settings, kind: ReminderKind, ts: number, zone: string): boolean {
  const longest = Math.max(settings[kind].intervalMin, settings.snoozeMin, 1);
  if (!settings.schedule.enabled) return false;
  if (settings.schedule.days.some((d) => d.enabled && (d.end - d.start + 1440) % 1440 <= longest + 1)) return true;
  // As instants: a window with an edge in the spring-forward gap is shorter than its minutes (a
  // 21:30–02:15 window ends at 02:00 that night). The due times in reach lie within nine local days.
  const p = localParts(ts, zone);
  for (let offset = -1; offset <= 8; offset++) {
    const w = windowOn(settings, addLocalDays({ year: p.year, month: p.month, day: p.day }, offset), zone);
    if (w && w.end - w.start <= (longest + 1) * MIN) return true;
  }
  return false;
}

function checkDecision(
  sim: Sim,
  before: { state: ReminderState; walk: Walk | null; env: Environment },
  event: BackgroundEvent,
  d: Decision,
): void {
  const { settings, zone, now } = sim;
  const after = d.state;
  const why = () => `${JSON.stringify(settings)}\n${sim.log.slice(-10).join('\n')}`;
  const shows = d.effects.filter((e): e is Extract<ReminderEffect, { type: 'show' }> => e.type === 'show');

  // At most one reminder per decision.
  expect(shows.length, why()).toBeLessThanOrEqual(1);

  // Nothing is shown when it must not be.
  if (shows.length) {
    const idle = event.type === 'idle-changed' ? event.state : before.env.idle;
    const kind = shows[0]!.kind;
    expect(settings[kind].enabled, 'shown kind is enabled').toBe(true);
    expect(after.pausedUntil, 'no reminder while paused').toBeNull();
    expect(idle, 'no reminder while idle or locked').toBe('active');
    expect(before.env.fullscreen, 'no reminder over a fullscreen window').toBe(false);
    expect(isInWindow(settings, now, zone), `no reminder outside the window (${zone})\n${why()}`).toBe(true);
    expect(d.walk, `no reminder during a walk, running or paused\n${why()}`).toBeNull();
    expect(after[kind].outstanding).toBe(true);
    // A due time is shown at most once: no second reminder of a kind within a minute of the last.
    const previous = sim.shows.filter((s) => s.kind === kind).at(-2);
    if (previous) expect(now + sim.setBack - previous.at, `shown twice\n${why()}`).toBeGreaterThanOrEqual(MIN);
  }

  // What is due is shown: a kind due now, with nothing to hold it, is shown (or folded into a walk
  // due within two minutes, or it is the walk that comes first).
  const heldByWalk = before.walk !== null || d.walk !== null || d.ended !== null;
  const allowed =
    before.state.pausedUntil === null &&
    after.pausedUntil === null &&
    !heldByWalk &&
    before.env.idle === 'active' &&
    event.type !== 'idle-changed' &&
    !before.env.fullscreen &&
    before.state.inWindow &&
    isInWindow(settings, now, zone) &&
    before.state.zone === zone &&
    !['settings-changed', 'snooze', 'pause', 'reconcile'].includes(event.type);
  const dueNow = REMINDER_KINDS.filter(
    (k) => settings[k].enabled && before.state[k].dueAt !== null && before.state[k].dueAt! <= now + 1000,
  );
  if (allowed && dueNow.length) {
    const walkSoon =
      settings.walk.enabled && before.state.walk.dueAt !== null && before.state.walk.dueAt - now <= 2 * MIN;
    const folded = dueNow.length === 1 && dueNow[0] === 'posture' && walkSoon;
    if (!folded) expect(shows.length, `a due reminder is shown\n${why()}`).toBe(1);
  }

  // Alarms: exactly what is wanted is armed after every event, whatever happened to them before.
  const armed = new Map([...sim.alarms.values()].map((a) => [a.name, a]));
  if (after.pausedUntil !== null) {
    expect(armed.has(ALARM.posture) || armed.has(ALARM.walk), 'no reminder alarm while paused').toBe(false);
    // Within the second alarms are compared to (a pause re-chosen 1 ms later keeps its alarm).
    expect(Math.abs(armed.get(ALARM.pauseEnd)!.scheduledTime - after.pausedUntil)).toBeLessThanOrEqual(1000);
    expect(after.pausedUntil).toBeGreaterThan(now);
  } else {
    expect(armed.has(ALARM.pauseEnd)).toBe(false);
    for (const kind of REMINDER_KINDS) {
      const on = settings[kind].enabled && scheduleCanOpen(settings);
      expect(armed.has(ALARM[kind]), `${kind} alarm\n${why()}`).toBe(on);
      if (on)
        expect(
          Math.abs(armed.get(ALARM[kind])!.scheduledTime - after[kind].dueAt!),
          `${kind} alarm at its due time\n${why()}`,
        ).toBeLessThanOrEqual(1000);
    }
  }
  expect(armed.has(ALARM.walkTimerEnd), 'walk alarm while a walk exists').toBe(d.walk !== null);
  expect(armed.has(ALARM.walkTimerTick), 'tick while a walk runs').toBe(d.walk !== null && d.walk.pausedAt === null);

  // Due times: never in the past, never further out than a countdown from now could put them, and
  // inside the current zone's window (the window can only be left by a countdown longer than it).
  for (const kind of REMINDER_KINDS) {
    const k = after[kind];
    if (!settings[kind].enabled) {
      expect(k).toEqual({ dueAt: null, pending: false, outstanding: false });
      continue;
    }
    expect(k.dueAt === null, `${kind} has a due time`).toBe(!scheduleCanOpen(settings));
    if (k.dueAt === null) continue;
    expect(k.dueAt, `${kind} due time not in the past`).toBeGreaterThanOrEqual(now);
    const hold = Math.max(now, after.pausedUntil ?? now, d.walk ? walkHoldsUntil(d.walk, now) : now);
    const longest = Math.max(settings[kind].intervalMin, settings.snoozeMin, 1) * MIN;
    // With the schedule on, inside the window of the zone the user is in now, and no later than a
    // countdown could put it. (A countdown longer than a window never fits one: such a kind only
    // ever waits for the next window.)
    if (sim.unjudgedClockBack) continue;
    if (!countdownLongerThanAWindow(settings, kind, now, zone)) {
      const latest = latestLegitimateDue(settings, hold, longest, zone);
      expect(k.dueAt, `${kind} due time within reach\n${why()}`).toBeLessThanOrEqual(latest + MIN);
      if (settings.schedule.enabled)
        expect(isInWindow(settings, k.dueAt, zone), `${kind} due inside the window\n${why()}`).toBe(true);
    } else {
      expect(k.dueAt, `${kind} due within reach\n${why()}`).toBeLessThanOrEqual(hold + 15 * 24 * HOUR);
    }
  }
  expect(after.zone).toBe(zone);

  // A walk that ends logs what was walked; under a minute it is a cancel.
  if (d.ended?.entry) expect(d.ended.entry.actualMin).toBeGreaterThanOrEqual(1);

  // The state survives storage.
  const reread = parseReminderState(JSON.parse(JSON.stringify(after)), settings, now, zone);
  expect(reread.problems).toEqual([]);
  expect(reread.state).toEqual(after);
}

/** Settings with no schedule and at least one kind on: reminders may come at any time. */
const alwaysOnArb = settingsArb
  .map((s) => ({ ...s, schedule: { ...s.schedule, enabled: false } }))
  .filter((s) => s.posture.enabled || s.walk.enabled);

describe('decide (properties)', () => {
  it('keeps every promise through random days: alarms, sleeps, stops, travel, tampering, idle, settings, pauses, walks', () => {
    fc.assert(
      fc.property(
        settingsArb,
        startArb,
        fc.constantFrom(...ZONES),
        fc.array(actionArb, { maxLength: 30 }),
        (settings, start, zone, actions) => {
          const sim = new Sim(settings, start, zone);
          for (const a of actions) sim.act(a);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('shows nothing during a pause or a walk (running or paused), whatever happens meanwhile', () => {
    const soon = fc.integer({ min: 0, max: 5 * MIN });
    const duringHold: fc.Arbitrary<Action> = fc.oneof(
      fc.constant({ t: 'tick' as const }),
      fc.constant({ t: 'worker-stop' as const }),
      fc.record({ t: fc.constantFrom('snooze' as const, 'acknowledge' as const), kind: kindArb, afterMs: soon }),
      fc.record({
        t: fc.constant('tamper' as const),
        name: fc.constantFrom(...ALARM_NAMES),
        how: fc.constantFrom('clear' as const, 'early' as const, 'duplicate' as const),
      }),
      fc.record({
        t: fc.constant('idle' as const),
        state: fc.constantFrom<IdleState>('active', 'idle', 'locked'),
        afterMs: soon,
      }),
      fc.record({ t: fc.constant('fullscreen' as const), on: fc.boolean() }),
      fc.record({ t: fc.constant('settings' as const), settings: settingsArb, afterMs: soon }),
      fc.record({ t: fc.constant('travel' as const), zone: zoneArb, afterMs: soon, restart: fc.boolean() }),
      fc.record({
        t: fc.constantFrom('reconcile' as const, 'walk-pause' as const, 'walk-resume' as const),
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
          const sim = new Sim(settings, start, zone);
          sim.act(hold);
          const shown = sim.shows.length;
          for (const a of actions) {
            sim.act(a);
            if (sim.state.pausedUntil === null && sim.walk === null) break;
          }
          // Every show happened after the hold was over (checkDecision asserts it decision by decision).
          expect(sim.shows.length).toBeGreaterThanOrEqual(shown);
        },
      ),
      { numRuns: 1000 },
    );
  });

  // Found by the property above (seed -364853147): Saturday's 21:30–02:15 window ends at 02:00 on the
  // night Los Angeles springs forward, exactly one 270-minute walk countdown long.
  it('shows no reminder outside the hours when DST shortens a window to the countdown (Los Angeles, 10 March 2024)', () => {
    const day = (start: number, end: number, enabled = true) => ({ enabled, start, end });
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      posture: { enabled: false, intervalMin: 5 },
      walk: { enabled: true, intervalMin: 270, lengthMin: 1 },
      snoozeMin: 1,
      schedule: {
        enabled: true,
        days: [day(315, 0), day(1, 0), day(15, 0), day(0, 390), day(0, 991), day(0, 15, false), day(1290, 135)],
      },
    };
    const sim = new Sim(settings, Date.UTC(2024, 2, 8), 'America/Los_Angeles');
    sim.act({ t: 'pause', choice: 0, afterMs: 0 });
    sim.act({ t: 'snooze', kind: 'posture', afterMs: 0 });
    // Until Sunday noon there: every alarm fires on time, and checkDecision judges every decision.
    sim.advanceTo(Date.UTC(2024, 2, 10, 19));
    for (const show of sim.shows) expect(isInWindow(settings, show.at, 'America/Los_Angeles')).toBe(true);
    expect(sim.shows.map((s) => s.kind)).toContain('walk');
  });

  it('shows exactly one catch-up reminder when an active user wakes the machine after sleeping through every due time', () => {
    fc.assert(
      fc.property(
        alwaysOnArb,
        startArb,
        fc.constantFrom(...ZONES),
        fc.array(
          fc.constantFrom<Action>({ t: 'tick' }, { t: 'tick' }, { t: 'snooze', kind: 'posture', afterMs: 3 * MIN }),
          { maxLength: 6 },
        ),
        fc.integer({ min: 8 * HOUR + 3 * MIN, max: 3 * 24 * HOUR }),
        fc.boolean(),
        (settings, start, zone, before, sleepMs, reconcile) => {
          const sim = new Sim(settings, start, zone);
          for (const a of before) sim.act(a);
          const shown = sim.shows.length;
          sim.sleep(sleepMs, reconcile);
          const shows = sim.shows.slice(shown);
          expect(shows).toHaveLength(1);
          expect(shows[0]!.kind).toBe(settings.walk.enabled ? 'walk' : 'posture');
          // Both intervals restart from the wake-up.
          for (const kind of REMINDER_KINDS) {
            if (settings[kind].enabled) expect(sim.state[kind].dueAt).toBe(sim.now + settings[kind].intervalMin * MIN);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('shows a due reminder exactly once when the alarm wakes a stopped worker, whatever the order of start-up and alarm', () => {
    fc.assert(
      fc.property(
        alwaysOnArb,
        startArb,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 90_000 }),
        fc.boolean(),
        fc.boolean(),
        (settings, start, zone, lateMs, reconcileFirst, duplicate) => {
          const sim = new Sim(settings, start, zone);
          const next = sim.nextAlarm()!;
          // A posture check due within two minutes of the walk is folded into the walk: that one shows.
          const walkAlarm = sim.alarms.get(ALARM.walk);
          sim.now = next.scheduledTime + lateMs;
          const folds = next.name === ALARM.posture && walkAlarm && walkAlarm.scheduledTime - sim.now <= 2 * MIN;
          sim.workerStopped = reconcileFirst;
          sim.fire(next);
          if (duplicate)
            sim.dispatch({ type: 'alarm', name: next.name as AlarmName, scheduledTime: next.scheduledTime });
          sim.dispatch({ type: 'reconcile' });
          if (folds) sim.advanceTo(Math.max(sim.now, walkAlarm.scheduledTime));
          expect(sim.shows, sim.log.join('\n')).toHaveLength(1);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('after travel with working hours on, the next reminder comes inside the new zone’s window and no later than a fresh countdown', () => {
    const workday = fc
      .record({
        enabled: mostly(true),
        start: fc.integer({ min: 5 * 4, max: 11 * 4 }).map((q) => q * 15),
        hours: fc.integer({ min: 6, max: 12 }),
      })
      .map((d) => ({ enabled: d.enabled, start: d.start, end: (d.start + d.hours * 60) % 1440 }));
    const working = fc.record({
      posture: fc.record({ enabled: mostly(true), intervalMin: fc.integer({ min: 5, max: 120 }) }),
      walk: fc.record({
        enabled: mostly(true),
        intervalMin: fc.integer({ min: 15, max: 180 }),
        lengthMin: fc.integer(LIMITS.walkLengthMin),
      }),
      snoozeMin: fc.integer({ min: 1, max: 30 }),
      idleThresholdMin: fc.integer(LIMITS.idleThresholdMin),
      schedule: fc.record({ enabled: fc.constant(true), days: fc.array(workday, { minLength: 7, maxLength: 7 }) }),
      notificationButtons: fc.boolean(),
      version: fc.constant(SETTINGS_VERSION),
      keepOnScreen: fc.boolean(),
      sound: fc.constant(DEFAULT_SETTINGS.sound),
    });
    fc.assert(
      fc.property(
        working.filter((s) => scheduleCanOpen(s) && (s.posture.enabled || s.walk.enabled)),
        startArb,
        zoneArb,
        zoneArb,
        fc.integer({ min: 0, max: 16 * HOUR }),
        (settings, start, from, to, closedMs) => {
          const sim = new Sim(settings, start, from);
          sim.now += closedMs;
          sim.zone = to;
          sim.dispatch({ type: 'reconcile' });
          for (const kind of REMINDER_KINDS) {
            const due = sim.state[kind].dueAt;
            if (!settings[kind].enabled || due === null) continue;
            const fresh = restartDue(settings, kind, sim.now, to);
            expect(isInWindow(settings, due, to), sim.log.join('\n')).toBe(true);
            expect(due, sim.log.join('\n')).toBeLessThanOrEqual((fresh ?? due) + MIN);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
