import { QUESTIONS } from './questions';
import type { Exercise, ExerciseArea, QuestionId } from './types';

/** The two questions whose answers are the document's exercise lists. */
export const EXERCISE_LISTS: ReadonlyArray<{ source: QuestionId; area: ExerciseArea }> = [
  { source: 'fix-hip-pain', area: 'hip' },
  { source: 'strengthen-lower-back', area: 'lower-back' },
];

// The document prefixes some instructions with this label; the UI gives its own heading instead.
const INSTRUCTION_LABEL = 'How to do it: ';

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Exercises are derived from the answers rather than typed twice, so the exercise list can never
 * drift from the quick answers.
 */
export const EXERCISES: readonly Exercise[] = /* @__PURE__ */ buildExercises();

function buildExercises(): Exercise[] {
  return EXERCISE_LISTS.flatMap(({ source, area }) => {
    const items = QUESTIONS.find((q) => q.id === source)?.list?.items ?? [];
    return items.map((item): Exercise => {
      const name = item.title.replace(/\.$/, '');
      const exercise: Exercise = { id: slug(name), name, area, source };
      if (item.detail) exercise.instruction = item.detail.replace(INSTRUCTION_LABEL, '');
      return exercise;
    });
  });
}
