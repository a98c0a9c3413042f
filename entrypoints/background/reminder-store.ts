import { initialReminderState, parseReminderState } from '@/lib/reminders/state';
import type { ReminderState } from '@/lib/reminders/types';
import type { Settings } from '@/lib/settings/model';
import { reminderStateItem, reportInvalid } from '@/lib/browser/storage-items';

/** The engine's stored state, validated; a fresh one on first start. Never throws. */
export async function readReminderState(settings: Settings, now: number): Promise<ReminderState> {
  const raw = await reminderStateItem.getValue();
  if (raw === null) return initialReminderState(settings, now);
  const { state, problems } = parseReminderState(raw, settings, now);
  reportInvalid('reminder state', problems);
  return state;
}
