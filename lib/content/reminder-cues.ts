/**
 * Which sentence of the document a reminder carries. Pure: the kind, the settings and the moment of
 * the reminder decide, so consecutive reminders rotate through the sentences that fit, and none says
 * what the settings contradict (a 20-minute walk is not told to "start with a short, 5 to 10-minute
 * walk").
 *
 * The sentences and question titles are written out rather than looked up in QUESTIONS, so the
 * background does not bundle the whole document for a few lines; tests/lib/content/reminder-cues.test.ts
 * proves each is the document's own.
 */
import type { ReminderKind } from '../reminders/types';
import type { Settings } from '../settings/model';
import type { QuestionId } from './types';

export interface ReminderCue {
  /** A sentence quoted from the answer of `source`. */
  text: string;
  source: QuestionId;
  /** The question of `source`, as the document asks it (the reminder names where the sentence is from). */
  question: string;
}

const STOP_HURTING = {
  source: 'stop-back-hurting-when-walking',
  question: 'How do I stop my lower back from hurting when I walk?',
} as const;

const SPINE: ReminderCue = {
  text: 'Always use correct posture while walking by keeping your spine naturally curved.',
  ...STOP_HURTING,
};

const POSTURE: readonly ReminderCue[] = [
  SPINE,
  {
    text: 'Postural stress is the most common cause of lower back pain.',
    source: 'why-back-hurts-after-walking',
    question: 'Why does my lower back hurt after walking?',
  },
];

/** The document's "start with a short, 5 to 10-minute walk": only said of walks of 5 to 10 minutes. */
export const START_SHORT: ReminderCue = {
  text: 'Start with a short, 5 to 10-minute walk every day and gradually work your way up.',
  ...STOP_HURTING,
};

const WALK: readonly ReminderCue[] = [
  SPINE,
  {
    text: 'So, try sticking to the flats for a while and see if it makes a difference to your hip or pelvic pain.',
    source: 'how-you-walk-affects-pain',
    question: 'Does how you walk affect your hip and back pain?',
  },
  { text: 'If regular walking is painful, try walking in a shallow pool.', ...STOP_HURTING },
  {
    text: 'Physiotherapists may recommend retro walking (walking backward) as well as an effective way to manage back pain.',
    source: 'walk-with-back-pain',
    question: 'Is it OK to walk with lower back pain?',
  },
];

/** Every cue a reminder of `kind` may carry with these settings, in rotation order. */
export function fittingCues(kind: ReminderKind, settings: Settings): readonly ReminderCue[] {
  if (kind === 'posture') return POSTURE;
  const length = settings.walk.lengthMin;
  return length >= 5 && length <= 10 ? [START_SHORT, ...WALK] : WALK;
}

/**
 * The cue for a reminder of `kind` shown at `at`: reminders come one interval apart, so the number of
 * whole intervals since the epoch moves on by one from each reminder to the next.
 */
export function reminderCue(kind: ReminderKind, settings: Settings, at: number): ReminderCue {
  const cues = fittingCues(kind, settings);
  const step = Math.floor(at / (settings[kind].intervalMin * 60_000));
  return cues[((step % cues.length) + cues.length) % cues.length]!;
}
