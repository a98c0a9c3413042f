import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseWalk, type Walk } from '@/lib/walk/walk';

/** What became of the walk while the page was open, wherever it was started or ended. */
export type WalkChange =
  | { type: 'started'; walk: Walk }
  | { type: 'paused' }
  | { type: 'resumed' }
  /** Ended and logged (the background wrote the entry and its notice in the same write). */
  | { type: 'logged'; minutes: number }
  /** Ended without an entry: cancelled, or finished under a minute. */
  | { type: 'cancelled' };

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** The minutes of the logged walk that started at `startedAt`, from the history in the same change. */
function loggedMinutes(history: unknown, startedAt: number): number | null {
  const walks = (history as { walks?: unknown } | null)?.walks;
  if (!Array.isArray(walks)) return null;
  const entry = walks.find((w) => (w as { startedAt?: unknown } | null)?.startedAt === startedAt) as
    { actualMin?: unknown } | undefined;
  return typeof entry?.actualMin === 'number' && Number.isFinite(entry.actualMin) ? entry.actualMin : null;
}

/** Reads one storage change of the walk record as what happened to the walk; null when nothing did. */
export function walkChange(changes: Changes): WalkChange | null {
  if (!changes.walk) return null;
  const before = parseWalk(changes.walk.oldValue ?? null);
  const after = parseWalk(changes.walk.newValue ?? null);
  if (!before) return after ? { type: 'started', walk: after } : null;
  if (after) {
    if (after.startedAt !== before.startedAt) return { type: 'started', walk: after };
    if (before.pausedAt === null && after.pausedAt !== null) return { type: 'paused' };
    if (before.pausedAt !== null && after.pausedAt === null) return { type: 'resumed' };
    return null;
  }
  const logged = changes.walkNotice?.newValue === before.startedAt;
  const minutes = logged ? loggedMinutes(changes.history?.newValue ?? null, before.startedAt) : null;
  return minutes === null ? { type: 'cancelled' } : { type: 'logged', minutes };
}

/** Calls `onChange` with each change of the walk while the page is open. */
export function useWalkChanges(onChange: (change: WalkChange) => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    const listener = (changes: Changes, area: string) => {
      const change = area === 'local' ? walkChange(changes) : null;
      if (change) latest.current(change);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
}
