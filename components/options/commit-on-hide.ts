import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Commits a field's pending edit when the page goes away while the field still has focus: its tab
 * is closed, or hidden (another tab, a minimised window, a phone's app switcher, after which the
 * browser may discard it unannounced). A field commits when the user leaves it, and Chromium sends
 * it neither change nor blur when its tab closes (Firefox blurs it first): without this, what was
 * typed last would be lost.
 *
 * `commit` is the field's own (what leaving it runs), so a refused value is refused as then, never
 * saved. Both events, as the spec promises neither alone on every platform: on close Chromium sends
 * pagehide, then visibilitychange (hidden), then unload, and completes a storage write started in
 * them (measured); Firefox sends change and blur, then the same three, and drops about one in three
 * settings writes started then (measured; its own doing, not this hook's). The second call finds the
 * edit already committed: the page re-renders between the two events.
 */
export function useCommitOnHide<T extends HTMLElement>(commit: (field: T) => void): RefObject<T | null> {
  const ref = useRef<T>(null);
  const latest = useRef(commit);
  latest.current = commit;
  useEffect(() => {
    const hide = (event: Event) => {
      const field = ref.current;
      if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
      if (field && document.activeElement === field) latest.current(field);
    };
    addEventListener('pagehide', hide);
    document.addEventListener('visibilitychange', hide);
    return () => {
      removeEventListener('pagehide', hide);
      document.removeEventListener('visibilitychange', hide);
    };
  }, []);
  return ref;
}
