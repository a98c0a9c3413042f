import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundApi } from '@/entrypoints/background/browser-api';
import type { IdleState } from '@/lib/reminders/types';

/**
 * fakeBrowser plus what it lacks: an idle API whose state the test sets, a settable fullscreen window,
 * a clock, and (Chrome) an offscreen API that keeps the one document Chrome allows. `firefox: true`
 * adds runtime.getBrowserInfo, which is how the background spots Firefox, leaves offscreen out, and
 * refuses a notification with Chrome's `requireInteraction` as Firefox does.
 */
export function createFakeApi(options: { firefox?: boolean } = {}) {
  let idleState: IdleState = 'active';
  /** What the background last asked the idle API to count as away (seconds); null before it asked. */
  const idle = { detectionIntervalS: null as number | null };
  let fullscreen = false;
  const clock = { now: Date.UTC(2026, 10, 26, 9, 0) };
  /** The URLs of the offscreen documents created, in order; `open` is the one open now. */
  const offscreenDocs: string[] = [];
  let openDoc: string | null = null;
  const offscreen = {
    async createDocument({ url }: { url: string }) {
      if (openDoc) throw new Error('Only a single offscreen document may be created.');
      openDoc = url;
      offscreenDocs.push(url);
    },
    async closeDocument() {
      if (!openDoc) throw new Error('No current offscreen document.');
      openDoc = null;
    },
  };
  const runtime = options.firefox
    ? Object.assign(Object.create(fakeBrowser.runtime), {
        getBrowserInfo: async () => ({ name: 'Firefox', vendor: 'Mozilla', version: '153.0', buildID: '' }),
      })
    : fakeBrowser.runtime;
  const api = {
    ...fakeBrowser,
    runtime,
    idle: {
      queryState: async () => idleState,
      setDetectionInterval: async (seconds: number) => void (idle.detectionIntervalS = seconds),
    },
    windows: {
      ...fakeBrowser.windows,
      getLastFocused: async () => ({ state: fullscreen ? 'fullscreen' : 'normal' }),
    },
    offscreen: options.firefox ? undefined : offscreen,
    notifications: options.firefox ? firefoxNotifications() : fakeBrowser.notifications,
  } as unknown as BackgroundApi;
  return {
    api,
    clock,
    now: () => clock.now,
    idle,
    setIdle: (state: IdleState) => void (idleState = state),
    setFullscreen: (value: boolean) => void (fullscreen = value),
    advance: (ms: number) => void (clock.now += ms),
    offscreenDocs,
    /** Chrome closes the chime's document itself once the sound ended. */
    endSound: () => void (openDoc = null),
  };
}

/** Firefox (153) refuses the whole notification when its options name `requireInteraction`. */
function firefoxNotifications() {
  return Object.assign(Object.create(fakeBrowser.notifications), {
    async create(id: string, options: Record<string, unknown>) {
      if ('requireInteraction' in options)
        throw new Error(
          'Type error for parameter options (Unexpected property "requireInteraction") for notifications.create.',
        );
      return fakeBrowser.notifications.create(id, options as never);
    },
  }) as typeof fakeBrowser.notifications;
}
