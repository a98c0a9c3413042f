import { describe, expect, it } from 'vitest';
import { EXERCISES } from '@/lib/content';
import { exerciseForToday, localDayKey, nextExercise, parseRotation, type RotationState } from '@/lib/content/rotation';

/** A small deterministic pseudo-random source (mulberry32). */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const ALL_IDS = EXERCISES.map((e) => e.id).sort();
const day = (n: number) => `2025-03-${String(n).padStart(2, '0')}`;

describe('exerciseForToday', () => {
  it('starts a rotation over all exercises when there is none', () => {
    const { exercise, state } = exerciseForToday(null, day(1), seeded(1));
    expect([...state.order].sort()).toEqual(ALL_IDS);
    expect(state).toMatchObject({ version: 1, index: 0, day: day(1) });
    expect(exercise.id).toBe(state.order[0]);
  });

  it('keeps the same exercise, and the same state object, all day', () => {
    const first = exerciseForToday(null, day(1), seeded(1));
    const again = exerciseForToday(first.state, day(1), seeded(2));
    expect(again.exercise).toBe(first.exercise);
    expect(again.state).toBe(first.state);
  });

  it('advances exactly once on a new day', () => {
    const first = exerciseForToday(null, day(1), seeded(1));
    const next = exerciseForToday(first.state, day(2), seeded(1));
    expect(next.state.index).toBe(1);
    expect(next.state.day).toBe(day(2));
    expect(exerciseForToday(next.state, day(2), seeded(1)).state.index).toBe(1);
  });

  it.each([1, 2, 3, 4, 5])('shows all 12 before any repeats, over days and reshuffles (seed %i)', (seed) => {
    const random = seeded(seed);
    let { exercise, state } = exerciseForToday(null, day(1), random);
    const shown = [exercise.id];
    for (let d = 2; d <= 30; d++) {
      ({ exercise, state } = exerciseForToday(state, day(d), random));
      shown.push(exercise.id);
    }
    expect([...shown.slice(0, 12)].sort()).toEqual(ALL_IDS);
    expect([...shown.slice(12, 24)].sort()).toEqual(ALL_IDS);
    for (let i = 1; i < shown.length; i++) expect(shown[i]).not.toBe(shown[i - 1]);
  });
});

describe('nextExercise', () => {
  it('moves on within the same day without changing the day', () => {
    const { state } = exerciseForToday(null, day(1), seeded(1));
    const next = nextExercise(state, seeded(1));
    expect(next.exercise.id).toBe(state.order[1]);
    expect(next.state).toMatchObject({ index: 1, day: day(1) });
  });

  it('reshuffles when the list is used up, never starting with the last one shown', () => {
    // A random source of 0 makes the plain shuffle put the last shown id first; the guard must move it.
    const order = EXERCISES.map((e) => e.id);
    for (const last of order) {
      const used: RotationState = {
        version: 1,
        order: [...order.filter((id) => id !== last), last],
        index: 11,
        day: day(1),
      };
      for (const random of [() => 0, () => 0.999999, seeded(7)]) {
        const next = nextExercise(used, random);
        expect(next.state.index).toBe(0);
        expect([...next.state.order].sort()).toEqual(ALL_IDS);
        expect(next.exercise.id).not.toBe(last);
      }
    }
  });
});

describe('parseRotation', () => {
  const valid = exerciseForToday(null, day(1), seeded(3)).state;

  it('accepts a valid state', () => {
    expect(parseRotation(JSON.parse(JSON.stringify(valid)))).toEqual(valid);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'lateral-squat'],
    ['another version', { ...valid, version: 2 }],
    ['an unknown id', { ...valid, order: [...valid.order.slice(1), 'jumping-jacks'] }],
    ['a duplicate id', { ...valid, order: [...valid.order.slice(1), valid.order[1]] }],
    ['a missing id', { ...valid, order: valid.order.slice(1) }],
    ['a non-string id', { ...valid, order: [...valid.order.slice(1), 3] }],
    ['an index out of range', { ...valid, index: 12 }],
    ['a negative index', { ...valid, index: -1 }],
    ['a fractional index', { ...valid, index: 1.5 }],
    ['a malformed day', { ...valid, day: 'yesterday' }],
    ['no order', { version: 1, index: 0, day: day(1) }],
  ])('rejects %s', (_what, raw) => {
    expect(parseRotation(raw)).toBeNull();
  });
});

describe('localDayKey', () => {
  it('formats the local date as YYYY-MM-DD', () => {
    expect(localDayKey(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});
