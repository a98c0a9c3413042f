import type { ComponentType } from 'preact';
import { useLoaded } from '@/components/hooks/use-loaded';
import type { MiniExercise as MiniExerciseType } from '@/components/popup/MiniExercise';
import { t } from '@/lib/browser/i18n';
import { KEYS, readValue, writeValue } from '@/lib/browser/storage';

type Loaded = { Exercise: ComponentType<Parameters<typeof MiniExerciseType>[0]>; today: string; rotation: unknown };

/**
 * The mini exercise needs its stored rotation before it can choose, so it cannot paint first anyway:
 * its code (exercise list, rotation, guided timer) loads in parallel with that read, after the first
 * paint. Until then the section shows its heading, so nothing below it moves.
 */
export function ExerciseSection() {
  const loaded = useLoaded<Loaded>(() =>
    Promise.all([
      import('@/components/popup/MiniExercise'),
      import('@/lib/content/rotation'),
      readValue(KEYS.exerciseRotation),
    ]).then(([ui, rotationLib, rotation]) => ({
      Exercise: ui.MiniExercise,
      today: rotationLib.localDayKey(),
      rotation,
    })),
  );

  if (!loaded) {
    return (
      <section class="mini-exercise mini-exercise-loading" aria-labelledby="mini-exercise-heading">
        <h2 id="mini-exercise-heading">{t('exerciseHeading')}</h2>
      </section>
    );
  }
  const { Exercise, today, rotation } = loaded;
  return (
    <Exercise
      rotation={rotation}
      today={today}
      onRotationChange={(state) => void writeValue(KEYS.exerciseRotation, state)}
    />
  );
}
