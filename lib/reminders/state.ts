// STUB: replaced by the reminder-engine work. Signatures are the contract.
import type { Settings } from '../settings';
import type { ReminderState } from './types';

export function initialReminderState(settings: Settings, now: number): ReminderState {
  const MIN = 60_000;
  return {
    version: 1,
    posture: { dueAt: settings.posture.enabled ? now + settings.posture.intervalMin * MIN : null, pending: false, outstanding: false },
    walk: { dueAt: settings.walk.enabled ? now + settings.walk.intervalMin * MIN : null, pending: false, outstanding: false },
    pausedUntil: null,
    away: null,
    walkUntil: null,
    inWindow: true,
  };
}

export function parseReminderState(raw: unknown, settings: Settings, now: number): { state: ReminderState; problems: string[] } {
  void raw;
  return { state: initialReminderState(settings, now), problems: [] };
}
