import fc from 'fast-check';
import { initialReminderState, parseReminderState } from '@/lib/reminders/state';
import { MIN, T0, UTC, makeSettings, schedule } from './helpers';

const settings = makeSettings();
const fresh = () => initialReminderState(settings, T0, UTC);
const stored = {
  version: 2,
  posture: { dueAt: T0 + 5 * MIN, pending: true, outstanding: false },
  walk: { dueAt: T0 + 40 * MIN, pending: false, outstanding: true },
  pausedUntil: null,
  away: { since: T0 - MIN, state: 'locked' },
  inWindow: true,
  zone: UTC,
};

describe('initialReminderState', () => {
  it('counts every enabled kind down from now and leaves kinds that are off without a due time', () => {
    const s = initialReminderState(makeSettings({ walk: { enabled: false } }), T0, UTC);
    expect(s).toEqual({
      version: 2,
      posture: { dueAt: T0 + 30 * MIN, pending: false, outstanding: false },
      walk: { dueAt: null, pending: false, outstanding: false },
      pausedUntil: null,
      away: null,
      inWindow: true,
      zone: UTC,
    });
  });

  it('starts outside the window with the next window start plus the interval', () => {
    const s = initialReminderState(makeSettings({ schedule: schedule({ 2: '09:00-17:00' }) }), T0, UTC);
    expect(s.inWindow).toBe(false);
    expect(s.posture.dueAt).toBe(Date.UTC(2024, 0, 2, 9, 30));
  });
});

