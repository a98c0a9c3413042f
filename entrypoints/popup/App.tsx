import { HealthNote } from '@/components/shared/HealthNote';
import { OptionsLink } from '@/components/popup/OptionsLink';
import { StatusLine } from '@/components/popup/StatusLine';
import { WalkPanel } from '@/components/popup/WalkPanel';
import { useNow, useStoredValue } from '@/components/hooks/use-stored-value';
import { t } from '@/lib/browser/i18n';
import { asStatusState, reminderStatus } from '@/lib/reminders/status';
import { readGlanceSettings } from '@/lib/settings/glance';
import { KEYS } from '@/lib/browser/storage-keys';
import { parseWalkTimer } from '@/lib/walk/timer';
import { AnswersSection } from './AnswersSection';
import { ExerciseSection } from './ExerciseSection';

export function App() {
  // The first paint needs only static text and this code; storage values fill in after, and the
  // exercise and the answers (the document's text) load right after it.
  const settings = useStoredValue(KEYS.settings, readGlanceSettings);
  const state = useStoredValue(KEYS.reminderState, asStatusState);
  const timer = useStoredValue(KEYS.walkTimer, parseWalkTimer);
  const now = useNow(true, 15_000);
  const status = settings && state ? reminderStatus(settings, state, now) : undefined;

  return (
    <main class="popup">
      <h1 class="visually-hidden">{t('extName')}</h1>
      <StatusLine status={status} now={now} walking={Boolean(timer)} />
      <WalkPanel timer={timer} defaultMinutes={(settings ?? readGlanceSettings(null)).walk.lengthMin} />
      <ExerciseSection />
      <AnswersSection />
      <footer class="popup-footer">
        <OptionsLink />
        <HealthNote />
      </footer>
    </main>
  );
}
