/**
 * Commands that pages send to the background. Storage is the bus for state (pages watch it); commands
 * are only for actions the background must carry out (alarms, notifications, history writes), so that
 * every change of shared state runs in the background's one queue. A typed union and a validator
 * instead of a messaging library: the popup pays no bytes for it. Pure.
 */
import { isFeel, isWhere, type Feel, type Where } from './history/model';
import { isWalkLength } from './settings/model';
import { PAUSE_CHOICES, type PauseChoice } from './reminders/pause';
import type { ReminderKind } from './reminders/types';
import { isRecord, isWhole, oneOf } from './validate';

export type Command =
  | { type: 'walk-start'; minutes: number }
  | { type: 'walk-pause' }
  | { type: 'walk-resume' }
  | { type: 'walk-finish' }
  | { type: 'walk-cancel' }
  /** The background works out the end ("tomorrow" depends on the schedule and the time zone). */
  | { type: 'reminders-pause'; choice: PauseChoice }
  | { type: 'reminders-resume' }
  | { type: 'reminder-acknowledge'; kind: ReminderKind }
  /** Snooze a reminder that waits, for one of the popup's choices (else the settings' length). */
  | { type: 'reminder-snooze'; kind: ReminderKind; minutes?: SnoozeChoice }
  | { type: 'reminder-skip'; kind: ReminderKind }
  | { type: 'test-reminder' }
  /** The back check-in of a logged walk (its startedAt); `where` only with "worse". A later one replaces it. */
  | { type: 'walk-check-in'; startedAt: number; feel: Feel; where?: Where }
  /** A real reminder of `kind` now, with its real buttons (the welcome page's "show me"). */
  | { type: 'reminder-preview'; kind: ReminderKind }
  /** A page found the stored state implausible (or from another time zone): decide again. */
  | { type: 'reconcile' }
  /**
   * A backup the options page has read and checked: the background checks its parts again and merges
   * the history in its queue, so a walk that ends at the same moment is kept.
   */
  | { type: 'import-backup'; settings: unknown; history: unknown; plan?: unknown }
  | { type: 'reset-data' };

export type CommandType = Command['type'];

/** The snooze lengths the popup offers. */
export const SNOOZE_CHOICES = [5, 10, 30] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];

export type CommandReply = { ok: true; added?: number } | { ok: false; error: string };

const SIMPLE: ReadonlySet<string> = new Set<CommandType>([
  'walk-pause',
  'walk-resume',
  'walk-finish',
  'walk-cancel',
  'reminders-resume',
  'test-reminder',
  'reconcile',
  'reset-data',
]);

const isKind = oneOf<ReminderKind>('posture', 'walk');

/**
 * The command in an untrusted message, with every field checked, or null. Only the fields a command
 * has are kept.
 */
export function parseCommand(message: unknown): Command | null {
  if (!isRecord(message) || typeof message.type !== 'string') return null;
  const { type } = message;
  if (SIMPLE.has(type)) return { type } as Command;
  switch (type) {
    case 'walk-start':
      return isWalkLength(message.minutes) ? { type, minutes: message.minutes } : null;
    case 'reminders-pause':
      return oneOf(...PAUSE_CHOICES)(message.choice) ? { type, choice: message.choice } : null;
    case 'reminder-acknowledge':
    case 'reminder-skip':
    case 'reminder-preview':
      return isKind(message.kind) ? { type, kind: message.kind } : null;
    case 'reminder-snooze':
      if (!isKind(message.kind)) return null;
      if (message.minutes === undefined) return { type, kind: message.kind };
      return (SNOOZE_CHOICES as readonly unknown[]).includes(message.minutes)
        ? { type, kind: message.kind, minutes: message.minutes as SnoozeChoice }
        : null;
    case 'walk-check-in': {
      const { startedAt, feel, where } = message;
      if (!isWhole(startedAt) || !isFeel(feel)) return null;
      if (where === undefined) return { type, startedAt, feel };
      return feel === 'worse' && isWhere(where) ? { type, startedAt, feel, where } : null;
    }
    case 'import-backup': {
      const { settings, history, plan } = message;
      if (!isRecord(settings) || !isRecord(history) || !(plan === undefined || isRecord(plan))) return null;
      return plan === undefined ? { type, settings, history } : { type, settings, history, plan };
    }
    default:
      return null;
  }
}
