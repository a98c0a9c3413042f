import { WALKING_TIPS } from './walking-tips';
import type { QuestionId, WalkingTip } from './types';

export interface Cue {
  text: string;
  source: QuestionId;
}

// Looked up by id so the cue and the tip can never differ; pure so unused cues drop out of bundles.
const tip = (id: WalkingTip['id']): Cue => WALKING_TIPS.find((t) => t.id === id)!;

/** Document sentences shown at moments of the day (notifications, during a walk). */
export const CUES = {
  /** With the posture-check reminder. */
  postureReminder: {
    text: 'Postural stress is the most common cause of lower back pain.',
    source: 'why-back-hurts-after-walking',
  },
  /** With the walk reminder. */
  walkReminder: /* @__PURE__ */ tip('start-short'),
  /** Shown while a walk timer runs. */
  whileWalking: /* @__PURE__ */ tip('spine-curved'),
} as const satisfies Record<string, Cue>;
