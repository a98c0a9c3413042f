import { HealthNote } from '@/components/HealthNote';
import { OptionsLink } from '@/components/OptionsLink';
import { QuickAnswers } from '@/components/QuickAnswers';
import { StatusLine } from '@/components/StatusLine';
import { WalkPanel } from '@/components/WalkPanel';
import { useNow, useStoredValue } from '@/components/useStoredValue';
import { QUESTIONS } from '@/lib/content';
import { t } from '@/lib/i18n';
import { asStatusState, reminderStatus } from '@/lib/reminders/status';
import { DEFAULT_SETTINGS, parseSettings } from '@/lib/settings';
import { KEYS } from '@/lib/storage-keys';
import { parseWalkTimer } from '@/lib/walk-timer';
import { ExerciseSection } from './ExerciseSection';

const readSettings = (raw: unknown) => parseSettings(raw).settings;

export function App() {
  // Everything above the fold paints from static content first; storage values fill in after.
  const settings = useStoredValue(KEYS.settings, readSettings);
  const state = useStoredValue(KEYS.reminderState, asStatusState);
  const timer = useStoredValue(KEYS.walkTimer, parseWalkTimer);
  const now = useNow(true, 15_000);
  const status = settings && state ? reminderStatus(settings, state, now) : undefined;

  return (
    <main class="popup">
      <h1 class="visually-hidden">{t('extName')}</h1>
      <StatusLine status={status} now={now} walking={Boolean(timer)} />
      <WalkPanel timer={timer} defaultMinutes={(settings ?? DEFAULT_SETTINGS).walk.lengthMin} />
      <ExerciseSection />
      <QuickAnswers questions={QUESTIONS} />
      <footer class="popup-footer">
        <OptionsLink />
        <HealthNote />
      </footer>
    </main>
  );
}
