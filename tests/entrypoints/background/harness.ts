import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground, type Background } from '@/entrypoints/background/background';
import type { CommandReply } from '@/lib/commands';
import { createFakeApi } from './fake-api';

export const MINUTE = 60_000;

interface ShownNotification {
  title: string;
  message: string;
  buttons?: Array<{ title: string }>;
}

/**
 * The background as the browser runs it, on fakeBrowser: storage changes reach it as they would
 * through its listener, alarms fire with their scheduledTime (a one-shot alarm is gone from the list
 * before its event arrives), and a stopped worker can be replaced by a new one, whose start-up
 * reconcile runs before the event that woke it.
 */
export function createHarness(options: { firefox?: boolean; zone?: string } = {}) {
  const fake = createFakeApi(options);
  let zone = options.zone ?? 'Europe/Berlin';
  const created: string[] = [];
  const create = fake.api.notifications.create.bind(fake.api.notifications);
  fake.api.notifications.create = (async (id: string, opts: unknown) => {
    created.push(id);
    return create(id, opts as never);
  }) as typeof fake.api.notifications.create;

  let background!: Background;
  let unwire = () => undefined as void;
  function startWorker(): Background {
    unwire();
    background = createBackground({ api: fake.api, now: fake.now, timeZone: () => zone, taskTimeoutMs: 2_000 });
    const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) =>
      void background.onStorageChanged(changes, area);
    fakeBrowser.storage.onChanged.addListener(listener);
    unwire = () => fakeBrowser.storage.onChanged.removeListener(listener);
    void background.reconcile();
    return background;
  }
  startWorker();

  const h = {
    fake,
    get background() {
      return background;
    },
    /** notifications.create calls, in order. */
    created,
    setZone: (z: string) => void (zone = z),
    /** Lets every queued event (and the storage changes they cause) finish. */
    async settle() {
      for (let i = 0; i < 5; i++) {
        await background.settled();
        await new Promise((r) => setTimeout(r, 0));
      }
      await background.settled();
    },
    /** The worker was stopped; a new one starts (and reconciles) as the next event arrives. */
    async restartWorker() {
      startWorker();
      await h.settle();
    },
    async alarmTimes(): Promise<Record<string, number>> {
      return Object.fromEntries((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
    },
    /** Fires an armed alarm the way the browser does: at its scheduled time, removed first if one-shot. */
    async fire(name: string, late = 0) {
      const alarm = await fakeBrowser.alarms.get(name);
      if (!alarm) throw new Error(`alarm ${name} is not armed`);
      fake.clock.now = Math.max(fake.clock.now, alarm.scheduledTime + late);
      if (!alarm.periodInMinutes) await fakeBrowser.alarms.clear(name);
      await background.onAlarm(alarm);
      await h.settle();
      return alarm;
    },
    async command(command: unknown): Promise<CommandReply | undefined> {
      const reply = await background.onMessage(command, { id: fakeBrowser.runtime.id });
      await h.settle();
      return reply;
    },
    notifications: async () =>
      (
        fakeBrowser.notifications as unknown as { getAllCreateOptions(): Record<string, ShownNotification> }
      ).getAllCreateOptions(),
    badge: () => fakeBrowser.action.getBadgeText({}),
    badgeColor: () => fakeBrowser.action.getBadgeBackgroundColor({}),
    title: () => fakeBrowser.action.getTitle({}),
    local: async (key: string) => (await fakeBrowser.storage.local.get(key))[key] ?? null,
    sync: async (key: string) => (await fakeBrowser.storage.sync.get(key))[key] ?? null,
  };
  return h;
}

export type Harness = ReturnType<typeof createHarness>;
