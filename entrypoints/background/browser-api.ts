import type { Browser, WxtBrowser } from 'wxt/browser';
import { isFirefox } from '@/lib/browser/firefox';

/**
 * The slice of the browser the background uses, injected so tests can pass WXT's fakeBrowser (which
 * lacks `idle`) plus their own fakes.
 */
export type BackgroundApi = Pick<
  WxtBrowser,
  'alarms' | 'notifications' | 'action' | 'windows' | 'runtime' | 'tabs' | 'commands'
> & {
  idle: Pick<WxtBrowser['idle'], 'queryState' | 'setDetectionInterval'>;
  /** Chrome only (the Chrome build alone asks for the permission): where the chime plays. */
  offscreen?: Pick<WxtBrowser['offscreen'], 'createDocument' | 'closeDocument'>;
};

export type NotificationOptions = Browser.notifications.NotificationCreateOptions;

/** Firefox shows no notification buttons and refuses `requireInteraction` (both are Chrome's). */
export function supportsNotificationButtons(api: BackgroundApi): boolean {
  return !isFirefox(api.runtime);
}

/**
 * Whether `notifications.onClosed` tells a close by the user from one by the browser. Firefox says
 * "by the user" also when it hides a notification by itself, about 20 s after showing it (measured,
 * Firefox 153; MDN lists `byUser` as unsupported there): the reminder must keep waiting then.
 */
export function tellsWhoClosed(api: BackgroundApi): boolean {
  return supportsNotificationButtons(api);
}
