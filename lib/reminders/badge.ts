/**
 * What the toolbar badge says, decided from the walk and the reminder state. Pure: the title is a
 * message reference the background translates.
 */
import type { MessageRef } from '../i18n/keys';
import { MINUTE } from '../time/units';
import { badgeMinutes, remainingMs, type Walk } from '../walk/walk';
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
 * Minutes left while a walk runs (grey while it is paused: it still holds reminders); "!" while a
 * reminder waits (which also covers blocked notifications); nothing otherwise.
 */
export function badgeView(walk: Walk | null, state: ReminderState | null, now: number): BadgeView {
  if (walk) {
    const minutes = String(Math.ceil(remainingMs(walk, now) / MINUTE));
    const paused = walk.pausedAt !== null;
    return {
      text: badgeMinutes(walk, now),
      color: paused ? BADGE_COLOR.walkPaused : BADGE_COLOR.walking,
      title: { key: paused ? 'badgeWalkPaused' : 'badgeWalkLeft', args: [minutes] },
    };
  }
  if (state && (state.posture.outstanding || state.walk.outstanding))
    return { text: '!', color: BADGE_COLOR.due, title: { key: 'badgeReminderDue' } };
  return { text: '', color: null, title: null };
}
