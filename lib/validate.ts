/**
 * The small schema helpers every reader of untrusted data shares (storage, sync, imported files,
 * messages): a guard says whether a value has a shape. Reading a record field by field, with problem
 * reports, is in lib/validate-fields.ts (apart, so the popup's light readers do not load it).
 */
export type Guard<T> = (value: unknown) => value is T;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
/** A whole number from `min` to `max`, both included. */
export const intIn =
  (min: number, max: number): Guard<number> =>
  (v): v is number =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
/** A moment as epoch milliseconds (not before 1970). */
export const isTimestamp: Guard<number> = (v): v is number => isFiniteNumber(v) && v >= 0;
/** A count, or a moment as whole epoch milliseconds: a whole number from 0. */
export const isWhole: Guard<number> = intIn(0, Infinity);
export const nullable =
  <T>(guard: Guard<T>): Guard<T | null> =>
  (v): v is T | null =>
    v === null || guard(v);
export const oneOf =
  <T extends string>(...values: readonly T[]): Guard<T> =>
  (v): v is T =>
    values.includes(v as T);
