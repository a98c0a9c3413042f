import { browser } from 'wxt/browser';

export default defineBackground(() => {
  // Listeners are registered synchronously: an MV3 worker woken by an event must have its listener
  // in place before main() returns, or it misses the very event that woke it.
  browser.runtime.onInstalled.addListener(() => undefined);
});
