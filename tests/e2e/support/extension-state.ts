import type { Alarms } from 'webextension-polyfill';
import type { ExtPage } from './driver';

/**
 * Reads and pokes the extension's browser state from one of its own pages. Extension pages share the
 * alarms, notifications, action and storage APIs with the background, and keep working while the
 * background is stopped. `browser` in Firefox, `chrome` in Chromium: both return promises in MV3.
 */
export function extensionState(page: ExtPage) {
  return {
    alarms: () =>
      page.evaluate(async () => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        return (await api.alarms.getAll()) as Alarms.Alarm[];
      }),
    alarm: (name: string) =>
      page.evaluate(async (n) => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        return ((await api.alarms.get(n)) ?? null) as Alarms.Alarm | null;
      }, name),
    /** Re-arms an alarm to fire almost at once, as the browser does when its time comes. */
    fireSoon: (name: string) =>
      page.evaluate((n) => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        api.alarms.create(n, { when: Date.now() + 50 });
      }, name),
    notificationIds: () =>
      page.evaluate(async () => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        return Object.keys(await api.notifications.getAll()).sort();
      }),
    badge: () =>
      page.evaluate(() => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        return api.action.getBadgeText({});
      }),
    local: (key: string) =>
      page.evaluate(async (k) => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        return (await api.storage.local.get(k))[k] as unknown;
      }, key),
  };
}

export type ExtensionState = ReturnType<typeof extensionState>;
