import { useEffect, useState } from 'preact/hooks';
import { QUESTIONS } from '@/lib/content';
import { exerciseForToday, nextExercise, parseRotation, type Random, type RotationState } from '@/lib/content/rotation';
import { t } from '@/lib/browser/i18n';
import { Embed, ENGLISH } from '../shared/english';
import { GuidedTimer } from './GuidedTimer';
import './MiniExercise.css';

interface Props {
  /**
   * The stored rotation state as read from storage, unvalidated (null when none). Read once, at mount:
   * render this component only after the stored value has loaded, or a fresh rotation replaces it.
   */
  rotation: unknown;
  /** Local day, YYYY-MM-DD (localDayKey() in lib/exercise-rotation.ts). */
  today: string;
  /** Called with each new state to store: on a new day, on a missing/invalid state, and on "Another one". */
  onRotationChange(state: RotationState): void;
  random?: Random;
}

/** One exercise of the document a day, with its area, its instruction where it has one, and a timer. */
export function MiniExercise({ rotation, today, onRotationChange, random = Math.random }: Props) {
  const [initial] = useState(() => {
    const stored = parseRotation(rotation);
    return { stored, pick: exerciseForToday(stored, today, random) };
  });
  const [{ exercise, state }, setPick] = useState(initial.pick);

  // Save only when the day (or a missing state) moved the rotation on.
  useEffect(() => {
    if (initial.pick.state !== initial.stored) onRotationChange(initial.pick.state);
  }, []);

  const another = () => {
    const next = nextExercise(state, random);
    setPick(next);
    onRotationChange(next.state);
  };

  const source = QUESTIONS.find((q) => q.id === exercise.source);

  return (
    <section class="mini-exercise" aria-labelledby="mini-exercise-heading">
      <h2 id="mini-exercise-heading">{t('exerciseHeading')}</h2>
      {/* Polite: after "Another one", the new exercise is read out while focus stays on the button. */}
      <div class="exercise" aria-live="polite">
        <div class="exercise-title">
          <h3 class="exercise-name" {...ENGLISH}>
            {exercise.name}
          </h3>
          <p class="exercise-area">
            {t('exerciseArea', t(exercise.area === 'hip' ? 'exerciseAreaHip' : 'exerciseAreaLowerBack'))}
          </p>
        </div>
        {exercise.instruction && (
          // Folded: the card stays small enough for the search box to show without scrolling.
          <details class="exercise-how">
            <summary>{t('exerciseHowTo')}</summary>
            <p class="exercise-instruction" {...ENGLISH}>
              {exercise.instruction}
            </p>
          </details>
        )}
        {source && (
          <p class="exercise-source">
            <Embed message={(question) => t('exerciseFrom', question)}>
              <span {...ENGLISH}>{source.question}</span>
            </Embed>
          </p>
        )}
      </div>
      <div class="exercise-actions">
        <GuidedTimer key={exercise.id} />
        <button type="button" class="button" onClick={another}>
          {t('exerciseAnother')}
        </button>
      </div>
    </section>
  );
}
