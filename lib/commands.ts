/**
 * Commands that pages send to the background. Storage is the bus for state (pages watch it); these
 * messages are only for actions the background must carry out (alarms, notifications, history).
 * A typed union instead of a messaging library: the popup pays no bytes for it.
 */
import { browser } from 'wxt/browser';
import { t } from './browser/i18n';
import type { PauseChoice } from './reminders/pause';
import type { ReminderKind } from './reminders/types';

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
  | { type: 'test-reminder' };

export type CommandReply = { ok: true } | { ok: false; error: string };

export function isCommand(value: unknown): value is Command {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export async function sendCommand(command: Command): Promise<CommandReply> {
  try {
    const reply = (await browser.runtime.sendMessage(command)) as CommandReply | undefined;
    return reply ?? { ok: false, error: t('errorNoAnswer') };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
