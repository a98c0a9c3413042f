/**
 * When each pause choice of the popup ends. Pure: the time zone is a parameter. The background computes
 * it when the command arrives, so the popup needs no calendar code.
 */
import { localParts, nextLocalTime, startOfNextLocalDay } from '../time/local-time';
import { HOUR, MINUTE } from '../time/units';
import { nextWindowStart } from './schedule-window';
import type { Settings } from '../settings/model';

export const PAUSE_CHOICES = ['30min', '1h', '2h', 'tomorrow'] as const;
export type PauseChoice = (typeof PAUSE_CHOICES)[number];

export const isPauseChoice = (value: unknown): value is PauseChoice => PAUSE_CHOICES.includes(value as PauseChoice);

/** Without a schedule, "tomorrow" means the next local morning at this time. */
export const MORNING_MINUTE = 8 * 60;
/** Before this local time (night owls), "tomorrow" is the morning that is coming, not the one after. */
const NIGHT_ENDS_MINUTE = 4 * 60;

export function pauseUntil(choice: PauseChoice, settings: Settings, now: number, timeZone: string): number {
  switch (choice) {
    case '30min':
      return now + 30 * MINUTE;
    case '1h':
      return now + HOUR;
    case '2h':
      return now + 2 * HOUR;
    case 'tomorrow': {
      const lateNight = localParts(now, timeZone).minuteOfDay < NIGHT_ENDS_MINUTE;
      const day = lateNight ? now : startOfNextLocalDay(now, timeZone);
      // With a schedule, tomorrow starts when the next window opens (which may be after a weekend).
      const windowStart = settings.schedule.enabled ? nextWindowStart(settings, day, timeZone) : null;
      return windowStart ?? nextLocalTime(day, MORNING_MINUTE, timeZone);
    }
  }
}
