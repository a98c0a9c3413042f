import { MiniExercise } from '@/components/MiniExercise';
import { useStoredValue } from '@/components/useStoredValue';
import { localDayKey } from '@/lib/exercise-rotation';
import { t } from '@/lib/i18n';
import { exerciseRotationItem } from '@/lib/storage';

const keepRaw = (raw: unknown) => ({ raw });

/**
 * The mini exercise needs its stored rotation before it can choose; until storage answers (a few
 * milliseconds) the section paints its heading so nothing below it moves.
 */
export function ExerciseSection() {
  const stored = useStoredValue(exerciseRotationItem, keepRaw);
  if (!stored) {
    return (
      <section class="mini-exercise" aria-labelledby="mini-exercise-heading">
        <h2 id="mini-exercise-heading">{t('exerciseHeading')}</h2>
      </section>
    );
  }
  return (
    <MiniExercise
      rotation={stored.raw}
      today={localDayKey()}
      onRotationChange={(state) => void exerciseRotationItem.setValue(state)}
    />
  );
}
