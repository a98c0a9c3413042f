import fc from 'fast-check';
import { alarmChanges, desiredAlarms, type AlarmPlan } from '@/lib/reminders/alarms';
import { ALARM, type AlarmName } from '@/lib/reminders/types';
import { pauseWalk, startWalk } from '@/lib/walk/walk';
import { HOUR, MIN, T0, makeSettings, stateWith } from './helpers';

describe('desiredAlarms', () => {
  const settings = makeSettings();
  it('wants one alarm per enabled kind at its due time', () => {
    expect(desiredAlarms(settings, stateWith(settings), null, T0)).toEqual(
      new Map([
        [ALARM.posture, { when: T0 + 30 * MIN }],
        [ALARM.walk, { when: T0 + HOUR }],
      ]),
    );
  });

  it('wants only the pause-end alarm while paused', () => {
    expect(desiredAlarms(settings, stateWith(settings, { pausedUntil: T0 + HOUR }), null, T0)).toEqual(
      new Map([[ALARM.pauseEnd, { when: T0 + HOUR }]]),
    );
  });

  it('wants no alarm for a kind that is off, even if the state still has a due time', () => {
    const off = makeSettings({ posture: { enabled: false } });
    expect([...desiredAlarms(off, stateWith(settings), null, T0).keys()]).toEqual([ALARM.walk]);
  });

  it('wants the walk’s end and a tick at each used-up minute while a walk runs', () => {
    const walk = startWalk(T0, 5);
    const desired = desiredAlarms(settings, stateWith(settings), walk, T0 + 90_000);
    expect(desired.get(ALARM.walkTimerEnd)).toEqual({ when: T0 + 5 * MIN });
    // 3.5 minutes left: the badge goes from 4 to 3 in half a minute, then every minute.
    expect(desired.get(ALARM.walkTimerTick)).toEqual({ when: T0 + 2 * MIN, periodInMinutes: 1 });
  });

  it('wants the end of the longest pause, and no tick, while a walk is paused', () => {
    const walk = pauseWalk(startWalk(T0, 5), T0 + 2 * MIN);
    const desired = desiredAlarms(settings, stateWith(settings), walk, T0 + 3 * MIN);
    expect(desired.get(ALARM.walkTimerEnd)).toEqual({ when: T0 + 32 * MIN });
    expect(desired.has(ALARM.walkTimerTick)).toBe(false);
  });
});

describe('alarmChanges', () => {
  const desired = new Map<AlarmName, AlarmPlan>([
    [ALARM.posture, { when: T0 + 30 * MIN }],
    [ALARM.walk, { when: T0 + HOUR }],
  ]);

  it.each([
    ['nothing armed: create both', [], [ALARM.posture, ALARM.walk], []],
    [
      'both armed at the right time: nothing to do',
      [
        { name: ALARM.posture, scheduledTime: T0 + 30 * MIN },
        { name: ALARM.walk, scheduledTime: T0 + HOUR },
      ],
      [],
      [],
    ],
    [
      'times within the tolerance: nothing to do',
      [
        { name: ALARM.posture, scheduledTime: T0 + 30 * MIN + 999 },
        { name: ALARM.walk, scheduledTime: T0 + HOUR - 1000 },
      ],
      [],
      [],
    ],
    [
      'one time off by more than the tolerance: re-create it',
      [
        { name: ALARM.posture, scheduledTime: T0 + 30 * MIN + 1001 },
        { name: ALARM.walk, scheduledTime: T0 + HOUR },
      ],
      [ALARM.posture],
      [],
    ],
    [
      'a leftover pause-end and walk timer: clear them',
      [
        { name: ALARM.pauseEnd, scheduledTime: T0 },
        { name: ALARM.walkTimerEnd, scheduledTime: T0 + 5 * MIN },
        { name: ALARM.walkTimerTick, scheduledTime: T0 + MIN, periodInMinutes: 1 },
        { name: ALARM.posture, scheduledTime: T0 + 30 * MIN },
        { name: ALARM.walk, scheduledTime: T0 + HOUR },
      ],
      [],
      [ALARM.pauseEnd, ALARM.walkTimerEnd, ALARM.walkTimerTick],
    ],
    [
      'a reminder alarm re-armed as a repeating one: re-create it',
      [
        { name: ALARM.posture, scheduledTime: T0 + 30 * MIN, periodInMinutes: 30 },
        { name: ALARM.walk, scheduledTime: T0 + HOUR },
      ],
      [ALARM.posture],
      [],
    ],
    [
      'alarms of others are left alone',
      [{ name: 'settings-sync', scheduledTime: T0 }],
      [ALARM.posture, ALARM.walk],
      [],
    ],
  ])('%s', (_name, existing, create, clear) => {
    const changes = alarmChanges(desired, existing);
    expect(changes.create.map((c) => c.name).sort()).toEqual([...create].sort());
    expect(changes.clear.sort()).toEqual([...clear].sort());
    for (const c of changes.create) expect(c.when).toBe(desired.get(c.name)!.when);
  });

  it('keeps a repeating tick whatever its next time, and re-creates one of the wrong period', () => {
    const tick = new Map<AlarmName, AlarmPlan>([[ALARM.walkTimerTick, { when: T0 + MIN, periodInMinutes: 1 }]]);
    expect(
      alarmChanges(tick, [{ name: ALARM.walkTimerTick, scheduledTime: T0 + 7 * MIN, periodInMinutes: 1 }]),
    ).toEqual({ create: [], clear: [] });
    expect(
      alarmChanges(tick, [{ name: ALARM.walkTimerTick, scheduledTime: T0 + MIN, periodInMinutes: 5 }]).create,
    ).toEqual([{ name: ALARM.walkTimerTick, when: T0 + MIN, periodInMinutes: 1 }]);
  });

  it('reaches exactly the desired alarms in one application and then asks for nothing (1,000 random cases)', () => {
    const name = fc.constantFrom<string>(
      ALARM.posture,
      ALARM.walk,
      ALARM.pauseEnd,
      ALARM.walkTimerEnd,
      ALARM.walkTimerTick,
      'other',
    );
    const time = fc.integer({ min: T0, max: T0 + 10_000 });
    const ours = fc.constantFrom<AlarmName>(ALARM.posture, ALARM.walk, ALARM.pauseEnd, ALARM.walkTimerEnd);
    const owned: string[] = Object.values(ALARM);
    fc.assert(
      fc.property(fc.dictionary(name, time), fc.dictionary(ours, time), (armedObj, desiredObj) => {
        const armed = new Map(Object.entries(armedObj));
        const want = new Map(Object.entries(desiredObj).map(([n, when]) => [n as AlarmName, { when }]));
        const toList = () => [...armed].map(([n, scheduledTime]) => ({ name: n, scheduledTime }));
        const { create, clear } = alarmChanges(want, toList());
        for (const n of clear) armed.delete(n);
        for (const c of create) armed.set(c.name, c.when);
        for (const [n, { when }] of want) expect(Math.abs(armed.get(n)! - when)).toBeLessThanOrEqual(1000);
        for (const [n, when] of Object.entries(armedObj)) {
          if (!owned.includes(n)) expect(armed.get(n)).toBe(when);
          else if (!want.has(n as AlarmName)) expect(armed.has(n)).toBe(false);
        }
        expect(alarmChanges(want, toList())).toEqual({ create: [], clear: [] });
      }),
      { numRuns: 1000 },
    );
  });
});
