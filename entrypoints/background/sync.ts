/**
 * Keeps the synced copy of the settings in step with this device's (lib/settings/sync.ts says why it
 * works this way): written once, a moment after the last change, retried when refused, and never
 * written back when the change came from sync.
 */
import { KEYS, readValue, writeValue } from '@/lib/browser/storage';
import { readSettings } from '@/lib/browser/stored';
import { parseSettings } from '@/lib/settings/parse';
import { adoptSyncedSettings, classifySyncError, retryDelayMs, syncNeeded, SYNC_DELAY_MS } from '@/lib/settings/sync';
import type { BackgroundDeps } from './context';

export const SYNC_ALARM = 'settings-sync';

export function createSettingsSync({ api, now }: BackgroundDeps) {
  const sync = {
    /** This device's settings changed: write the synced copy shortly, after any further change. */
    async onLocalChange(): Promise<void> {
      await api.alarms.create(SYNC_ALARM, { when: now() + SYNC_DELAY_MS });
    },

    /** The sync alarm: write the copy if it differs; keep a refusal for the options page and retry. */
    async flush(): Promise<void> {
      const [raw, synced] = await Promise.all([readValue(KEYS.settings), readValue(KEYS.syncedSettings)]);
      const { settings: local, problems } = parseSettings(raw);
      // Damaged settings on this device read as defaults: copied to sync, they would replace the user's
      // choices in every browser. A valid synced copy repairs this device instead.
      if (problems.length) return sync.onSyncedChange(synced);
      try {
        if (syncNeeded(local, synced)) await writeValue(KEYS.syncedSettings, local);
        if ((await readValue(KEYS.syncStatus)) !== null) await writeValue(KEYS.syncStatus, null);
      } catch (error) {
        const status = classifySyncError(error);
        await writeValue(KEYS.syncStatus, status);
        await api.alarms.create(SYNC_ALARM, { when: now() + retryDelayMs(status.problem) });
      }
    },

    /**
     * Settings arrived through sync (from another browser, or the echo of this one's own write).
     * Adopted into this device's settings unless a change of this device still waits to be synced.
     */
    async onSyncedChange(synced: unknown): Promise<void> {
      const pending = Boolean(await api.alarms.get(SYNC_ALARM));
      const decision = adoptSyncedSettings(await readSettings(), synced, pending);
      if (decision.adopt) await writeValue(KEYS.settings, decision.settings);
      else if (decision.reason === 'invalid')
        console.warn('Backstride: ignored invalid synced settings:', decision.problems);
    },
  };
  return sync;
}

export type SettingsSync = ReturnType<typeof createSettingsSync>;
