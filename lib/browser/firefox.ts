/**
 * Whether `runtime` is Firefox's, where notifications carry no buttons and refuse `requireInteraction`,
 * and shortcuts can be changed from the extension (commands.update). Told apart by a feature, not the
 * user agent: Firefox has runtime.getBrowserInfo, which Chrome lacks. Pages pass `browser.runtime`; the
 * background passes its own (a fake in its tests).
 */
export const isFirefox = (runtime: object): boolean => 'getBrowserInfo' in runtime;
