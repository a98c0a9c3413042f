/**
 * Imports and resets run here, in the background's queue, so a walk that ends or a posture check that
 * is answered at the same moment is never lost under an import's write.
 */
import { t } from '@/lib/browser/i18n';
import { KEYS, writeLocal } from '@/lib/browser/storage';
import { readHistory } from '@/lib/browser/stored';
import type { CommandReply } from '@/lib/commands';
import { compactHistory, emptyHistory, mergeHistory, parseHistory, walkCount } from '@/lib/history';
import { parsePlan } from '@/lib/plan/plan';
import { defaultSettings } from '@/lib/settings/model';
import { parseSettings } from '@/lib/settings/parse';
import type { BackgroundDeps } from './context';

export function createDataActions({ now, timeZone }: Pick<BackgroundDeps, 'now' | 'timeZone'>) {
  return {
    /**
     * Settings and history (and a walking plan, when the backup has one: it replaces this device's)
     * from a backup the page checked; checked again, then merged.
     */
    async importBackup(rawSettings: unknown, rawHistory: unknown, rawPlan?: unknown): Promise<CommandReply> {
      const at = now();
      const zone = timeZone();
      const settings = parseSettings(rawSettings);
      const imported = parseHistory(rawHistory, { now: at });
      const plan = rawPlan === undefined ? null : parsePlan(rawPlan, { now: at });
      if (settings.problems.length || imported.problems.length || plan?.problem)
        return { ok: false, error: t('errorImportInvalid') };
      const current = await readHistory();
      const merged = compactHistory(mergeHistory(current, imported.history, zone), at, zone);
      // What the merge really added: walks already here, in detail or folded into a day's total, count 0.
      const added = walkCount(merged) - walkCount(current);
      await writeLocal({
        [KEYS.settings]: settings.settings,
        [KEYS.history]: merged,
        ...(plan && { [KEYS.plan]: plan.plan }),
      });
      return { ok: true, added };
    },

    async reset(): Promise<CommandReply> {
      await writeLocal({
        [KEYS.settings]: defaultSettings(),
        [KEYS.history]: emptyHistory(),
        [KEYS.plan]: null,
        [KEYS.checkInSkipped]: null,
      });
      return { ok: true };
    },
  };
}
