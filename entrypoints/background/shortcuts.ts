/**
 * The keyboard shortcuts of the manifest's `commands` (wxt.config.ts), one handler each.
 * `_execute_action` is the browser's own: it opens the popup and never reaches the extension.
 */
import { KEYS, readValue } from '@/lib/browser/storage';
import { readSettings } from '@/lib/browser/stored';
import { pauseUntil } from '@/lib/reminders/pause';
import { isRecord, isTimestamp } from '@/lib/validate';
import type { BackgroundDeps } from './context';
import type { Dispatch } from './dispatch';
import type { Notifier } from './notifications';
import { walkLength } from './plan';

export type Shortcut = 'toggle-walk' | 'toggle-pause';

/**
 * A toggle-walk this soon after the walk started is the same press (the keys held down, or pressed
 * twice by mistake), not "finish it": that second press cancelled the walk it had just started.
 */
const ONE_PRESS_MS = 1_000;

export function createShortcutHandlers(
  { now, timeZone }: BackgroundDeps,
  dispatch: Dispatch,
  notifier: Notifier,
): Record<Shortcut, () => Promise<void>> {
  return {
    /** Starts a walk of the suggested length (plan or settings), or finishes the one under way (paused or not). */
    'toggle-walk': async () => {
      const minutes = await walkLength(await readSettings(), now(), timeZone());
      const started = await dispatch({ type: 'walk-start', minutes });
      if (started.refused === 'walk-running' && now() - started.walk!.startedAt >= ONE_PRESS_MS)
        await dispatch({ type: 'walk-finish' });
    },

    /** Pauses reminders for an hour, or resumes them; a notification says which, with the end time. */
    'toggle-pause': async () => {
      const at = now();
      const state = await readValue(KEYS.reminderState);
      if (isRecord(state) && isTimestamp(state.pausedUntil) && state.pausedUntil > at) {
        await dispatch({ type: 'resume' });
        await notifier.showPauseChange(null, at, timeZone());
      } else {
        const until = pauseUntil('1h', await readSettings(), at, timeZone());
        await dispatch({ type: 'pause', until });
        await notifier.showPauseChange(until, at, timeZone());
      }
    },
  };
}
