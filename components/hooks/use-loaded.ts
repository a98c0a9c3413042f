import { useEffect, useState } from 'preact/hooks';

/**
 * What `load` resolves to, or null until then: for the parts of the popup whose code and data load
 * after the first paint. `load` runs once, when the component mounts, or, with `when`, the first time
 * `when` is true.
 */
export function useLoaded<T>(load: () => Promise<T>, when = true): T | null {
  const [value, setValue] = useState<T | null>(null);
  const started = when || value !== null;
  useEffect(() => {
    if (!started) return;
    let alive = true;
    void load().then((v) => alive && setValue(() => v));
    return () => {
      alive = false;
    };
  }, [started]);
  return value;
}
