/**
 * Reading untrusted records field by field: `fieldReader` falls back per field and notes what was
 * wrong, so one bad field never costs the rest. Apart from lib/validate.ts because only the full
 * readers (settings, reminder state, history, plan) report problems; the popup's light readers load
 * the guards alone.
 */
import { isRecord, type Guard } from './validate';

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
