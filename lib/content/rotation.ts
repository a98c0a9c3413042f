/**
 * Which mini exercise to show: one a day, walking through a shuffled order of all exercises so none
 * repeats until every one has been shown. Pure: the caller passes the day and the random source, and
 * stores the returned state (storage.local).
 */
import { EXERCISES, type Exercise } from './index';

export interface RotationState {
  version: 1;
  /** Exercise ids, a shuffled permutation of all of them. */
  order: string[];
  /** Position in `order` of the exercise shown now. */
  index: number;
  /** Local day (YYYY-MM-DD) on which `index` was last advanced for a new day. */
  day: string;
}

export type Random = () => number;

export interface Pick {
  exercise: Exercise;
  state: RotationState;
}

const byId = new Map(EXERCISES.map((e) => [e.id, e]));

/** The local calendar day as YYYY-MM-DD, the `today` the rotation expects. */
export function localDayKey(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Fisher–Yates shuffle of all ids; `notFirst` (the last one shown) is moved away from the front. */
function shuffledIds(random: Random, notFirst?: string): string[] {
  const ids = EXERCISES.map((e) => e.id);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  if (ids.length > 1 && ids[0] === notFirst) {
    const j = 1 + Math.floor(random() * (ids.length - 1));
    [ids[0], ids[j]] = [ids[j]!, ids[0]!];
  }
  return ids;
}

function pick(state: RotationState): Pick {
  return { exercise: byId.get(state.order[state.index]!)!, state };
}

function advance(state: RotationState, random: Random, day: string): Pick {
  if (state.index + 1 < state.order.length) return pick({ ...state, index: state.index + 1, day });
  return pick({ version: 1, order: shuffledIds(random, state.order[state.index]), index: 0, day });
}

/**
 * Today's exercise. The same state comes back (same object) on the day it was last advanced, so the
 * caller can skip saving; a new day, or no valid state, moves on once.
 */
export function exerciseForToday(state: RotationState | null, today: string, random: Random): Pick {
  if (!state) return pick({ version: 1, order: shuffledIds(random), index: 0, day: today });
  return state.day === today ? pick(state) : advance(state, random, today);
}

/** The next exercise in the rotation, for "Another one". */
export function nextExercise(state: RotationState, random: Random): Pick {
  return advance(state, random, state.day);
}

/** Validates a stored value: the wrong shape, or an order that is not exactly all known ids, gives null. */
export function parseRotation(raw: unknown): RotationState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { version, order, index, day } = raw as Record<string, unknown>;
  if (version !== 1 || typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  if (!Array.isArray(order) || order.length !== byId.size || new Set(order).size !== order.length) return null;
  if (!order.every((id) => typeof id === 'string' && byId.has(id))) return null;
  if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= order.length) return null;
  return { version, order: [...(order as string[])], index: index as number, day };
}
