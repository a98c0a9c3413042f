import { browser } from 'wxt/browser';
import { messagesLocale } from '@/lib/browser/i18n';
import { popupPage } from '@/lib/i18n/locale';
import { NOTIFICATION } from '@/lib/reminders/types';
import { createBackground } from './background';
import { openExtensionUi } from './open-ui';

export default defineBackground(() => {
  const background = createBackground({
    api: browser,
    now: () => Date.now(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  });

  // Every listener is registered synchronously, before main() returns: an MV3 worker woken by an
  // event must have its listener in place or it misses the very event that woke it.
  browser.runtime.onInstalled.addListener(({ reason }) => void background.onInstalled(reason));
  browser.runtime.onStartup.addListener(() => void background.reconcile());
  browser.alarms.onAlarm.addListener((alarm) => void background.onAlarm(alarm));
  browser.idle.onStateChanged.addListener((state) => void background.onIdleChanged(state));
  browser.storage.onChanged.addListener((changes, area) => void background.onStorageChanged(changes, area));
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    // The walk-complete notification's one button invites the back check-in: it opens the popup, in
    // the click's user-gesture turn (a button click counts as one from Chrome 127), so not queued.
    if (id === NOTIFICATION.walkComplete)
      return void openExtensionUi(browser).then(() => browser.notifications.clear(id));
    void background.onNotificationButton(id, index);
  });
  browser.notifications.onClicked.addListener((id) => {
    // Firefox has no buttons: a click opens the popup (or the extension page), where every action is.
    // openPopup must run in the click's user-gesture turn, so it is not queued behind storage work.
    if (background.opensExtension(id)) void openExtensionUi(browser);
    void browser.notifications.clear(id);
  });
  browser.notifications.onClosed.addListener((id, byUser) => void background.onNotificationClosed(id, byUser));
  browser.runtime.onMessage.addListener((message: unknown, sender) => background.onMessage(message, sender));
  // Keyboard shortcuts (wxt.config.ts); Firefox for Android has no commands API.
  browser.commands?.onCommand.addListener((name) => void background.onShortcut(name));

  // A worker start is also a chance that alarms were lost or deadlines passed while it was stopped.
  void background.reconcile();
  // The toolbar button opens the popup prerendered in the browser's language (scripts/prerender-popup.ts):
  // the manifest cannot name a page per language, and the language may change between starts.
  void browser.action.setPopup({ popup: popupPage(messagesLocale()) });
});