describe('parseReminderState', () => {
  it('falls back to "not on screen" for a malformed outstanding flag, and says the field was missing', () => {
    const { state, problems } = parseReminderState(
      { ...structuredClone(stored), walk: { dueAt: T0, pending: false } },
      settings,
      T0,
      UTC,
    );
    expect(state.walk.outstanding).toBe(false);
    expect(problems).toEqual(['walk.outstanding: missing is not valid']);
  });

  it('accepts a due time of 0 (1970) as a time, which the next step then catches up', () => {
    const { problems } = parseReminderState(
      { ...structuredClone(stored), posture: { dueAt: 0, pending: false, outstanding: false } },
      settings,
      T0,
      UTC,
    );
    expect(problems).toEqual([]);
  });

  it.each([
    ['a pause', { pausedUntil: T0 + 10 * 24 * 60 * MIN }],
    ['a pause to the end of time', { pausedUntil: 8.64e15 }],
    ['a due time', { posture: { dueAt: T0 + 31 * 24 * 60 * MIN, pending: false, outstanding: false } }],
  ])(
    'drops %s further ahead than any countdown, pause or schedule gap reaches (reminders would stop for good)',
    (_, change) => {
      const { state, problems } = parseReminderState({ ...structuredClone(stored), ...change }, settings, T0, UTC);
      expect(state.pausedUntil).toBeNull();
      expect(state.posture.dueAt).toBe('posture' in change ? fresh().posture.dueAt : stored.posture.dueAt);
      expect(problems).toHaveLength(1);
    },
  );

  it('keeps the longest real pause: until the next working day after a week off', () => {
    const until = T0 + 7 * 24 * 60 * MIN;
    expect(parseReminderState({ ...structuredClone(stored), pausedUntil: until }, settings, T0, UTC)).toMatchObject({
      state: { pausedUntil: until },
      problems: [],
    });
  });

  it('migrates a version 1 state: drops its copy of the walk, and marks its zone unknown', () => {
    const v1 = { ...structuredClone(stored), version: 1, walkUntil: T0 + 3 * MIN, zone: undefined };
    const { state, problems } = parseReminderState(v1, settings, T0, UTC);
    expect(problems).toEqual([]);
    expect(state).toEqual({ ...stored, zone: '' });
  });

  it('reads a valid stored state unchanged', () => {
    expect(parseReminderState(structuredClone(stored), settings, T0, UTC)).toEqual({ state: stored, problems: [] });
  });

  it.each([
    [
      'posture.dueAt is a string',
      { posture: { ...stored.posture, dueAt: 'soon' } },
      'posture',
      { ...stored.posture, dueAt: T0 + 30 * MIN },
      'posture.dueAt',
    ],
    [
      'walk.dueAt is NaN',
      { walk: { ...stored.walk, dueAt: Number.NaN } },
      'walk',
      { ...stored.walk, dueAt: T0 + 60 * MIN },
      'walk.dueAt',
    ],
    [
      'posture.pending is missing',
      { posture: { dueAt: T0, outstanding: true } },
      'posture',
      { dueAt: T0, pending: false, outstanding: true },
      'posture.pending',
    ],
    [
      'walk is not an object',
      { walk: 7 },
      'walk',
      { dueAt: T0 + 60 * MIN, pending: false, outstanding: false },
      'walk',
    ],
    ['pausedUntil is negative', { pausedUntil: -5 }, 'pausedUntil', null, 'pausedUntil'],
    ['away has an unknown state', { away: { since: T0, state: 'asleep' } }, 'away', null, 'away'],
    ['zone is not text', { zone: 7 }, 'zone', '', 'zone'],
    ['inWindow is missing', { inWindow: undefined }, 'inWindow', true, 'inWindow'],
    ['version is unknown', { version: 3 }, 'version', 2, 'version'],
  ])('falls back for one field when %s, and says so', (_name, patch, field, expected, problem) => {
    const { state, problems } = parseReminderState({ ...structuredClone(stored), ...patch }, settings, T0, UTC);
    expect(state[field as keyof typeof state]).toEqual(expected);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${problem.replace('.', '\\.')}`));
    // Every other field is kept.
    if (field !== 'posture') expect(state.posture).toEqual(stored.posture);
  });

  it.each([
    ['undefined', undefined],
    ['a string', 'state'],
    ['an array', [1, 2]],
    ['null', null],
  ])('starts fresh from %s', (_name, raw) => {
    const { state, problems } = parseReminderState(raw, settings, T0, UTC);
    expect(state).toEqual(fresh());
    expect(problems).toHaveLength(1);
  });

  it('brings the state in line with the settings without calling it a problem', () => {
    const off = makeSettings({ walk: { enabled: false } });
    const { state, problems } = parseReminderState(
      { ...structuredClone(stored), posture: { dueAt: null, pending: false, outstanding: false } },
      off,
      T0,
      UTC,
    );
    expect(problems).toEqual([]);
    expect(state.walk).toEqual({ dueAt: null, pending: false, outstanding: false });
    expect(state.posture.dueAt).toBe(T0 + 30 * MIN);
  });

  it('never throws, even on values that throw when read', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(parseReminderState(hostile, settings, T0, UTC).state).toEqual(fresh());
    expect(parseReminderState({ posture: { dueAt: 10n } }, settings, T0, UTC).problems.length).toBeGreaterThan(0);
  });

  it('returns a well-formed state for any input (1,000 random values)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            version: fc.anything(),
            posture: fc.anything(),
            walk: fc.anything(),
            pausedUntil: fc.anything(),
            away: fc.anything(),
            zone: fc.anything(),
            inWindow: fc.anything(),
          }),
        ),
        (raw) => {
          const { state } = parseReminderState(raw, settings, T0, UTC);
          expect(Object.keys(state).sort()).toEqual([
            'away',
            'inWindow',
            'pausedUntil',
            'posture',
            'version',
            'walk',
            'zone',
          ]);
          for (const k of ['posture', 'walk'] as const) {
            expect(typeof state[k].dueAt).toBe('number');
            expect(typeof state[k].pending).toBe('boolean');
            expect(typeof state[k].outstanding).toBe('boolean');
          }
          expect(state.pausedUntil === null || Number.isFinite(state.pausedUntil)).toBe(true);
          expect(typeof state.zone).toBe('string');
          expect(typeof state.inWindow).toBe('boolean');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
