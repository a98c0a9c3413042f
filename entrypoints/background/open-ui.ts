import type { BackgroundApi } from './browser-api';

/**
 * Opens the popup where the browser allows it (Chrome 127+, Firefox from a user action); otherwise
 * the same page in a tab, so a notification click always leads somewhere the user can act.
 */
export async function openExtensionUi(api: BackgroundApi): Promise<void> {
  try {
    await api.action.openPopup();
  } catch {
    await api.tabs.create({ url: api.runtime.getURL('/popup.html') });
  }
}
