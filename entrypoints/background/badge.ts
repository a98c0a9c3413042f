import { t } from '@/lib/browser/i18n';
import type { ReminderState } from '@/lib/reminders/types';
import { badgeMinutes, remainingMs, MINUTE, type WalkTimer } from '@/lib/walk/timer';
import type { BackgroundApi } from './browser-api';

export interface BadgeView {
  text: string;
  title: string;
}

/**
 * What the toolbar badge says: minutes left while a walk runs; "!" while a reminder waits (which also
 * covers blocked notifications); nothing otherwise.
 */
export function badgeView(timer: WalkTimer | null, state: ReminderState | null, now: number): BadgeView {
  if (timer) {
    const text = badgeMinutes(timer, now);
    return { text, title: t('badgeWalkLeft', String(Math.ceil(remainingMs(timer, now) / MINUTE))) };
  }
  if (state && (state.posture.outstanding || state.walk.outstanding)) {
    return { text: '!', title: t('badgeReminderDue') };
  }
  return { text: '', title: '' };
}

export async function applyBadge(api: BackgroundApi, view: BadgeView): Promise<void> {
  await api.action.setBadgeText({ text: view.text });
  // An empty title restores the manifest's default tooltip.
  await api.action.setTitle({ title: view.title });
  if (view.text) await api.action.setBadgeBackgroundColor({ color: view.text === '!' ? '#a4282c' : '#1f6f54' });
}
