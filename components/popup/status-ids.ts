/**
 * Ids shared by the popup's parts (the status loads after the first paint, the walk panel is in it):
 * the status line describes the walk's Start button while a walk is due, and focus moves by id
 * (components/hooks/use-focus-next.ts).
 */
import type { ReminderStatus } from '@/lib/reminders/status';
import type { ReminderKind } from '@/lib/reminders/types';

export const STATUS_LINE_ID = 'status-line';

export const FOCUS = {
  pauseReminders: 'pause-reminders',
  resumeReminders: 'resume-reminders',
  startWalk: 'start-walk',
  walkToggle: 'walk-toggle',
} as const;

/** Reminders shown and not yet acted on. */
export const waitingKinds = (status: ReminderStatus | undefined): ReminderKind[] =>
  status?.kind === 'upcoming' || status?.kind === 'outside' ? status.outstanding : [];
