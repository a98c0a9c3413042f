import type { BackgroundApi } from './browser-api';

/** What every part of the background is built from: the browser, and the clock and zone to decide with. */
export interface BackgroundDeps {
  api: BackgroundApi;
  now: () => number;
  /** Read at every decision: the user may travel or change the system time zone while running. */
  timeZone: () => string;
}
