import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundApi } from '@/entrypoints/background/browser-api';
import type { IdleState } from '@/lib/reminders/types';

/**
 * fakeBrowser plus what it lacks: an idle API whose state the test sets, a settable fullscreen window
 * and a clock. `firefox: true` adds runtime.getBrowserInfo, which is how the background spots Firefox.
 */
export function createFakeApi(options: { firefox?: boolean } = {}) {
  let idleState: IdleState = 'active';
  let fullscreen = false;
  const clock = { now: Date.UTC(2026, 10, 26, 9, 0) };
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
      setDetectionInterval: async () => undefined,
    },
    windows: {
      ...fakeBrowser.windows,
      getLastFocused: async () => ({ state: fullscreen ? 'fullscreen' : 'normal' }),
    },
  } as unknown as BackgroundApi;
  return {
    api,
    clock,
    now: () => clock.now,
    setIdle: (state: IdleState) => void (idleState = state),
    setFullscreen: (value: boolean) => void (fullscreen = value),
    advance: (ms: number) => void (clock.now += ms),
  };
}
