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
    /**
     * Makes a reminder kind due in a moment, as if its interval had run out: its due time in the
     * engine's stored state (the only truth about when it is due) and its alarm, so the browser wakes
     * the background for it. An alarm moved on its own would be put back by the background.
     */
    dueSoon: (kind: 'posture' | 'walk', inMs = 300) =>
      page.evaluate(
        async ([k, ms]) => {
          const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
          const at = Date.now() + ms;
          const { reminderState } = (await api.storage.local.get('reminderState')) as {
            reminderState: Record<string, { dueAt: number | null }>;
          };
          reminderState[k]!.dueAt = at;
          await api.storage.local.set({ reminderState });
          await api.alarms.create(`${k}-reminder`, { when: at });
        },
        [kind, inMs] as const,
      ),
    /**
     * Counts, from now on, how often a notification is replaced: the background clears a reminder's
     * notification before it creates it again, so a second `create` for a notification still on
     * screen shows here as a close not made by the user. Returns a reader of the count.
     */
    countReplaced: async (id: string) => {
      await page.evaluate((n) => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        const w = globalThis as { replaced?: number };
        w.replaced = 0;
        api.notifications.onClosed.addListener((closed, byUser) => {
          if (closed === n && !byUser) w.replaced = (w.replaced ?? 0) + 1;
        });
      }, id);
      return () => page.evaluate(() => (globalThis as { replaced?: number }).replaced ?? 0);
    },
    clearNotifications: () =>
      page.evaluate(async () => {
        const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
        await Promise.all(Object.keys(await api.notifications.getAll()).map((id) => api.notifications.clear(id)));
      }),
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
