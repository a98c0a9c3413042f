import { browser } from 'wxt/browser';
import { isCommand } from '@/lib/commands';
import { settingsItem, syncedSettingsItem } from '@/lib/browser/storage-items';
import { createBackgroundService } from './service';
import { openExtensionUi } from './open-ui';

export default defineBackground(() => {
  const service = createBackgroundService({
    api: browser,
    now: () => Date.now(),
    // Read at every decision: the user may travel or change the system time zone while running.
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  });

  // Every listener is registered synchronously, before main() returns: an MV3 worker woken by an
  // event must have its listener in place or it misses the very event that woke it.
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    // A new install on a browser where the user already has Backstride: take their synced settings.
    if (reason === 'install') await service.onSyncedSettings(await syncedSettingsItem.getValue());
    await service.reconcile();
  });
  browser.runtime.onStartup.addListener(() => void service.reconcile());
  browser.alarms.onAlarm.addListener((alarm) => void service.onAlarm(alarm));
  browser.idle.onStateChanged.addListener((state) => void service.onIdleChanged(state));
  browser.notifications.onButtonClicked?.addListener((id, index) => void service.onNotificationButton(id, index));
  browser.notifications.onClicked.addListener((id) => {
    // Firefox has no buttons: a click opens the popup (or the extension page), where every action is.
    // openPopup must run in the click's user-gesture turn, so it is not queued behind storage work.
    if (service.isReminderNotification(id) || id === 'walk-complete') void openExtensionUi(browser);
    void browser.notifications.clear(id);
  });
  browser.notifications.onClosed.addListener((id, byUser) => void service.onNotificationClosed(id, byUser));
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isCommand(message)) return service.handleCommand(message);
    return undefined;
  });
  settingsItem.watch((_next, previous) => void service.onSettingsChanged(previous));
  syncedSettingsItem.watch((next) => void service.onSyncedSettings(next));

  // A worker start is also a chance that alarms were lost (browser bug, profile copy): check them.
  void service.reconcile();
});
