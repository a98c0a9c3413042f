/**
 * The small schema helpers every reader of untrusted data shares (storage, sync, imported files,
 * messages). A guard says whether a value has a shape; `fieldReader` reads the fields of one record,
 * falling back per field and noting what was wrong, so one bad field never costs the rest.
 */
export type Guard<T> = (value: unknown) => value is T;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
/** A whole number from `range.min` to `range.max`, both included. */
export const inRange = (v: unknown, range: { min: number; max: number }): v is number =>
  Number.isInteger(v) && (v as number) >= range.min && (v as number) <= range.max;
/** The same check as a guard: a whole number from `min` to `max`, both included. */
export const intIn =
  (min: number, max: number): Guard<number> =>
  (v): v is number =>
    inRange(v, { min, max });
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

/** A value as short text for a problem report ("NaN", "missing", '"text"'). */
export function show(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value)?.slice(0, 80) ?? 'missing';
  } catch {
    return String(value);
  }
}

/**
 * Reads fields of `raw` (a record, or anything: then every field is missing). `get(name, guard,
 * fallback)` returns the field when it passes, else the fallback, noting "path.name: value is not
 * valid" in `problems`. With `absentOk` a missing field (one an older version of the value did not
 * have) quietly takes the fallback.
 */
export function fieldReader(raw: unknown, path: string, problems: string[]) {
  const record = isRecord(raw) ? raw : {};
  return <T>(name: string, guard: Guard<T>, fallback: T, absentOk = false): T => {
    const value = record[name];
    if (guard(value)) return value;
    if (absentOk && value === undefined) return fallback;
    problems.push(`${path}${name}: ${show(value)} is not valid`);
    return fallback;
  };
}
