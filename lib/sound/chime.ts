/**
 * Whether a decision of the pipeline should be heard: the chime when a walk ends, and (if chosen)
 * with reminders. Pure; the background plays it (entrypoints/background/sound.ts).
 */
import type { Decision } from '../reminders/decide';
import { isInWindow } from '../reminders/schedule-window';
import type { Settings } from '../settings/model';

export type Chime = 'walk-end' | 'reminder';

/** The one sound, bundled with the extension (made by scripts/make-chime.ts). */
export const CHIME_FILE = '/sound/chime.wav';

/**
 * What a decision calls for, before the settings are asked: a walk that ended and was logged (a
 * cancel, or a walk finished under a minute, logs nothing and is not announced), or a reminder shown.
 */
export function chimeCue(d: Pick<Decision, 'ended' | 'effects'>): Chime | null {
  if (d.ended?.entry) return 'walk-end';
  return d.effects.some((e) => e.type === 'show') ? 'reminder' : null;
}

/**
 * Whether the chime plays: switched on for its cue and audible, reminders not paused, inside the
 * schedule. A reminder's chime also waits for the user to be at the computer (the engine shows no
 * reminder to someone away anyway). The walk-end chime does not: a walk is time away from the screen,
 * and calling the user back is what that chime is for.
 */
export function shouldChime(
  cue: Chime,
  settings: Settings,
  state: Pick<Decision['state'], 'pausedUntil' | 'away'>,
  now: number,
  timeZone: string,
): boolean {
  const { sound } = settings;
  if (!(cue === 'walk-end' ? sound.walkEnd : sound.reminders) || sound.volume === 0) return false;
  if (state.pausedUntil !== null && state.pausedUntil > now) return false;
  if (settings.schedule.enabled && !isInWindow(settings, now, timeZone)) return false;
  return cue === 'walk-end' || state.away === null;
}
