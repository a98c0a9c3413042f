import { KEYS, readLocal } from '@/lib/browser/storage';
import { storedHistory } from '@/lib/browser/stored';
import { storedPlan } from '@/lib/browser/plan';
import { suggestedWalkMin } from '@/lib/plan/rules';
import type { Settings } from '@/lib/settings/model';

/**
 * The walk length the walk reminder suggests (its title and its Start walk button): what is left of
 * today's walking-plan target while a plan runs, else the settings' length (lib/plan/rules.ts).
 */
export async function walkLength(settings: Settings, now: number, zone: string): Promise<number> {
  const raw = await readLocal([KEYS.plan, KEYS.history]);
  const plan = storedPlan(raw[KEYS.plan]);
  if (!plan) return settings.walk.lengthMin;
  return suggestedWalkMin(plan, storedHistory(raw[KEYS.history]), settings.walk.lengthMin, now, zone);
}
