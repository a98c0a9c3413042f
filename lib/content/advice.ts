import type { QuestionId } from './types';

export interface Advice {
  /** One or more consecutive sentences quoted verbatim from the answer of `source`. */
  text: string;
  source: QuestionId;
  /** The question of `source`, as the document asks it (shown with the quote). */
  question: string;
}

/**
 * The document's sentences that the back check-in and the walking plan bring up, each with the
 * question it answers. Written out (like CUES) so the check-in does not load every answer; the
 * content test proves each is the document's own text and names the right question.
 */
export const ADVICE = {
  /** Better or the same: keep going, a little more at a time. */
  workUp: {
    text: 'Start with a short, 5 to 10-minute walk every day and gradually work your way up.',
    source: 'stop-back-hurting-when-walking',
    question: 'How do I stop my lower back from hurting when I walk?',
  },
  posture: {
    text: 'Always use correct posture while walking by keeping your spine naturally curved.',
    source: 'stop-back-hurting-when-walking',
    question: 'How do I stop my lower back from hurting when I walk?',
  },
  /** Worse: first, rest. */
  rest: {
    text: 'Prolonged walking or standing can tire or strain the muscles in the lower back and legs, which can lead to aches and pains. This pain or discomfort usually gets better with sitting or lying down to rest the back.',
    source: 'too-much-walking-back-pain',
    question: 'Can too much walking cause back pain?',
  },
  shallowPool: {
    text: 'If regular walking is painful, try walking in a shallow pool.',
    source: 'stop-back-hurting-when-walking',
    question: 'How do I stop my lower back from hurting when I walk?',
  },
  /** Worse in the hip or buttock. */
  flatGround: {
    text: 'Gluteal and hamstring tendon pain around the sides of the hips and lower buttock, can both be especially irritated by uphill walking. So, try sticking to the flats for a while and see if it makes a difference to your hip or pelvic pain.',
    source: 'how-you-walk-affects-pain',
    question: 'Does how you walk affect your hip and back pain?',
  },
  /** Walking beyond the plan. */
  tooMuch: {
    text: 'It is possible to walk too many steps or miles in a day, which can lead to physical and mental symptoms of overtraining and burnout. How many steps or miles per day is too much depends on each individual walker, but your body will tell you you’re walking too much with some common signs.',
    source: 'walk-too-much',
    question: 'Can you walk too much?',
  },
  retroWalking: {
    text: 'Physiotherapists may recommend retro walking (walking backward) as well as an effective way to manage back pain.',
    source: 'walk-with-back-pain',
    question: 'Is it OK to walk with lower back pain?',
  },
  /** Worse down the leg. */
  sciatica: {
    text: 'Sciatica refers to back pain caused by a problem with the sciatic nerve. This is a large nerve that runs from the lower back down the back of each leg. When something injures or puts pressure on the sciatic nerve, it can cause pain in the lower back that spreads to the hip, buttocks, and leg.',
    source: 'back-and-hips-painful',
    question: 'Why is my lower back and hips so painful?',
  },
} as const satisfies Record<string, Advice>;

export type AdviceId = keyof typeof ADVICE;
