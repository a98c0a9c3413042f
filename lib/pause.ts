/**
 * When each pause choice of the popup ends. Pure: the time zone is a parameter.
 */
import { nextLocalTime, startOfNextLocalDay } from './local-time';
import { nextWindowStart } from './reminders/schedule-window';
import type { Settings } from './settings';

export type PauseChoice = '30min' | '1h' | '2h' | 'tomorrow';

/** Without a schedule, "tomorrow" means the next local morning at this time. */
export const MORNING_MINUTE = 8 * 60;

export function pauseUntil(choice: PauseChoice, settings: Settings, now: number, timeZone: string): number {
  switch (choice) {
    case '30min':
      return now + 30 * 60_000;
    case '1h':
      return now + 60 * 60_000;
    case '2h':
      return now + 120 * 60_000;
    case 'tomorrow': {
      const tomorrow = startOfNextLocalDay(now, timeZone);
      // With a schedule, tomorrow starts when the next window opens (which may be after a weekend).
      const windowStart = settings.schedule.enabled ? nextWindowStart(settings, tomorrow, timeZone) : null;
      return windowStart ?? nextLocalTime(tomorrow, MORNING_MINUTE, timeZone);
    }
  }
}

export function pauseChoices(settings: Settings, now: number, timeZone: string) {
  return (['30min', '1h', '2h', 'tomorrow'] as const).map((choice) => ({
    choice,
    until: pauseUntil(choice, settings, now, timeZone),
  }));
}
