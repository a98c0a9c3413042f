/** Typed shape of the health content. Every string is transcribed from assets/source/back-pain-faq.txt. */

export type QuestionId =
  | 'why-back-hurts-after-walking'
  | 'stop-back-hurting-when-walking'
  | 'back-and-hips-painful'
  | 'walk-with-back-pain'
  | 'too-much-walking-back-pain'
  | 'walk-too-much'
  | 'get-past-back-pain'
  | 'how-you-walk-affects-pain'
  | 'fix-hip-pain'
  | 'strengthen-lower-back';

/** One list entry: a short title, and the document's further sentence(s) when it has any. */
export interface ListItem {
  title: string;
  detail?: string;
}

export interface AnswerList {
  /** Heading line the document puts before the list, when it has one. */
  intro?: string;
  ordered: boolean;
  items: readonly ListItem[];
}

export interface Question {
  id: QuestionId;
  question: string;
  /** Prose of the answer, one string per paragraph. */
  paragraphs: readonly string[];
  list?: AnswerList;
}

export type ExerciseArea = 'hip' | 'lower-back';

export interface Exercise {
  id: string;
  name: string;
  area: ExerciseArea;
  /** The document's instruction; absent where the document gives none (never invented). */
  instruction?: string;
  /** The question whose answer lists this exercise. */
  source: QuestionId;
}

export type WalkingTipId =
  'start-short' | 'shallow-pool' | 'spine-curved' | 'retro-walking' | 'flat-ground' | 'rest' | 'too-much';

export interface WalkingTip {
  id: WalkingTipId;
  /** A sentence quoted from the answer of `source`. */
  text: string;
  source: QuestionId;
}
