import { say } from '@/lib/browser/i18n';
import type { BadgeView } from '@/lib/reminders/badge';
import type { BackgroundApi } from './browser-api';

export async function applyBadge(api: BackgroundApi, view: BadgeView): Promise<void> {
  await api.action.setBadgeText({ text: view.text });
  // An empty title restores the manifest's default tooltip.
  await api.action.setTitle({ title: view.title ? say(view.title) : '' });
  if (view.color) await api.action.setBadgeBackgroundColor({ color: view.color });
}
