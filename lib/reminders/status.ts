/**
 * The popup's one-line summary of the reminders. Pure.
 */
import type { Settings } from '../settings';
import { REMINDER_KINDS, type ReminderKind, type ReminderState } from './types';

export type ReminderStatus =
  | { kind: 'paused'; until: number }
  /** Both kinds switched off, or a schedule with no enabled day. */
  | { kind: 'off' }
  | {
      kind: 'upcoming';
      /** Next due time of each kind (epoch ms), null when the kind is off. */
      posture: number | null;
      walk: number | null;
      /** Reminders shown and not yet acted on, in the order posture, walk. */
      outstanding: ReminderKind[];
    };

export function reminderStatus(settings: Settings, state: ReminderState, now: number): ReminderStatus {
  if (state.pausedUntil !== null && state.pausedUntil > now) return { kind: 'paused', until: state.pausedUntil };
  const posture = settings.posture.enabled ? state.posture.dueAt : null;
  const walk = settings.walk.enabled ? state.walk.dueAt : null;
  if (posture === null && walk === null) return { kind: 'off' };
  const outstanding = REMINDER_KINDS.filter((k) => settings[k].enabled && state[k].outstanding);
  return { kind: 'upcoming', posture, walk, outstanding };
}
