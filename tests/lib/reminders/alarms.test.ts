import fc from 'fast-check';
import { alarmChanges, desiredAlarms } from '@/lib/reminders/alarms';
import { ALARM, type AlarmName } from '@/lib/reminders/types';
import { HOUR, MIN, T0, makeSettings, stateWith } from './helpers';

describe('desiredAlarms', () => {
  const settings = makeSettings();
  it('wants one alarm per enabled kind at its due time', () => {
    expect(desiredAlarms(settings, stateWith(settings))).toEqual(
      new Map([
        [ALARM.posture, T0 + 30 * MIN],
        [ALARM.walk, T0 + HOUR],
      ]),
    );
  });

  it('wants only the pause-end alarm while paused', () => {
    expect(desiredAlarms(settings, stateWith(settings, { pausedUntil: T0 + HOUR }))).toEqual(
      new Map([[ALARM.pauseEnd, T0 + HOUR]]),
    );
  });

  it('wants no alarm for a kind that is off, even if the state still has a due time', () => {
    const off = makeSettings({ posture: { enabled: false } });
    expect([...desiredAlarms(off, stateWith(settings)).keys()]).toEqual([ALARM.walk]);
  });
});

describe('alarmChanges', () => {
  const desired = new Map<AlarmName, number>([
    [ALARM.posture, T0 + 30 * MIN],
    [ALARM.walk, T0 + HOUR],
  ]);
  const timer = [
    { name: ALARM.walkTimerEnd, scheduledTime: T0 + 5 * MIN },
    { name: ALARM.walkTimerTick, scheduledTime: T0 + MIN },
  ];

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
      'a leftover pause-end: clear it',
      [
        { name: ALARM.pauseEnd, scheduledTime: T0 },
        { name: ALARM.posture, scheduledTime: T0 + 30 * MIN },
        { name: ALARM.walk, scheduledTime: T0 + HOUR },
      ],
      [],
      [ALARM.pauseEnd],
    ],
    [
      'walk-timer alarms are not ours: left alone',
      [...timer, { name: ALARM.posture, scheduledTime: T0 + 30 * MIN }],
      [ALARM.walk],
      [],
    ],
    ['unknown alarms are left alone', [{ name: 'something-else', scheduledTime: T0 }], [ALARM.posture, ALARM.walk], []],
  ])('%s', (_name, existing, create, clear) => {
    const changes = alarmChanges(desired, existing);
    expect(changes.create.map((c) => c.name).sort()).toEqual([...create].sort());
    expect(changes.clear).toEqual(clear);
    for (const c of changes.create) expect(c.when).toBe(desired.get(c.name));
  });

  it('clears reminder alarms when paused and arms the pause end', () => {
    const existing = [{ name: ALARM.posture, scheduledTime: T0 }, { name: ALARM.walk, scheduledTime: T0 }, ...timer];
    const changes = alarmChanges(new Map([[ALARM.pauseEnd, T0 + HOUR]]), existing);
    expect(changes).toEqual({
      create: [{ name: ALARM.pauseEnd, when: T0 + HOUR }],
      clear: [ALARM.posture, ALARM.walk],
    });
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
    const ours = fc.constantFrom<AlarmName>(ALARM.posture, ALARM.walk, ALARM.pauseEnd);
    fc.assert(
      fc.property(fc.dictionary(name, time), fc.dictionary(ours, time), (armedObj, desiredObj) => {
        const armed = new Map(Object.entries(armedObj));
        const want = new Map(Object.entries(desiredObj)) as Map<AlarmName, number>;
        const toList = () => [...armed].map(([n, scheduledTime]) => ({ name: n, scheduledTime }));
        const { create, clear } = alarmChanges(want, toList());
        for (const n of clear) armed.delete(n);
        for (const c of create) armed.set(c.name, c.when);
        for (const [n, when] of want) expect(Math.abs(armed.get(n)! - when)).toBeLessThanOrEqual(1000);
        for (const [n, when] of Object.entries(armedObj)) {
          if (!([ALARM.posture, ALARM.walk, ALARM.pauseEnd] as string[]).includes(n)) expect(armed.get(n)).toBe(when);
          else if (!want.has(n as AlarmName)) expect(armed.has(n)).toBe(false);
        }
        expect(alarmChanges(want, toList())).toEqual({ create: [], clear: [] });
      }),
      { numRuns: 1000 },
    );
  });
});
