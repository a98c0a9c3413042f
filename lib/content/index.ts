export * from './types';
export { QUESTIONS } from './questions';
export { EXERCISES } from './exercises';
export { WALKING_TIPS } from './walking-tips';
export { CUES, type Cue } from './cues';
