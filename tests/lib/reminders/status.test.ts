import { reminderStatus } from '@/lib/reminders';
import { HOUR, MIN, T0, makeSettings, schedule, stateWith } from './helpers';

describe('reminderStatus', () => {
  const settings = makeSettings();
  it.each([
    ['paused until a time', settings, { pausedUntil: T0 + HOUR }, { kind: 'paused', until: T0 + HOUR }],
    [
      'a pause that is over but not yet processed is not shown',
      settings,
      { pausedUntil: T0 - 1 },
      { kind: 'upcoming', posture: T0 + 30 * MIN, walk: T0 + HOUR, outstanding: [] },
    ],
    ['both kinds off', makeSettings({ posture: { enabled: false }, walk: { enabled: false } }), {}, { kind: 'off' }],
    [
      'a schedule with no day',
      makeSettings({ schedule: schedule({}) }),
      {
        posture: { dueAt: null, pending: false, outstanding: false },
        walk: { dueAt: null, pending: false, outstanding: false },
      },
      { kind: 'off' },
    ],
    ['next due times', settings, {}, { kind: 'upcoming', posture: T0 + 30 * MIN, walk: T0 + HOUR, outstanding: [] }],
    [
      'walk off',
      makeSettings({ walk: { enabled: false } }),
      {},
      { kind: 'upcoming', posture: T0 + 30 * MIN, walk: null, outstanding: [] },
    ],
    [
      'reminders on screen',
      settings,
      {
        posture: { dueAt: T0 + 30 * MIN, pending: false, outstanding: true },
        walk: { dueAt: T0 + HOUR, pending: false, outstanding: true },
      },
      { kind: 'upcoming', posture: T0 + 30 * MIN, walk: T0 + HOUR, outstanding: ['posture', 'walk'] },
    ],
  ] as const)('%s', (_name, s, patch, expected) => {
    expect(reminderStatus(s, stateWith(settings, patch), T0)).toEqual(expected);
  });
});
