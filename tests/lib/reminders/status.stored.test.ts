import { asStatusState, isCurrentState } from '@/lib/reminders/status';
import { DAY } from '@/lib/time/units';
import { MIN, T0, UTC, fresh, makeSettings } from './helpers';

const state = () => fresh(makeSettings());

describe('asStatusState (the popup’s light check of the stored state)', () => {
  it('accepts what the engine stores', () => {
    const s = state();
    expect(asStatusState(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it.each([
    ['null', null],
    ['a string', 'state'],
    ['a kind that is not an object', { ...state(), walk: 3 }],
    ['a text due time', { ...state(), posture: { dueAt: '10:00', pending: false, outstanding: false } }],
    ['an infinite due time', { ...state(), posture: { dueAt: Infinity, pending: false, outstanding: false } }],
    ['no pending flag', { ...state(), walk: { dueAt: T0, outstanding: false } }],
    ['no outstanding flag', { ...state(), walk: { dueAt: T0, pending: false } }],
    ['a text pause end', { ...state(), pausedUntil: 'soon' }],
  ])('refuses %s', (_name, raw) => {
    expect(asStatusState(raw)).toBeNull();
  });

  it('accepts kinds that are off (no due time) and a pause end', () => {
    const s = { ...state(), posture: { dueAt: null, pending: false, outstanding: false }, pausedUntil: T0 + MIN };
    expect(asStatusState(s)).toEqual(s);
  });
});

describe('isCurrentState', () => {
  it('accepts a state decided now in this zone', () => {
    expect(isCurrentState(state(), T0, UTC)).toBe(true);
  });

  it.each([
    ['a due time twenty days away', { posture: { dueAt: T0 + 20 * DAY, pending: false, outstanding: false } }, false],
    [
      'a due time two weeks away (a window too short for the interval is hopped)',
      { walk: { dueAt: T0 + 14 * DAY, pending: false, outstanding: false } },
      true,
    ],
    [
      'a due time eight days away (a schedule can be that far)',
      { posture: { dueAt: T0 + 8 * DAY, pending: false, outstanding: false } },
      true,
    ],
    ['a due time a day ago', { walk: { dueAt: T0 - DAY, pending: false, outstanding: false } }, false],
    [
      'a due time a minute ago (an alarm about to fire)',
      { walk: { dueAt: T0 - MIN, pending: false, outstanding: false } },
      true,
    ],
    ['a pause end ten days away', { pausedUntil: T0 + 10 * DAY }, false],
    ['another time zone', { zone: 'Asia/Tokyo' }, false],
  ])('%s: %s', (_name, patch, ok) => {
    expect(isCurrentState({ ...state(), ...patch }, T0, UTC)).toBe(ok);
  });
});
