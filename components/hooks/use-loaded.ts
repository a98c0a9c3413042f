import { useEffect, useState } from 'preact/hooks';

/**
 * What `load` resolves to, or null until then: for the parts of the popup whose code and data load
 * after the first paint. `load` runs once, when the component mounts.
 */
export function useLoaded<T>(load: () => Promise<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let alive = true;
    void load().then((v) => alive && setValue(() => v));
    return () => {
      alive = false;
    };
  }, []);
  return value;
}
