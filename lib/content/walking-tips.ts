import type { WalkingTip } from './types';

/** Walking advice quoted from the answers; each tip names the question it comes from. */
export const WALKING_TIPS: readonly WalkingTip[] = [
  {
    id: 'start-short',
    text: 'Start with a short, 5 to 10-minute walk every day and gradually work your way up.',
    source: 'stop-back-hurting-when-walking',
  },
  {
    id: 'shallow-pool',
    text: 'If regular walking is painful, try walking in a shallow pool.',
    source: 'stop-back-hurting-when-walking',
  },
  {
    id: 'spine-curved',
    text: 'Always use correct posture while walking by keeping your spine naturally curved.',
    source: 'stop-back-hurting-when-walking',
  },
  {
    id: 'retro-walking',
    text: 'Physiotherapists may recommend retro walking (walking backward) as well as an effective way to manage back pain.',
    source: 'walk-with-back-pain',
  },
  {
    id: 'flat-ground',
    text: 'So, try sticking to the flats for a while and see if it makes a difference to your hip or pelvic pain.',
    source: 'how-you-walk-affects-pain',
  },
  {
    id: 'rest',
    text: 'This pain or discomfort usually gets better with sitting or lying down to rest the back.',
    source: 'too-much-walking-back-pain',
  },
  {
    id: 'too-much',
    text: 'It is possible to walk too many steps or miles in a day, which can lead to physical and mental symptoms of overtraining and burnout.',
    source: 'walk-too-much',
  },
];
