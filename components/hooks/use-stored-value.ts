import { useEffect, useState } from 'preact/hooks';
import type { StorageKey } from '@/lib/browser/storage';
import { readValue, watchValue } from '@/lib/browser/storage';

/**
 * The current value of a stored key (validated by `parse`), kept fresh while the component is mounted. `undefined` until
 * the first read arrives, so a page can paint before storage answers.
 */
export function useStoredValue<R>(key: StorageKey, parse: (raw: unknown) => R): R | undefined {
  const [value, setValue] = useState<R | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void readValue(key).then((raw) => alive && setValue(parse(raw)));
    const unwatch = watchValue(key, (raw) => setValue(parse(raw)));
    return () => {
      alive = false;
      unwatch();
    };
    // The key and parser are module-level constants in every caller: read and watch once.
  }, []);
  return value;
}

/** Re-renders every `ms` while `active`, for countdowns computed from timestamps. */
export function useNow(active: boolean, ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [active, ms]);
  return now;
}
