/**
 * What the toolbar button says, decided from the walk and the reminder state. Pure: the title is a
 * message reference the background translates.
 *
 * The title always says what comes next. Times are clock times ("posture check at 14:32"), not
 * countdowns: the background sets the title only when an event wakes it (an alarm at every due time,
 * at the end of a pause, each minute of a walk; a command; a setting; the user coming back), and a
 * clock time set then is still right when the user hovers the button twenty minutes later.
 */
import { formatNumberIn } from '../i18n/number';
import { formatWhen } from '../i18n/time';
import type { MessageRef } from '../i18n/keys';
import { badgeMinutes, minutesLeft, type Walk } from '../walk/walk';
import type { ReminderState } from './types';

export interface BadgeView {
  text: string;
  /** Background colour; null when the badge is empty. */
  color: string | null;
  /** The toolbar button's tooltip; null restores the manifest's default. */
  title: MessageRef | null;
}

export const BADGE_COLOR = { walking: '#1f6f54', walkPaused: '#5f6368', due: '#a4282c' } as const;

/**
 * The mark of paused reminders. Plain letters rather than "⏸": the badge is drawn with the system's
 * UI font, which may lack that symbol (or draw it as a colour emoji); two bold capital I read as a
 * pause sign everywhere.
 */
export const PAUSE_MARK = 'II';

/**
 * Minutes left while a walk runs (grey while it is paused: it still holds reminders); "!" while a
 * reminder waits (which also covers blocked notifications); the pause mark while reminders are paused;
 * nothing otherwise, with the next reminder in the title. The title's times and numbers are written
 * as `locale` writes them (the UI's, as in the popup; undefined: the runtime's).
 */
export function badgeView(
  walk: Walk | null,
  state: ReminderState | null,
  now: number,
  timeZone: string,
  locale?: string,
): BadgeView {
  if (walk) {
    const minutes = formatNumberIn(locale, minutesLeft(walk, now));
    const paused = walk.pausedAt !== null;
    return {
      text: badgeMinutes(walk, now),
      color: paused ? BADGE_COLOR.walkPaused : BADGE_COLOR.walking,
      title: { key: paused ? 'badgeWalkPaused' : 'badgeWalkLeft', args: [minutes] },
    };
  }
  if (!state) return { text: '', color: null, title: null };
  if (state.posture.outstanding || state.walk.outstanding)
    return { text: '!', color: BADGE_COLOR.due, title: { key: 'badgeReminderDue' } };
  const at = (ts: number) => formatWhen(ts, now, { timeZone, locale });
  if (state.pausedUntil !== null && state.pausedUntil > now)
    return {
      text: PAUSE_MARK,
      color: BADGE_COLOR.walkPaused,
      title: { key: 'badgePausedUntil', args: [at(state.pausedUntil)] },
    };
  return { text: '', color: null, title: nextTitle(state.posture.dueAt, state.walk.dueAt, at) };
}

/**
 * The reminder that comes first: "Backstride: posture check at 14:32" (a kind that is off has no due
 * time; at the same time, the walk, as only the walk is then shown).
 */
function nextTitle(posture: number | null, walk: number | null, at: (ts: number) => string): MessageRef {
  if (walk !== null && (posture === null || walk <= posture)) return { key: 'badgeNextWalk', args: [at(walk)] };
  if (posture !== null) return { key: 'badgeNextPosture', args: [at(posture)] };
  return { key: 'badgeRemindersOff' };
}
