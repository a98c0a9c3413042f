import type { QuestionId } from './types';

export interface Cue {
  text: string;
  source: QuestionId;
}

/**
 * Document sentences shown at moments of the day (notifications, during a walk). Written out rather
 * than looked up in WALKING_TIPS so the popup does not bundle every tip for one sentence; the content
 * test proves each is a sentence of the answer it names.
 */
export const CUES = {
  /** With the posture-check reminder. */
  postureReminder: {
    text: 'Postural stress is the most common cause of lower back pain.',
    source: 'why-back-hurts-after-walking',
  },
  /** With the walk reminder (the walking tip "start-short"). */
  walkReminder: {
    text: 'Start with a short, 5 to 10-minute walk every day and gradually work your way up.',
    source: 'stop-back-hurting-when-walking',
  },
  /** Shown while a walk timer runs (the walking tip "spine-curved"). */
  whileWalking: {
    text: 'Always use correct posture while walking by keeping your spine naturally curved.',
    source: 'stop-back-hurting-when-walking',
  },
} as const satisfies Record<string, Cue>;
