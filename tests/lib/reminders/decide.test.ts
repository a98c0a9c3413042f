import { decide, type BackgroundEvent, type DecideInput } from '@/lib/reminders/decide';
import { ALARM, type ReminderState } from '@/lib/reminders/types';
import { pauseWalk, startWalk, type Walk } from '@/lib/walk/walk';
import { ACTIVE, HOUR, MIN, T0, UTC, fresh, makeSettings } from './helpers';

const settings = makeSettings();

function input(state: ReminderState, walk: Walk | null, now: number): DecideInput {
  return { settings, state, env: { ...ACTIVE, walk }, now, timeZone: UTC, armed: [] };
}

/** Runs events in order through the pipeline, carrying state and walk, each at its own time. */
function play(events: Array<[at: number, event: BackgroundEvent]>) {
  let state = fresh(settings);
  let walk: Walk | null = null;
  const decisions = [];
  for (const [at, event] of events) {
    const d = decide(input(state, walk, at), event);
    state = d.state;
    walk = d.walk;
    decisions.push(d);
  }
  return { state, walk, decisions, last: decisions.at(-1)! };
}

describe('decide: the walk', () => {
  it('starts a walk: the record, its alarms, a green badge with the minutes left, reminders held', () => {
    const { last } = play([[T0, { type: 'walk-start', minutes: 5 }]]);
    expect(last.walk).toEqual(startWalk(T0, 5));
    expect(last.walkChanged).toBe(true);
    expect(last.alarms.create.map((a) => a.name).sort()).toEqual(
      [ALARM.posture, ALARM.walk, ALARM.walkTimerEnd, ALARM.walkTimerTick].sort(),
    );
    expect(last.badge).toMatchObject({ text: '5', color: '#1f6f54', title: { key: 'badgeWalkLeft', args: ['5'] } });
    expect(last.state.walk.dueAt).toBe(T0 + 5 * MIN + HOUR);
  });

  it('refuses a second walk and a pause with no walk, and says why', () => {
    expect(play([[T0, { type: 'walk-pause' }]]).last.refused).toBe('no-walk');
    const { last } = play([
      [T0, { type: 'walk-start', minutes: 5 }],
      [T0 + MIN, { type: 'walk-start', minutes: 5 }],
    ]);
    expect(last.refused).toBe('walk-running');
    expect(last.walkChanged).toBe(false);
  });

  it('refuses "Finish now" and "Cancel" with no walk, but not when the walk ended on its own just before', () => {
    expect(play([[T0, { type: 'walk-finish' }]]).last.refused).toBe('no-walk');
    expect(play([[T0, { type: 'walk-cancel' }]]).last.refused).toBe('no-walk');
    // The walk's time ran out a moment before the click: it ends now, and the click is not an error.
    const { last } = play([
      [T0, { type: 'walk-start', minutes: 5 }],
      [T0 + 5 * MIN + 2000, { type: 'walk-finish' }],
    ]);
    expect(last.ended).not.toBeNull();
    expect(last.refused).toBeNull();
  });

  it('shows a paused walk on the badge in grey, with a paused title, and arms no tick', () => {
    const { last } = play([
      [T0, { type: 'walk-start', minutes: 5 }],
      [T0 + 2 * MIN, { type: 'walk-pause' }],
    ]);
    expect(last.badge).toMatchObject({ text: '3', color: '#5f6368', title: { key: 'badgeWalkPaused', args: ['3'] } });
    expect(last.alarms.create).toContainEqual({ name: ALARM.walkTimerEnd, when: T0 + 32 * MIN });
  });

  it('holds reminders through a paused walk past its planned end, and after resuming', () => {
    const { decisions, last } = play([
      [T0, { type: 'walk-start', minutes: 5 }],
      [T0 + 2 * MIN, { type: 'walk-pause' }],
      [T0 + 29 * MIN, { type: 'alarm', name: ALARM.posture }],
      [T0 + 31 * MIN, { type: 'walk-resume' }],
      [T0 + 33 * MIN, { type: 'alarm', name: ALARM.posture }],
    ]);
    expect(decisions.flatMap((d) => d.effects).filter((e) => e.type === 'show')).toEqual([]);
    expect(last.walk).not.toBeNull();
  });

  it('ends a walk paused for 30 minutes as cut short, logging the minutes walked', () => {
    const { last } = play([
      [T0, { type: 'walk-start', minutes: 5 }],
      [T0 + 2 * MIN, { type: 'walk-pause' }],
      [T0 + 32 * MIN, { type: 'alarm', name: ALARM.walkTimerEnd }],
    ]);
    expect(last.walk).toBeNull();
    expect(last.ended).toEqual({
      end: 'pause-expired',
      entry: { startedAt: T0, endedAt: T0 + 2 * MIN, plannedMin: 5, actualMin: 2, finished: false },
    });
    expect(last.alarms.create.map((a) => a.name)).not.toContain(ALARM.walkTimerEnd);
    expect(last.badge.text).toBe('');
    expect(last.state.posture.dueAt).toBe(T0 + 32 * MIN + 30 * MIN);
  });

  it('ends a walk whose time ran out before anything else in the same event', () => {
    const { last } = play([
      [T0, { type: 'walk-start', minutes: 5 }],
      [T0 + 3 * HOUR, { type: 'reconcile' }],
    ]);
    expect(last.ended?.entry).toMatchObject({ endedAt: T0 + 5 * MIN, actualMin: 5, finished: true });
    expect(last.walk).toBeNull();
  });

  it('counts a walk down from now when the clock was set back under it, and ends it on time', () => {
    const back = T0 + 2 * MIN - HOUR; // two minutes into the walk, the clock goes back an hour
    const { decisions, last, walk } = play([
      [T0, { type: 'walk-start', minutes: 5 }],
      [back, { type: 'reconcile' }],
      [back + 5 * MIN, { type: 'alarm', name: ALARM.walkTimerEnd, scheduledTime: back + 5 * MIN }],
    ]);
    const aligned = decisions[1]!;
    expect(aligned.walkChanged).toBe(true);
    expect(aligned.walk).toMatchObject({ pausedAt: null });
    expect(aligned.alarms.create).toContainEqual({ name: ALARM.walkTimerEnd, when: back + 5 * MIN });
    expect(aligned.badge).toMatchObject({ text: '5' });
    expect(last.ended?.entry).toMatchObject({ endedAt: back + 5 * MIN, actualMin: 5, finished: true });
    expect(walk).toBeNull();
  });

  it('writes the aligned walk even when the command itself changes nothing (a pause of a paused walk)', () => {
    const back = T0 + 3 * MIN - HOUR;
    const { last } = play([
      [T0, { type: 'walk-start', minutes: 5 }],
      [T0 + 2 * MIN, { type: 'walk-pause' }],
      [back, { type: 'walk-pause' }],
    ]);
    expect(last.walkChanged).toBe(true);
    expect(last.walk).toMatchObject({ pausedAt: back });
    expect(last.alarms.create).toContainEqual({ name: ALARM.walkTimerEnd, when: back + 30 * MIN });
  });

  it('does not touch a walk that is not ahead of the clock', () => {
    const { last } = play([
      [T0, { type: 'walk-start', minutes: 5 }],
      [T0, { type: 'reconcile' }],
    ]);
    expect(last.walkChanged).toBe(false);
  });

  it('treats "finish now" under a minute as a cancel: nothing logged', () => {
    const { last } = play([
      [T0, { type: 'walk-start', minutes: 5 }],
      [T0 + 20_000, { type: 'walk-finish' }],
    ]);
    expect(last.ended).toEqual({ end: 'finish-now', entry: null });
    expect(last.walk).toBeNull();
  });

  it.each([
    ['finished early', { type: 'walk-finish' } as const, T0 + 3 * MIN],
    ['cancelled', { type: 'walk-cancel' } as const, T0 + 3 * MIN],
  ])('restarts both reminder intervals when a walk is %s', (_name, event, at) => {
    const { last } = play([
      [T0, { type: 'walk-start', minutes: 10 }],
      [at, event],
    ]);
    expect(last.state.posture.dueAt).toBe(at + 30 * MIN);
    expect(last.state.walk.dueAt).toBe(at + HOUR);
  });

  it('logs nothing for a cancelled walk, however long it ran', () => {
    const { last } = play([
      [T0, { type: 'walk-start', minutes: 10 }],
      [T0 + 8 * MIN, { type: 'walk-cancel' }],
    ]);
    expect(last.ended).toEqual({ end: 'cancel', entry: null });
  });
});
