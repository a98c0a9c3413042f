/**
 * The stored walking plan: read validated, written by the page the user acts in. The plan is the
 * user's own choice, like the settings (lib/browser/stored.ts saveSettings): only pages write it and
 * the background only reads it (for the walk reminder's length), so no read-modify-write of the
 * background's can interleave with it. Imports and resets, which write it with the history, run in
 * the background's queue.
 */
import { parsePlan, type Plan } from '../plan/plan';
import { t } from './i18n';
import { KEYS, readValue, writeValue } from './storage';
import { writeErrorText } from './storage-error';
import type { SaveResult } from './stored';

/** A stored plan, or null (none, or not valid: reported, and then read as no plan). */
export function storedPlan(raw: unknown): Plan | null {
  const { plan, problem } = parsePlan(raw);
  if (problem) console.warn('Backstride: ignored an invalid stored walking plan:', problem);
  return plan;
}

export const readPlan = async (): Promise<Plan | null> => storedPlan(await readValue(KEYS.plan));

/**
 * Saves the plan (null ends it). Refuses a plan that does not pass parsePlan; never throws: a failure
 * comes back as the whole sentence to show (why, in the user's words, when the browser refused it).
 */
export async function savePlan(plan: Plan | null): Promise<SaveResult> {
  if (plan && parsePlan(plan).problem) return { ok: false, message: t('planSaveFailed') };
  try {
    await writeValue(KEYS.plan, plan);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: t('planNotSaved', writeErrorText(error)) };
  }
}
