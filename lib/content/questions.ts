import type { Question } from './types';

/** The ten questions of the document, in its order, with their answers. */
export const QUESTIONS: readonly Question[] = [
  {
    id: 'why-back-hurts-after-walking',
    question: 'Why does my lower back hurt after walking?',
    paragraphs: [
      'Postural stress is the most common cause of lower back pain. Generally, when you’re standing and walking, the increased pressure on your spine can make the lower back muscles tighten and spasm, leading to pain. Some specific causes of lower back pain include: sprains from stretched ligaments.',
    ],
  },
  {
    id: 'stop-back-hurting-when-walking',
    question: 'How do I stop my lower back from hurting when I walk?',
    paragraphs: [],
    list: {
      intro: 'Tips to prevent lower back pain while walking',
      ordered: true,
      items: [
        { title: 'Start with a short, 5 to 10-minute walk every day and gradually work your way up.' },
        { title: 'If regular walking is painful, try walking in a shallow pool.' },
        { title: 'Always use correct posture while walking by keeping your spine naturally curved.' },
      ],
    },
  },
  {
    id: 'back-and-hips-painful',
    question: 'Why is my lower back and hips so painful?',
    paragraphs: [
      'Sciatica refers to back pain caused by a problem with the sciatic nerve. This is a large nerve that runs from the lower back down the back of each leg. When something injures or puts pressure on the sciatic nerve, it can cause pain in the lower back that spreads to the hip, buttocks, and leg.',
    ],
  },
  {
    id: 'walk-with-back-pain',
    question: 'Is it OK to walk with lower back pain?',
    paragraphs: [
      'If you have lower back pain, walking may be a particularly good form of exercise to relieve pain, since low-impact activity is less damaging to your joints and helps your body maintain bone density. Physiotherapists may recommend retro walking (walking backward) as well as an effective way to manage back pain.',
    ],
  },
  {
    id: 'too-much-walking-back-pain',
    question: 'Can too much walking cause back pain?',
    paragraphs: [
      'Prolonged walking or standing can tire or strain the muscles in the lower back and legs, which can lead to aches and pains. This pain or discomfort usually gets better with sitting or lying down to rest the back.',
    ],
  },
  {
    id: 'walk-too-much',
    question: 'Can you walk too much?',
    paragraphs: [
      'It is possible to walk too many steps or miles in a day, which can lead to physical and mental symptoms of overtraining and burnout. How many steps or miles per day is too much depends on each individual walker, but your body will tell you you’re walking too much with some common signs.',
    ],
  },
  {
    id: 'get-past-back-pain',
    question: 'How do I get past lower back pain while walking?',
    paragraphs: [],
    list: {
      ordered: false,
      items: [
        {
          title: 'A tight psoas muscle.',
          detail:
            'The psoas major is a mysterious muscle deep in the core that is the main muscle of walking and the main muscle of back pain.',
        },
        {
          title: 'A tight, or misaligned, piriformis muscle.',
          detail:
            'The piriformis, psoas, and gluteus maximus muscles are the only muscles connecting the legs to the spine.',
        },
        { title: 'Poor muscle tone.' },
        { title: 'Sciatica.' },
        { title: 'Plantar fasciitis.' },
      ],
    },
  },
  {
    id: 'how-you-walk-affects-pain',
    question: 'Does how you walk affect your hip and back pain?',
    paragraphs: [
      'This may for some people result in pain aggravation. Gluteal and hamstring tendon pain around the sides of the hips and lower buttock, can both be especially irritated by uphill walking. So, try sticking to the flats for a while and see if it makes a difference to your hip or pelvic pain.',
    ],
  },
  {
    id: 'fix-hip-pain',
    question: 'How to fix hip pain from walking?',
    paragraphs: [],
    list: {
      ordered: false,
      items: [
        { title: 'Lateral squat.', detail: 'Start with your feet double shoulder-width apart, toes slightly out.' },
        { title: 'Side lying leg raise.', detail: 'If you have an exercise band to use during this move, great.' },
        {
          title: 'Fire hydrant.',
          detail:
            'Start on all fours with your hands directly below your shoulders and knees directly below your hips.',
        },
        { title: 'Banded walk.' },
        { title: 'Single-leg glute bridge.' },
        { title: 'Donkey kick.' },
      ],
    },
  },
  {
    id: 'strengthen-lower-back',
    question: 'What exercises help strengthen your lower back?',
    paragraphs: [],
    list: {
      ordered: false,
      items: [
        {
          title: 'Hip Thrust.',
          detail: 'How to do it: Start seated on the floor in front of a couch or bench with knees bent and feet flat.',
        },
        {
          title: 'Romanian Deadlift.',
          detail: 'How to do it: Stand with feet hips-width apart, arms straight and palms resting on thighs.',
        },
        { title: 'Bird Dogs.' },
        { title: 'Reverse Plank With Legs Elevated.' },
        { title: 'Side plank.' },
        { title: 'Unilateral Farmer’s Carry.' },
      ],
    },
  },
];
